// @vitest-environment node
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMountHandler, type MountHandlerOptions } from './mountHandler.js';

const MOUNT = '/tools/explorer';
const ORIGIN = 'http://127.0.0.1:3000';
let assetsDir: string;

beforeEach(async () => {
  assetsDir = await mkdtemp(join(tmpdir(), 'lit-ui-mount-'));
  await writeFile(join(assetsDir, 'client.js'), 'import "./chunk-AB12.js";\n');
  await writeFile(join(assetsDir, 'chunk-AB12.js'), 'export const x = 1;\n');
});
afterEach(() => rm(assetsDir, { recursive: true, force: true }));

/** A runtime stand-in recording what reaches `fetch`. */
function fakeRuntime() {
  const seen: Array<{ method: string; url: string; body: string }> = [];
  return {
    seen,
    async fetch(request: Request): Promise<Response> {
      seen.push({ method: request.method, url: request.url, body: await request.text() });
      return new URL(request.url).pathname === '/_lit-ui/health' ? Response.json({ status: 'ok' }) : new Response('Not found', { status: 404 });
    },
  };
}

function setup(options: MountHandlerOptions = {}) {
  const runtime = fakeRuntime();
  const handle = createMountHandler(runtime, { assetsDir, ...options });
  const get = (path: string, init?: RequestInit) => handle(new Request(ORIGIN + path, init), MOUNT);
  return { runtime, handle, get };
}

describe('createMountHandler', () => {
  it('serves the host page at the mount root and at page paths, with a fresh nonce matching its CSP', async () => {
    const { get } = setup({ title: 'A & B <x>' });
    const nonces = new Set<string>();
    for (const path of [MOUNT, `${MOUNT}/`, `${MOUNT}/charts`, `${MOUNT}/charts/`]) {
      const res = (await get(path))!;
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await res.text();
      const nonce = /<script type="module" nonce="([^"]+)" src="\/tools\/explorer\/client.js"><\/script>/.exec(html)?.[1];
      expect(nonce).toBeDefined();
      expect(html).toContain(`<style nonce="${nonce}">`);
      expect(html).toContain('<link rel="icon" href="/tools/explorer/favicon.ico">');
      // The chunk client.js imports statically is fetched together with it.
      expect(html).toContain(`<link rel="modulepreload" nonce="${nonce}" href="/tools/explorer/chunk-AB12.js">`);
      expect(html).toContain('<lit-ui-app src="/tools/explorer" layout="page" theme="auto" menu></lit-ui-app>');
      expect(html).toContain('<title>A &amp; B &lt;x&gt;</title>');
      expect(html).not.toMatch(/ style=|\son[a-z]+=/);
      expect(res.headers.get('content-security-policy')).toContain(`script-src 'nonce-${nonce}' 'strict-dynamic'`);
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      nonces.add(nonce!);
    }
    expect(nonces.size).toBe(4);
  });

  it('puts the theme on the element and a custom theme into the nonce’d <style> as custom properties', async () => {
    const { get } = setup({ theme: { base: 'dark', primaryColor: '#0068c9', font: 'serif', light: { backgroundColor: '#fffdf7' } } });
    const html = await (await get(MOUNT))!.text();
    expect(html).toContain('<lit-ui-app src="/tools/explorer" layout="page" theme="dark" menu>');
    const style = /<style nonce="[^"]+">([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).toContain(
      "lit-ui-app, lit-ui-app[scheme] { --lit-ui-primary: #0068c9; --lit-ui-primary-contrast: #ffffff; --lit-ui-font: 'Source Serif 4'",
    );
    expect(style).toContain("lit-ui-app[scheme='light'] { --lit-ui-bg: #fffdf7; }");
    expect(style).toContain('html { color-scheme: dark; background: #0e1117; }');
    expect(html).not.toMatch(/ style=/);
  });

  it('refuses a theme with bad options, naming each, before serving anything', () => {
    const bad = { primaryColor: 'red; } body { display: none', font: '</style><script>', shade: 3 } as never;
    expect(() => createMountHandler(fakeRuntime(), { assetsDir, theme: bad })).toThrow(
      expect.objectContaining({
        code: 'InvalidArgument',
        message: expect.stringMatching(/'shade' is not a theme option.*primaryColor must be a CSS color.*font must be/) as unknown,
      }),
    );
  });

  it('answers 404 for asset-like paths, nested paths and paths no page can have', async () => {
    const { get } = setup();
    for (const path of ['/robots.txt', '/missing.js', '/logo.png', '/a/b', '/charts/x', '/..%2F..%2Fpackage.json', '/wp-login.php']) {
      const res = (await get(MOUNT + path))!;
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toBe('text/plain; charset=utf-8');
    }
  });

  it('serves an icon at /favicon.ico, not the page', async () => {
    const { get } = setup();
    const res = (await get(`${MOUNT}/favicon.ico`))!;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/x-icon');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]);
    expect(bytes.byteLength).toBe(Number(res.headers.get('content-length')));
  });

  it('hands /_lit-ui/* to the runtime with the mount stripped, body and query kept; unknown routes are its 404', async () => {
    const { get, runtime } = setup();
    const health = (await get(`${MOUNT}/_lit-ui/health?deep=1`))!;
    expect(health.status).toBe(200);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(runtime.seen[0]!.url).toBe(`${ORIGIN}/_lit-ui/health?deep=1`);
    const upload = (await get(`${MOUNT}/_lit-ui/upload/x`, { method: 'POST', body: 'file bytes' }))!;
    expect(upload.status).toBe(404);
    expect(runtime.seen[1]).toEqual({ method: 'POST', url: `${ORIGIN}/_lit-ui/upload/x`, body: 'file bytes' });
    expect((await get(`${MOUNT}/_lit-ui/nope`))!.status).toBe(404);
  });

  it("names the runtime's transports on the element (offers), so the page need not ask the health route", async () => {
    const runtime = { ...fakeRuntime(), offeredTransports: () => ['ws', 'http-stream'] as const };
    const handle = createMountHandler(runtime, { assetsDir });
    const html = await (await handle(new Request(`${ORIGIN}${MOUNT}/`), MOUNT))!.text();
    expect(html).toContain('<lit-ui-app src="/tools/explorer" layout="page" theme="auto" offers="ws http-stream" menu></lit-ui-app>');
  });

  it('serves the bundle with validators: 304 on a matching ETag, chunks immutable, HEAD without a body', async () => {
    const { get } = setup();
    const client = (await get(`${MOUNT}/client.js`))!;
    expect(client.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(client.headers.get('cache-control')).toBe('no-cache');
    expect(await client.text()).toBe('import "./chunk-AB12.js";\n');
    const etag = client.headers.get('etag')!;
    expect((await get(`${MOUNT}/client.js`, { headers: { 'if-none-match': `"other", ${etag}` } }))!.status).toBe(304);
    const chunk = (await get(`${MOUNT}/chunk-AB12.js`, { method: 'HEAD' }))!;
    expect(chunk.headers.get('cache-control')).toContain('immutable');
    expect(chunk.headers.get('content-length')).toBe('20');
    expect(chunk.body).toBeNull();
  });

  it('sends text files compressed once per version, as the request allows (brotli, else gzip), with Vary', async () => {
    const source = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, name: `row ${i}` })))};\n`;
    await writeFile(join(assetsDir, 'chunk-CD34.js'), source);
    const { get } = setup();
    const br = (await get(`${MOUNT}/chunk-CD34.js`, { headers: { 'accept-encoding': 'gzip, deflate, br' } }))!;
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const brBytes = new Uint8Array(await br.arrayBuffer());
    expect(Number(br.headers.get('content-length'))).toBe(brBytes.byteLength);
    expect(brBytes.byteLength).toBeLessThan(source.length / 4);
    expect(brotliDecompressSync(brBytes).toString()).toBe(source);
    const gz = (await get(`${MOUNT}/chunk-CD34.js`, { headers: { 'accept-encoding': 'gzip;q=1, br;q=0' } }))!;
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(new Uint8Array(await gz.arrayBuffer())).toString()).toBe(source);
    // No Accept-Encoding: the file as it is. A new version of the file: compressed again, never the old bytes.
    const plain = (await get(`${MOUNT}/chunk-CD34.js`))!;
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(source);
    await writeFile(join(assetsDir, 'chunk-CD34.js'), `${source}// v2, a longer file\n`);
    const v2 = (await get(`${MOUNT}/chunk-CD34.js`, { headers: { 'accept-encoding': 'br' } }))!;
    expect(brotliDecompressSync(new Uint8Array(await v2.arrayBuffer())).toString()).toBe(`${source}// v2, a longer file\n`);
  });

  it("sends the build's precompressed sibling (.br, .gz) as it is, unless it is older than its file", async () => {
    const source = `export const y = ${JSON.stringify('text '.repeat(200))};\n`;
    const file = join(assetsDir, 'chunk-EF56.js');
    await writeFile(file, source);
    // Siblings whose bytes differ from a fresh compression: the server must send these, not its own.
    const marker = `${source}// precompressed\n`;
    await writeFile(`${file}.br`, brotliCompressSync(marker));
    await writeFile(`${file}.gz`, gzipSync(marker));
    const { get } = setup();
    const br = (await get(`${MOUNT}/chunk-EF56.js`, { headers: { 'accept-encoding': 'br' } }))!;
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(new Uint8Array(await br.arrayBuffer())).toString()).toBe(marker);
    const gz = (await get(`${MOUNT}/chunk-EF56.js`, { headers: { 'accept-encoding': 'gzip' } }))!;
    expect(gunzipSync(new Uint8Array(await gz.arrayBuffer())).toString()).toBe(marker);
    // The file rebuilt after its siblings: they are stale, the file is compressed on request instead.
    const later = new Date(Date.now() + 60_000);
    await writeFile(file, `${source}// v2\n`);
    await utimes(file, later, later);
    const fresh = (await get(`${MOUNT}/chunk-EF56.js`, { headers: { 'accept-encoding': 'br' } }))!;
    expect(brotliDecompressSync(new Uint8Array(await fresh.arrayBuffer())).toString()).toBe(`${source}// v2\n`);
  });

  it('sends files as they are with compressAssets: false (hosts that compress and drop Content-Encoding, as Next.js)', async () => {
    const { get } = setup({ compressAssets: false });
    const client = (await get(`${MOUNT}/client.js`, { headers: { 'accept-encoding': 'br, gzip' } }))!;
    expect(client.headers.get('content-encoding')).toBeNull();
    expect(await client.text()).toBe('import "./chunk-AB12.js";\n');
  });

  it('refuses other methods outside /_lit-ui/ with 405', async () => {
    const { get } = setup();
    for (const path of ['/', '/charts', '/client.js']) {
      const res = (await get(MOUNT + path, { method: 'POST', body: 'x' }))!;
      expect(res.status, path).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('with hostPage false answers only the bundle and the runtime; the rest is the host app’s', async () => {
    const { get } = setup({ hostPage: false });
    expect(await get(`${MOUNT}/`)).toBeUndefined();
    expect(await get(`${MOUNT}/favicon.ico`)).toBeUndefined();
    expect(await get(`${MOUNT}/a/b`)).toBeUndefined();
    expect((await get(`${MOUNT}/client.js`))!.status).toBe(200);
    expect((await get(`${MOUNT}/missing.js`))!.status).toBe(404);
    expect((await get(`${MOUNT}/_lit-ui/health`))!.status).toBe(200);
  });

  it('works at the site root', async () => {
    const handle = createMountHandler(fakeRuntime(), { assetsDir });
    for (const mount of ['', '/']) {
      const html = await (await handle(new Request(`${ORIGIN}/`), mount))!.text();
      expect(html).toContain('<lit-ui-app src="/" layout="page"');
      expect(html).toMatch(/nonce="[^"]+" src="\/client.js"/);
      expect((await handle(new Request(`${ORIGIN}/reports`), mount))!.status).toBe(200);
    }
  });

  it('tells the logger once when the bundle directory is missing', async () => {
    const warn = vi.fn();
    const handle = createMountHandler(fakeRuntime(), { assetsDir: join(assetsDir, 'nope'), logger: { warn, error: vi.fn() } });
    expect((await handle(new Request(`${ORIGIN}/client.js`), ''))!.status).toBe(404);
    expect((await handle(new Request(`${ORIGIN}/client.js`), ''))!.status).toBe(404);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/browser bundle directory .* does not exist/);
  });
});

describe('createMountHandler with a runtime that opens connections (the first run in the page)', () => {
  /** A runtime that offers WebSocket first and answers every connection's hello with a session and a run. */
  function connectingRuntime(offers: string[] = ['ws', 'http-stream']) {
    const hellos: unknown[] = [];
    return {
      hellos,
      ...fakeRuntime(),
      offeredTransports: () => offers as ('ws' | 'http-stream')[],
      connect(conn: { send(batch: unknown[]): number; context: { url: string; headers: Record<string, string> } }) {
        return {
          receive(frame: unknown) {
            hellos.push({ frame, context: conn.context });
            conn.send([{ type: 'newSession', seq: 0, sessionId: 's1', sessionToken: 't', protocolVersion: 1, resumed: false, config: {} }]);
            conn.send([{ type: 'delta', seq: 1, path: [0, 0], element: { type: 'text', body: '</script><script>alert(1)</script>' } }]);
            conn.send([{ type: 'scriptFinished', seq: 2, runId: 'r1', status: 'ok', trims: [] }]);
          },
          closed: () => undefined,
        };
      },
    };
  }

  it('streams the head, then the body with the run’s messages inside the element, script-safe; no-store', async () => {
    const runtime = connectingRuntime();
    const handle = createMountHandler(runtime as never, { assetsDir });
    const response = await handle(new Request(`${ORIGIN}${MOUNT}/reports?x=1`, { headers: { 'accept-language': 'de-CH' } }), MOUNT);
    expect(response?.headers.get('cache-control')).toBe('no-store');
    expect(response?.headers.get('x-accel-buffering')).toBe('no');
    const reader = (response!.body as ReadableStream<Uint8Array>).getReader();
    const head = new TextDecoder().decode((await reader.read()).value);
    expect(head).toContain('</head>');
    expect(head).not.toContain('<body>');
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    const json = /<script type="application\/json" data-lit-ui-first-run>(.*?)<\/script><\/lit-ui-app>/s.exec(rest)?.[1];
    expect(json).toBeDefined();
    expect(json).not.toContain('</script>');
    expect((JSON.parse(json!) as Array<{ type: string; element?: { body: string } }>).map((m) => m.element?.body ?? m.type)).toEqual([
      'newSession',
      '</script><script>alert(1)</script>',
      'scriptFinished',
    ]);
    const [seen] = runtime.hellos as Array<{ frame: Record<string, unknown>; context: { headers: Record<string, string> } }>;
    expect(seen?.frame).toMatchObject({ type: 'hello', pagePath: 'reports', query: 'x=1', locale: 'de-CH', url: `${ORIGIN}${MOUNT}/reports?x=1` });
    expect(seen?.context.headers['origin']).toBe(ORIGIN);
  });

  it('serves the page at once, with no session, for HEAD, a prefetch, a fetch as an image, firstRun: false, or WebSocket not first', async () => {
    for (const [options, offers, method, headers] of [
      [{}, ['ws'], 'HEAD', {}],
      [{}, ['ws'], 'GET', { 'sec-purpose': 'prefetch' }],
      [{}, ['ws'], 'GET', { 'sec-fetch-dest': 'image' }],
      [{ firstRun: false }, ['ws'], 'GET', {}],
      [{}, ['http-stream'], 'GET', {}],
    ] as const) {
      const runtime = connectingRuntime([...offers]);
      const handle = createMountHandler(runtime as never, { assetsDir, ...options });
      const response = await handle(new Request(`${ORIGIN}${MOUNT}/`, { method, headers }), MOUNT);
      expect(response?.headers.get('cache-control')).toBe('no-cache');
      if (method === 'GET') expect(await response?.text()).not.toContain('data-lit-ui-first-run');
      expect(runtime.hellos).toEqual([]);
    }
  });
});
