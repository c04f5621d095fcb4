/**
 * Serves every example: `npm run start -w @lit-ui/examples` (after
 * `npm run build`), then open http://localhost:3000/ for the main demo and
 * http://localhost:3000/examples for the list.
 */
import { createExamplesServer } from './createExamplesServer.js';
import { examples } from './catalog.js';

const port = Number(process.env['PORT'] ?? 3000);
const examplesServer = createExamplesServer({ showErrorDetails: process.env['NODE_ENV'] !== 'production' });
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
