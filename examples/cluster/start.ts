/**
 * The cluster example in one command: Redis (unless `REDIS_URL` is set),
 * `WORKERS` worker processes (default 3) and nginx on `PORT` (default 8080)
 * in front of them, with sticky routing by cookie (`STICKY=ip` or `off`
 * for the others). Open the printed URL; kill a worker (`kill -9 <pid>`)
 * and watch the page carry on; Ctrl-C drains every worker and stops all.
 *
 *   npm run build && npm run cluster -w @lit-ui/examples
 */
import { freePort, startNginx, startRedisServer, startWorker, type Launched, type WorkerProcess } from './launch.js';

const count = Number(process.env['WORKERS'] ?? 3);
const sticky = process.env['STICKY'] === 'off' ? false : process.env['STICKY'] === 'ip' ? 'ip' : 'cookie';
const redis = process.env['REDIS_URL'] ? undefined : await startRedisServer();
const redisUrl = process.env['REDIS_URL'] ?? redis!.url;
const workers: WorkerProcess[] = [];
for (let i = 1; i <= count; i++) workers.push(await startWorker({ id: `worker-${i}`, port: await freePort(), redisUrl }));
const nginx = await startNginx({ port: Number(process.env['PORT'] ?? 8080), workers: workers.map((w) => `127.0.0.1:${w.port}`), sticky });

process.stdout.write(`lit-ui cluster: ${nginx.url}/  (Redis ${redisUrl}, sticky: ${sticky || 'off'})\n`);
for (const w of workers) process.stdout.write(`  ${w.id}  pid ${w.pid}  127.0.0.1:${w.port}\n`);

const stopAll = async (): Promise<void> => {
  process.stdout.write('draining the workers…\n');
  await Promise.all(workers.map((w) => w.stop()));
  const rest: Launched[] = [nginx, ...(redis ? [redis] : [])];
  await Promise.all(rest.map((p) => p.stop()));
  process.exit(0);
};
process.once('SIGINT', () => void stopAll());
process.once('SIGTERM', () => void stopAll());
