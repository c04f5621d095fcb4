/**
 * Serves every example: `npm run start -w @lit-ui/examples` (after
 * `npm run build`), then open http://localhost:3000/ for the main demo and
 * http://localhost:3000/examples for the list. Outside production, saving
 * an example's file reruns its open pages with the new code (run on save).
 */
import { createExamplesServer } from './createExamplesServer.js';
import { examples } from './catalog.js';

const port = Number(process.env['PORT'] ?? 3000);
const development = process.env['NODE_ENV'] !== 'production';
// In development a save under examples/ reruns the open pages with the new code (docs/run-on-save.md).
const examplesServer = createExamplesServer({ showErrorDetails: development, runOnSave: development });
const server = examplesServer.app.listen(port, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const base = `http://localhost:${actual}`;
  process.stdout.write(`lit-ui examples at ${base}/  (index: ${base}/examples)\n`);
  for (const example of examples) process.stdout.write(`  ${example.title.padEnd(16)} ${base}${example.path}\n`);
});
examplesServer.attach(server);

const shutdown = (): void => {
  server.close();
  void examplesServer.close().then(() => process.exit(0));
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
