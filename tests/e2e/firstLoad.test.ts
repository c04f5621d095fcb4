import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { defineApp } from '@lit-ui/core';
import { E2E_TRANSPORT, idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

const app = defineApp((st) => {
  st.title('First load');
  st.text('ready');
});

let browser: Browser;
let served: Served;

beforeAll(async () => {
  [browser, served] = await Promise.all([launchChromium(), serveApp(app, { mount: '/first' })]);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('the first load of the built-in host page', () => {
  it('connects over the transport the page names (offers) without asking the health route; bundle files arrive compressed', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const encodings = new Map<string, string | undefined>();
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) encodings.set(new URL(response.url()).pathname, response.headers()['content-encoding']);
    });
    await page.goto(`${served.url}/`);
    await seeText(page, 'ready');
    await idle(page);
    expect(await page.locator('lit-ui-app').getAttribute('offers')).toBe(E2E_TRANSPORT === 'ws' ? 'ws ws-mux http-stream' : 'http-stream');
    expect(requests.filter((path) => path.endsWith('/_lit-ui/health'))).toEqual([]);
    expect(encodings.get('/first/client.js')).toBe('br');
    expect([...encodings.values()].every((coding) => coding === 'br')).toBe(true);
    await page.close();
  });
});
