/**
 * A dev server with run on save, as a user runs one (`node --import tsx
 * server.ts <app module>`): Express, the app mounted at `/app` with
 * `runOnSave` naming the module, WebSocket attached. Prints `{"port":…}` on
 * a line once saves reload; SIGTERM closes it. Started by `devServer.ts`.
 */
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import express from 'express';
import { liteUi } from '@lit-ui/adapter-express';

const modulePath = process.argv[2];
if (!modulePath) throw new Error('usage: server.ts <app module>');
const moduleUrl = pathToFileURL(modulePath);
const { default: app } = (await import(moduleUrl.href)) as { default: Parameters<typeof liteUi>[0] };
const ui = liteUi(app, { basePath: '/app', runOnSave: { module: moduleUrl, debounceMs: 50 }, showErrorDetails: 'full' });
const host = express();
host.use('/app', ui);
const server = host.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
if (process.env['LIT_UI_E2E_TRANSPORT'] !== 'http-stream') ui.attach(server);
await ui.runOnSave?.ready;
process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port, watching: ui.runOnSave?.watching })}\n`);

process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close();
  void ui.close().then(() => process.exit(0));
});
