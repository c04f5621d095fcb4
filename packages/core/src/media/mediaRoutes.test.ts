import { afterEach, describe, expect, it } from 'vitest';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import { createTestRuntime, type TestRuntime } from '../runtime/runtime.js';
import type { RuntimeOptions } from '../runtime/runtimeOptions.js';
import { connectInMemory } from '../transport/memoryConnection.js';
import { SESSION_ID_HEADER, SESSION_TOKEN_HEADER } from '../protocol/sessionHeaders.js';
import { MediaHeader } from './mediaRoutes.js';

const runtimes: TestRuntime[] = [];
afterEach(async () => {
  for (const runtime of runtimes.splice(0)) await runtime.close();
});

/** A runtime with one connected session; its uploader `w` accepts `.txt`/`.csv` up to 10 bytes. */
async function setup(options: RuntimeOptions = {}) {
  const runtime = createTestRuntime(() => undefined, options);
  runtimes.push(runtime);
  const messages: ForwardMsg[] = [];
  const conn = connectInMemory(runtime, { onMessage: (m) => messages.push(m) });
  const greeting = messages.find((m) => m.type === 'newSession');
  const session = runtime.session(conn.sessionId!)!;
  await session.runner.idle();
  session.media.uploaders.set('w', { maxBytes: 10, types: ['.txt', '.csv'], multiple: true });
  const token = greeting?.type === 'newSession' ? greeting.sessionToken! : '';
  const headers = (extra: Record<string, string> = {}) => ({ [SESSION_ID_HEADER]: session.id, [SESSION_TOKEN_HEADER]: token, ...extra });
  const fetch = (path: string, init?: RequestInit) => runtime.fetch(new Request(`http://localhost${path}`, init));
  const upload = (name: string, body: string, extra: Record<string, string> = {}) =>
    fetch('/_lit-ui/upload', {
      method: 'POST',
      body,
      headers: headers({ [MediaHeader.widget]: 'w', [MediaHeader.fileName]: encodeURIComponent(name), 'content-type': 'text/plain', ...extra }),
    });
  return { runtime, session, token, headers, fetch, upload };
}

describe('media routes', () => {
  it('serves a media file with its type, ETag, long-lived cache, ranges and 304', async () => {
    const { session, fetch } = await setup();
    const url = session.media.add('0123456789', { mime: 'text/plain' });
    const full = await fetch(`/${url}`);
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(full.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(full.headers.get('accept-ranges')).toBe('bytes');
    expect(full.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await full.text()).toBe('0123456789');
    const etag = full.headers.get('etag')!;
    expect((await fetch(`/${url}`, { headers: { 'if-none-match': etag } })).status).toBe(304);

    const part = await fetch(`/${url}`, { headers: { range: 'bytes=2-4' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 2-4/10');
    expect(await part.text()).toBe('234');
    const suffix = await fetch(`/${url}`, { headers: { range: 'bytes=-3' } });
    expect([suffix.status, await suffix.text()]).toEqual([206, '789']);
    const outside = await fetch(`/${url}`, { headers: { range: 'bytes=10-' } });
    expect([outside.status, outside.headers.get('content-range')]).toEqual([416, 'bytes */10']);
  });

  it('serves downloads as attachments with their (UTF-8) file name', async () => {
    const { session, fetch } = await setup();
    const url = session.media.add('a,b\n', { mime: 'text/csv', fileName: 'résumé "v2".csv', attachment: true });
    const res = await fetch(`/${url}`);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="r_sum_ _v2_.csv"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%22v2%22.csv`);
  });

  it('answers 404 for unknown ids, a wrong extension, uploads, and freed files; 405 for other methods', async () => {
    const { session, fetch, upload } = await setup({ media: { graceMs: 0 } });
    const url = session.media.add('x', { mime: 'text/plain' });
    expect((await fetch('/_lit-ui/media/nope.txt')).status).toBe(404);
    expect((await fetch('/_lit-ui/media/')).status).toBe(404);
    expect((await fetch(`/${url.replace('.txt', '.html')}`)).status).toBe(404);
    expect((await fetch(`/${url}`, { method: 'POST', body: 'x' })).status).toBe(405);
    const { fileId } = (await (await upload('a.txt', 'hi')).json()) as { fileId: string };
    expect((await fetch(`/_lit-ui/media/${fileId}.txt`)).status).toBe(404);
    session.close();
    await new Promise((resolve) => setTimeout(resolve, 0)); // graceMs 0: the free runs on the next tick
    expect((await fetch(`/${url}`)).status).toBe(404);
  });

  it('takes an upload with the session token and keeps it for its widget', async () => {
    const { session, upload } = await setup();
    const res = await upload('notes.txt', 'hello');
    expect(res.status).toBe(201);
    const body = (await res.json()) as { fileId: string; name: string; type: string; size: number };
    expect(body).toMatchObject({ name: 'notes.txt', type: 'text/plain', size: 5 });
    const held = session.media.uploaded(body.fileId, 'w')!;
    expect(await (await session.media.manager.open(held.entry))!.text()).toBe('hello');
  });

  it('refuses uploads without the token, for unknown widgets, of other types, and past the size limit — storing nothing', async () => {
    const { runtime, session, upload, fetch } = await setup();
    const codes = async (res: Response) => [res.status, ((await res.json()) as { code: string }).code];
    expect(await codes(await upload('a.txt', 'x', { [SESSION_TOKEN_HEADER]: 'tampered' }))).toEqual([403, 'UploadForbidden']);
    expect(await codes(await upload('a.txt', 'x', { [SESSION_ID_HEADER]: 'other' }))).toEqual([403, 'UploadForbidden']);
    expect(await codes(await upload('a.txt', 'x', { [MediaHeader.widget]: 'nope' }))).toEqual([404, 'UploadWidgetNotFound']);
    expect(await codes(await upload('a.exe', 'x'))).toEqual([415, 'UploadTypeNotAllowed']);
    const tooBig = await upload('a.txt', '01234567890');
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { message: string }).message).toBe('a.txt is larger than the limit of 10 bytes.');
    // Without a Content-Length the limit is enforced while the body streams.
    const chunks = ['01234', '56789', '0'];
    const stream = new ReadableStream<Uint8Array>({
      pull: (c) => (chunks.length ? c.enqueue(new TextEncoder().encode(chunks.shift())) : c.close()),
    });
    const streamed = await runtime.fetch(
      new Request('http://localhost/_lit-ui/upload', {
        method: 'POST',
        body: stream,
        duplex: 'half',
        headers: {
          [SESSION_ID_HEADER]: session.id,
          [SESSION_TOKEN_HEADER]: session.token,
          [MediaHeader.widget]: 'w',
          [MediaHeader.fileName]: 'b.txt',
        },
      }),
    );
    expect(await codes(streamed)).toEqual([413, 'UploadTooLarge']);
    expect(session.media.manager.count).toBe(0);
    expect((await fetch('/_lit-ui/health')).status).toBe(200);
  });

  it('deletes an upload of the session; another session cannot', async () => {
    const { runtime, session, upload, fetch, headers } = await setup();
    const { fileId } = (await (await upload('a.txt', 'x')).json()) as { fileId: string };
    const other = connectInMemory(runtime, { onMessage: () => undefined });
    const otherSession = runtime.session(other.sessionId!)!;
    const foreign = await fetch(`/_lit-ui/upload/${fileId}`, {
      method: 'DELETE',
      headers: { [SESSION_ID_HEADER]: other.sessionId!, [SESSION_TOKEN_HEADER]: otherSession.token },
    });
    expect(foreign.status).toBe(404);
    expect(session.media.uploaded(fileId)).toBeDefined();
    expect((await fetch(`/_lit-ui/upload/${fileId}`, { method: 'DELETE', headers: headers() })).status).toBe(204);
    expect(session.media.uploaded(fileId)).toBeUndefined();
  });

  it('produces deferred download data on request, with the token', async () => {
    const { session, fetch, headers } = await setup();
    let calls = 0;
    session.media.downloads.set('d', { data: async () => `call ${++calls}`, fileName: 'out.txt', mime: undefined });
    session.media.downloads.set('bad', { data: () => 42 as never, fileName: 'x.bin', mime: undefined });
    expect(calls).toBe(0);
    const res = await fetch('/_lit-ui/download', { method: 'POST', headers: headers({ [MediaHeader.widget]: 'd' }) });
    const { url, fileName, mime } = (await res.json()) as { url: string; fileName: string; mime: string };
    expect([fileName, mime, calls]).toEqual(['out.txt', 'text/plain', 1]);
    const file = await fetch(`/${url}`);
    expect(await file.text()).toBe('call 1');
    expect(file.headers.get('content-disposition')).toContain('filename="out.txt"');
    const failed = await fetch('/_lit-ui/download', { method: 'POST', headers: headers({ [MediaHeader.widget]: 'bad' }) });
    expect([failed.status, ((await failed.json()) as { code: string }).code]).toEqual([500, 'DownloadFailed']);
    expect((await fetch('/_lit-ui/download', { method: 'POST', headers: { [MediaHeader.widget]: 'd' } })).status).toBe(403);
  });
});
