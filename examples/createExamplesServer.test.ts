import type { AddressInfo } from 'node:net';
import type { ElementProto, ForwardMsg } from '@lit-ui/core/protocol';
import { connectWebSocket } from '@lit-ui/transport-ws/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { examples } from './catalog.js';
import { createExamplesServer } from './createExamplesServer.js';

const examplesServer = createExamplesServer();
const server = examplesServer.app.listen(0);
examplesServer.attach(server);
let base = '';

beforeAll(async () => {
  if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await examplesServer.close();
  await new Promise((resolve) => server.close(resolve));
});

/** Connects a client to the app mounted at `mount` and resolves with the first title it renders. */
async function firstTitle(mount: string): Promise<string> {
  const messages: ForwardMsg[] = [];
  const client = connectWebSocket({
    url: `${base.replace('http', 'ws')}${mount === '/' ? '' : mount}/_lit-ui/ws`,
    hello: () => ({ url: `${base}${mount}`, pagePath: '', query: '' }),
    onMessage: (msg) => messages.push(msg),
    store: null,
    WebSocket: WebSocket as unknown as new (url: string) => globalThis.WebSocket,
  });
  try {
    const title = () =>
      messages.flatMap((m) => (m.type === 'delta' && 'element' in m ? [m.element] : [])).find((e: ElementProto) => e.type === 'title');
    await vi.waitFor(() => expect(title()).toBeDefined(), { timeout: 5000 });
    return String(title()!['body']);
  } finally {
    client.close();
  }
}

describe('examples server', () => {
  it('lists every example at /examples', async () => {
    const response = await fetch(`${base}/examples`);
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const example of examples) expect(html).toContain(`href="${example.path}"`);
  });

  it('serves a host page for each mount, pointing at its own mount', async () => {
    for (const path of ['/', '/forms', '/pages/cars']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      const mount = path === '/pages/cars' ? '/pages' : path;
      // `offers`: the transports this server serves (HTTP streaming here: the test attaches no WebSocket).
      expect(await response.text()).toMatch(
        new RegExp(
          `<lit-ui-app src="${mount}" layout="page" theme="auto" offers="[a-z -]+" menu>(<script type="application/json" data-lit-ui-first-run>.+</script>)?</lit-ui-app>`,
        ),
      );
    }
    const embedded = await (await fetch(`${base}/examples/embedded`)).text();
    expect(embedded).toContain('<lit-ui-app src="/forms" theme="light"></lit-ui-app>');
    expect(embedded).toContain('<script type="module" src="/forms/client.js"></script>');
    const health = await fetch(`${base}/tasks/_lit-ui/health`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('routes each WebSocket to the app at its mount path', async () => {
    expect(await firstTitle('/')).toBe('📊 Data explorer');
    expect(await firstTitle('/forms')).toBe('📝 Forms');
    expect(await firstTitle('/dialogs')).toBe('💬 Dialogs');
  });

  it('turns run on save on for each example only when asked (as server.ts does outside production)', async () => {
    expect(examplesServer.routers.every((router) => router.runOnSave === undefined)).toBe(true);
    const watched = createExamplesServer({ runOnSave: true }, examples.slice(0, 2));
    try {
      expect(watched.routers.map((router) => router.runOnSave?.watching)).toEqual([true, true]);
      for (const router of watched.routers) await router.runOnSave!.ready;
    } finally {
      await watched.close();
    }
  });
});
