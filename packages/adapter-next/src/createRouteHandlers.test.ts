import { afterEach, describe, expect, it } from 'vitest';
import { defineApp } from '@lit-ui/core';
import { createRouteHandlers } from './createRouteHandlers.js';
import { closeRegisteredApps } from './runtimeRegistry.js';

/** `expect.stringContaining`, typed: Vitest declares its asymmetric matchers as `any`. */
const containing = (text: string): unknown => expect.stringContaining(text);

afterEach(() => closeRegisteredApps());

/** What Next passes a route handler for `app/explorer/[[...path]]/route.ts`. */
const params = (...path: string[]) => ({ params: Promise.resolve(path.length ? { path } : {}) });

/** A stream's text as it arrives. */
function streamText(response: Response) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  return {
    /** Reads until `test` holds on everything read so far; returns it. */
    async until(test: (text: string) => boolean): Promise<string> {
      while (!test(text)) {
        const { done, value } = await reader.read();
        if (done) throw new Error(`stream ended: ${text}`);
        text += decoder.decode(value, { stream: true });
      }
      return text;
    },
    cancel: () => reader.cancel(),
  };
}

/** Reads a stream until `test` holds on its text, then lets it go. */
async function readUntil(response: Response, test: (text: string) => boolean): Promise<string> {
  const stream = streamText(response);
  const text = await stream.until(test);
  await stream.cancel();
  return text;
}

const hello = (extra: Record<string, unknown> = {}) =>
  new Request('http://next.test/explorer/_lit-ui/stream', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1, ...extra }),
  });

describe('createRouteHandlers', () => {
  it('serves the host page at the mount root and at page paths, learning the mount from the catch-all', async () => {
    const { GET } = createRouteHandlers(
      defineApp((st) => st.title('Hi')),
      { title: 'Explorer' },
    );
    const root = await GET(new Request('http://next.test/explorer'), params());
    expect(root.status).toBe(200);
    expect(root.headers.get('content-type')).toContain('text/html');
    const html = await root.text();
    expect(html).toContain('<title>Explorer</title>');
    expect(html).toContain('src="/explorer/client.js"');
    expect((await GET(new Request('http://next.test/explorer/reports'), params('reports'))).status).toBe(200);
    const health = await GET(new Request('http://next.test/explorer/_lit-ui/health'), params('_lit-ui', 'health'));
    expect(await health.json()).toMatchObject({ status: 'ok', transports: ['http-stream'] });
    expect((await GET(new Request('http://next.test/explorer/a/b'), params('a', 'b'))).status).toBe(404);
  });

  it('answers what is not lit-ui with Next’s own 404 when the host page is off', async () => {
    const { GET } = createRouteHandlers(
      defineApp((st) => st.title('Hi')),
      { hostPage: false, mount: '/explorer' },
    );
    await expect(GET(new Request('http://next.test/explorer'))).rejects.toMatchObject({ digest: containing('404') });
  });

  it('serves the HTTP streaming transport', async () => {
    const { POST } = createRouteHandlers(
      defineApp((st) => st.text('streamed')),
      { mount: '/explorer' },
    );
    const response = await POST(hello());
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(await readUntil(response, (text) => text.includes('streamed'))).toContain('"type":"newSession"');
  });

  it('keeps one runtime per mount across re-evaluations of the route module: sessions live on, the next run uses the new script', async () => {
    const first = createRouteHandlers(defineApp((st) => st.text('version 1')));
    const opened = await first.POST(hello(), params('_lit-ui', 'stream'));
    const text = await readUntil(opened, (t) => t.includes('version 1') && t.includes('"state":"idle"'));
    const session = JSON.parse(/data: (\[\{"type":"newSession".*)/.exec(text)![1]!) as Array<{ sessionId: string; sessionToken: string }>;
    const { sessionId, sessionToken } = session[0]!;
    await new Promise((resolve) => setTimeout(resolve, 10));

    // Next's dev server re-evaluates the module after an edit.
    const second = createRouteHandlers(defineApp((st) => st.text('version 2')));
    const health = await second.GET(new Request('http://next.test/explorer/_lit-ui/health'), params('_lit-ui', 'health'));
    expect(await health.json()).toMatchObject({ sessions: 1 });
    const resumed = streamText(await second.POST(hello({ sessionId, sessionToken, lastSeq: 1 }), params('_lit-ui', 'stream')));
    expect(await resumed.until((t) => t.includes('"resumed":true'))).toContain(sessionId);
    const rerun = await second.POST(
      new Request('http://next.test/explorer/_lit-ui/send', {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson', 'x-lit-ui-session-id': sessionId, 'x-lit-ui-session-token': sessionToken },
        body: JSON.stringify({ type: 'rerunScript', cseq: 1, widgets: [] }),
      }),
      params('_lit-ui', 'send'),
    );
    expect(rerun.status).toBe(202);
    await resumed.until((t) => t.includes('version 2'));
    await resumed.cancel();
  });

  it('reruns every session at once when the route module is re-evaluated in development (run on save), keeping session state', async () => {
    const version = (n: number) =>
      defineApp((st) => {
        st.sessionState['runs'] = ((st.sessionState['runs'] as number | undefined) ?? 0) + 1;
        st.text(`version ${n}, run ${String(st.sessionState['runs'])}`);
      });
    const first = createRouteHandlers(version(1));
    const opened = streamText(await first.POST(hello(), params('_lit-ui', 'stream')));
    await opened.until((t) => t.includes('version 1, run 1') && t.includes('"state":"idle"'));
    // Next's dev server re-evaluates the module after a save; its handlers register the new app as a request reaches them.
    const second = createRouteHandlers(version(2));
    await second.GET(new Request('http://next.test/explorer/_lit-ui/health'), params('_lit-ui', 'health'));
    expect(await opened.until((t) => t.includes('version 2, run 2'))).toContain('version 2, run 2');
    await opened.cancel();
  });
});
