// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMountHandler } from './mountHandler.js';
import { createPeerAssets } from './peerAssets.js';

const runtime = { fetch: () => Promise.resolve(new Response('Not found', { status: 404 })) };

describe('peer files under the mount', () => {
  it('serves plotly.js from the installed plotly.js-dist-min at <mount>/plotly.min.js, with an ETag', async () => {
    const handle = createMountHandler(runtime);
    const response = await handle(new Request('http://127.0.0.1/tools/app/plotly.min.js'), '/tools/app');
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response?.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = response?.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await response!.text()).slice(0, 200)).toContain('plotly.js v4.1.2');
    const again = await handle(new Request('http://127.0.0.1/tools/app/plotly.min.js', { headers: { 'if-none-match': etag } }), '/tools/app');
    expect(again?.status).toBe(304);
  });

  it('answers 404 PeerNotInstalled with the install command when the peer is not installed; other bundle files are unaffected', async () => {
    const peers = createPeerAssets(() => {
      throw new Error('Cannot find module');
    });
    expect(peers.has('plotly.min.js')).toBe(true);
    expect(peers.has('client.js')).toBe(false);
    const response = await peers.serve(new Request('http://127.0.0.1/plotly.min.js'), 'plotly.min.js');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(
      'PeerNotInstalled: plotly.min.js comes from an optional peer package that is not installed on the server (npm install plotly.js-dist-min@4.1.2).',
    );
  });

  it('serves the resolved file, and refuses writes like any bundle file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lit-ui-peer-'));
    try {
      await writeFile(join(dir, 'plotly.min.js'), 'window.Plotly = {};\n');
      const peers = createPeerAssets((specifier) => (specifier === 'plotly.js-dist-min/plotly.min.js' ? join(dir, 'plotly.min.js') : ''));
      const response = await peers.serve(new Request('http://127.0.0.1/plotly.min.js'), 'plotly.min.js');
      expect(await response.text()).toBe('window.Plotly = {};\n');
      const handle = createMountHandler(runtime);
      const post = await handle(new Request('http://127.0.0.1/app/plotly.min.js', { method: 'POST', body: 'x' }), '/app');
      expect(post?.status).toBe(405);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
