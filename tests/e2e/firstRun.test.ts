import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defineApp } from '@lit-ui/core';
import { liteUi, type LiteUiRouter } from '@lit-ui/adapter-express';
import { attachTransport, E2E_TRANSPORT, idle, launchChromium, seeText } from './harness.js';

/** Script runs, per app, counted on the server. */
const runs = { counter: 0, zone: 0 };

const counter = defineApp((st) => {
  runs.counter++;
  st.sessionState.clicks ??= 0;
  st.title('First run');
  // Text that would end the page's JSON script early if it were not escaped.
  st.text('</script><b>not bold</b><!--');
  if (st.button('Add')) st.sessionState.clicks++;
  st.text(`clicks: ${st.sessionState.clicks}`);
});

const zone = defineApp((st) => {
  runs.zone++;
  st.text(`zone: ${st.context.timezone ?? 'unknown'}`);
});

let browser: Browser;
let server: Server;
let base: string;
const routers: LiteUiRouter[] = [];

beforeAll(async () => {
  const host = express();
  const mounted = (mount: string, ui: LiteUiRouter) => {
    host.use(mount, ui);
    routers.push(ui);
  };
  mounted('/counter', liteUi(counter, { basePath: '/counter' }));
  mounted('/zone', liteUi(zone, { basePath: '/zone' }));
  server = host.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  attachTransport(() => routers.forEach((ui) => ui.attach(server)));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const ui of routers) await ui.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens `path` and returns the page with the host page's HTML as served. */
async function open(path: string, timezoneId?: string): Promise<{ page: Page; html: string }> {
  const context = await browser.newContext(timezoneId ? { timezoneId } : {});
  const page = await context.newPage();
  const response = await page.goto(`${base}${path}`);
  return { page, html: (await response?.text()) ?? '' };
}

describe('the first run travels in the host page', () => {
  it('shows the first run from the page; the socket resumes that session (one run), and a reload keeps the tab its own session', async () => {
    const sessions = routers[0]!.runtime;
    const before = runs.counter;
    const { page, html } = await open('/counter/');
    await seeText(page, 'clicks: 0');
    await idle(page);
    if (E2E_TRANSPORT === 'http-stream') {
      // Only a server that offers WebSocket first starts the session with the page.
      expect(html).not.toContain('data-lit-ui-first-run');
      await page.context().close();
      return;
    }
    expect(html).toContain('data-lit-ui-first-run');
    // Escaped inside the page's JSON: the text shows as typed, and nothing from it became markup.
    expect(html).not.toContain('</script><b>');
    await seeText(page, '</script><b>not bold</b><!--');
    expect(await page.locator('lit-ui-app b').count()).toBe(0);
    // One run for the page and its socket together: the socket resumed the page's session.
    expect(runs.counter - before).toBe(1);
    expect(sessions.sessionCount).toBe(1);
    await page.getByRole('button', { name: 'Add' }).click();
    await seeText(page, 'clicks: 1');
    expect(runs.counter - before).toBe(2);
    // A reload: the page brings a new first run, but the tab resumes its own session and keeps its state.
    await page.reload();
    await seeText(page, 'clicks: 1');
    await idle(page);
    await page.getByRole('button', { name: 'Add' }).click();
    await seeText(page, 'clicks: 2');
    await page.context().close();
  });

  it('a run that read the time zone before the browser said it runs again with the browser’s zone', async () => {
    const { page } = await open('/zone/', 'Asia/Tokyo');
    await seeText(page, 'zone: Asia/Tokyo');
    await idle(page);
    expect(runs.zone).toBe(E2E_TRANSPORT === 'ws' ? 2 : 1);
    await page.context().close();
  });
});
