import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { liteUi } from '@lit-ui/adapter-express';
import express from 'express';
import savingsApp from './lit/savingsApp.js';

/** A running Vue host: the Vite-built page at `/`, the lit-ui app at `/savings`. */
export interface VueHost {
  readonly server: Server;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the Vue page built by `npm run build` (`dist/`) and mounts the
 * savings app with the Express adapter at `/savings` (WebSocket and HTTP
 * streaming), as a team with a Vue front end and a Node back end would.
 *
 * @param port - TCP port on 127.0.0.1; 0 picks a free one.
 */
export async function startVueHost(port = 0): Promise<VueHost> {
  const host = express();
  const ui = liteUi(savingsApp, { title: 'Savings planner' });
  host.use('/savings', ui);
  host.use(express.static(fileURLToPath(new URL('./dist/', import.meta.url))));
  const server = createServer(host);
  ui.attach(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `http://127.0.0.1:${String(bound)}`,
    close: async () => {
      await ui.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const running = await startVueHost(Number(process.env.PORT ?? 3002));
  console.log(`Vue host page: ${running.url}/`);
}
