import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { App, AppScript } from '@lit-ui/core';
import type { TransportName } from '@lit-ui/core/protocol';
import { liteUi, type LiteUiOptions } from '@lit-ui/adapter-express';

/**
 * The transport this run of the suite uses: the `e2e` project runs every
 * test over WebSocket, the `e2e-http-stream` project (LIT_UI_E2E_TRANSPORT=http-stream)
 * runs the same tests over HTTP streaming. Servers attach the WebSocket
 * transport only in the first; `<lit-ui-app>` picks what the server offers,
 * and `idle()` checks it picked this one.
 */
export const E2E_TRANSPORT: TransportName = process.env['LIT_UI_E2E_TRANSPORT'] === 'http-stream' ? 'http-stream' : 'ws';

/** Calls `attach` (a router's or examples server's WebSocket attach) when this run uses WebSocket. */
export function attachTransport(attach: () => unknown): void {
  if (E2E_TRANSPORT === 'ws') attach();
}

/** Chromium flags that work on this machine (no sandbox as root, no background networking). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches Debian's Chromium (browser downloads are impossible here). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A running Express app with one lit-ui app mounted. */
export interface Served {
  /** Absolute URL of the mount, without a trailing slash. */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `app` with the Express adapter at `mount` on 127.0.0.1 (ephemeral port). */
export async function serveApp(app: App | AppScript, options: LiteUiOptions & { mount?: string } = {}): Promise<Served> {
  const mount = options.mount ?? '/app';
  const host = express();
  const ui = liteUi(app, { basePath: mount, ...options });
  host.use(mount, ui);
  const server: Server = host.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  attachTransport(() => ui.attach(server));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    close: async () => {
      await ui.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Waits until the page shows `text` (inside any shadow root). On a timeout the
 * error carries what the app showed instead, so a failure on CI can be read.
 */
export async function seeText(page: Page, text: string | RegExp, timeout = 10_000): Promise<void> {
  try {
    await page.getByText(text).first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    const shown = await page
      .evaluate(() => {
        const collect = (root: ParentNode): string =>
          [...root.querySelectorAll('*')]
            .filter((el) => !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(el.tagName))
            .map((el) => (el.shadowRoot ? collect(el.shadowRoot) : el.children.length === 0 ? (el.textContent ?? '').trim() : ''))
            .filter(Boolean)
            .join(' | ');
        return collect(document.body);
      })
      .catch(() => '(the page could not be read)');
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nThe page showed: ${shown.slice(0, 2000)}`, { cause: error });
  }
}

/** Waits until the app's session is idle (`<lit-ui-app run-state="idle">`) over this run's transport. */
export async function idle(page: Page, timeout = 10_000): Promise<void> {
  await page.locator(`lit-ui-app[run-state="idle"][active-transport="${E2E_TRANSPORT}"]`).waitFor({ state: 'attached', timeout });
}
