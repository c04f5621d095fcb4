/**
 * Optional custom server: the same Next.js app, plus WebSocket for the
 * lit-ui apps (`npm run dev:ws`, or NODE_ENV=production after `next build`).
 * Every other upgrade (next dev's hot reload) stays with Next.
 */
import { createServer } from 'node:http';
import next from 'next';
import { attachNextWebSocket } from '@lit-ui/adapter-next/server';

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: process.env.NODE_ENV !== 'production' });
await app.prepare();
const handle = app.getRequestHandler();
const server = createServer((req, res) => void handle(req, res));
// lit-ui takes its apps' upgrades (<mount>/_lit-ui/ws); Next keeps every other one (hot reload in dev).
const webSockets = attachNextWebSocket(server);
server.listen(port, () => process.stdout.write(`lit-ui on Next.js at http://localhost:${port}/\n`));

const shutdown = () => {
  server.close();
  void webSockets.close().then(() => process.exit(0));
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
