import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { App, AppScript } from '@lit-ui/core';
import { liteUi, type LiteUiOptions } from '@lit-ui/adapter-express';

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
  ui.attach(server);
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

/** Waits until the page shows `text` (inside any shadow root). */
export async function seeText(page: Page, text: string | RegExp, timeout = 10_000): Promise<void> {
  await page.getByText(text).first().waitFor({ state: 'visible', timeout });
}

/** Waits until the app's session is idle (`<lit-ui-app run-state="idle">`). */
export async function idle(page: Page, timeout = 10_000): Promise<void> {
  await page.locator('lit-ui-app[run-state="idle"]').waitFor({ state: 'attached', timeout });
}
