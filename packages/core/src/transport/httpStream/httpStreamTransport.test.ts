import { afterEach, describe, expect, it } from 'vitest';
import { defineApp } from '../../app.js';
import type { ForwardMsg, NewSessionMsg } from '../../protocol/forwardMsg.js';
import { SESSION_ID_HEADER, SESSION_TOKEN_HEADER } from '../../protocol/sessionHeaders.js';
import { createRuntime } from '../../runtime/runtime.js';
import type { Runtime, RuntimeOptions } from '../../runtime/runtimeOptions.js';
import { TestEventReader } from './testEventReader.js';

const BASE = 'http://app.test';

/** A counter: each click of "inc" adds one; the page shows the count. */
const counter = defineApp((st) => {
  st.sessionState.count ??= 0;
  if (st.button('inc')) st.sessionState.count += 1;
  st.text(`count=${String(st.sessionState.count)}`);
});

const runtimes: Runtime[] = [];
afterEach(async () => {
  for (const runtime of runtimes.splice(0)) await runtime.close();
});

function runtimeOf(options: RuntimeOptions = {}): Runtime {
  const runtime = createRuntime(counter, options);
  runtimes.push(runtime);
  return runtime;
}

function openRequest(hello: Record<string, unknown> = {}, headers: Record<string, string> = {}): Request {
  return new Request(`${BASE}/_lit-ui/stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1, ...hello }),
  });
}

function sendRequest(session: NewSessionMsg | undefined, body: string, headers: Record<string, string> = {}): Request {
  return new Request(`${BASE}/_lit-ui/send`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-ndjson',
      ...(session ? { [SESSION_ID_HEADER]: session.sessionId, [SESSION_TOKEN_HEADER]: session.sessionToken ?? '' } : {}),
      ...headers,
    },
    body,
  });
}

const texts = (msgs: ForwardMsg[]) =>
  msgs.flatMap((m) => (m.type === 'delta' && 'element' in m && m.element.type === 'text' ? [String(m.element['body'])] : []));
const idleCount = (msgs: ForwardMsg[]) => msgs.filter((m) => m.type === 'sessionStatus' && m.state === 'idle').length;

/** Opens a stream and reads until the first run is over. */
async function open(runtime: Runtime, hello: Record<string, unknown> = {}) {
  const response = await runtime.fetch(openRequest(hello));
  expect(response.status).toBe(200);
  const reader = new TestEventReader(response.body);
  await reader.until((r) => idleCount(r.messages()) >= 1);
  const session = reader.messages().find((m): m is NewSessionMsg => m.type === 'newSession')!;
  const button = reader.messages().find((m) => m.type === 'delta' && 'element' in m && m.element.type === 'button');
  const buttonId = button && 'element' in button ? String(button.element['id']) : '';
  return { response, reader, session, buttonId };
}

const click = (cseq: number, id: string) => JSON.stringify({ type: 'rerunScript', cseq, widgets: [{ id, value: true, trigger: true }] });

describe('HTTP streaming transport', () => {
  it('health lists http-stream, and ws first while a WebSocket transport offers itself', async () => {
    const runtime = runtimeOf();
    const health = async () => ((await (await runtime.fetch(new Request(`${BASE}/_lit-ui/health`))).json()) as { transports: string[] }).transports;
    expect(await health()).toEqual(['http-stream']);
    if (!runtime.offerTransport) throw new Error('createRuntime offers transports');
    const withdraw = runtime.offerTransport('ws');
    expect(await health()).toEqual(['ws', 'http-stream']);
    // The server's shared WebSocket endpoint comes after the app's own.
    const withdrawMux = runtime.offerTransport('ws-mux');
    expect(await health()).toEqual(['ws', 'ws-mux', 'http-stream']);
    withdrawMux();
    withdraw();
    withdraw();
    expect(await health()).toEqual(['http-stream']);
    expect(await (await runtimeOf({ httpStream: false }).fetch(new Request(`${BASE}/_lit-ui/health`))).json()).toMatchObject({ transports: [] });
  });

  it('streams ForwardMsg batches as events with the last seq as id, and applies POSTed BackMsgs (acks come down the stream)', async () => {
    const runtime = runtimeOf();
    const { response, reader, session, buttonId } = await open(runtime);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(session.sessionToken).toMatch(/^[\w-]{32}$/);
    const withSeq = reader.events.filter((e) => !e.comment && e.id !== undefined);
    expect(withSeq.length).toBeGreaterThan(0);
    for (const event of withSeq) {
      const batch = JSON.parse(event.data) as ForwardMsg[];
      expect(Number(event.id)).toBe(Math.max(...batch.map((m) => m.seq)));
    }
    expect(texts(reader.messages())).toEqual(['count=0']);

    const closed = JSON.stringify({ type: 'dialogClosed', cseq: 2, id: 'no-such-dialog' });
    const sent = await runtime.fetch(sendRequest(session, `${click(1, buttonId)}\n${closed}\n`));
    expect(sent.status).toBe(202);
    expect(await sent.json()).toEqual({ received: 2 });
    await reader.until((r) => texts(r.messages()).includes('count=1') && r.messages().some((m) => m.type === 'ack' && m.cseq === 2));
    await reader.cancel();
  });

  it('a dropped stream resumes with the session id, token and lastSeq: missed messages are replayed, a repeated cseq is applied once', async () => {
    const runtime = runtimeOf();
    const first = await open(runtime);
    const { session, buttonId } = first;
    expect((await runtime.fetch(sendRequest(session, click(1, buttonId)))).status).toBe(202);
    await first.reader.until((r) => texts(r.messages()).includes('count=1'));
    const lastSeq = Math.max(...first.reader.messages().map((m) => m.seq));
    await first.reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 0));

    // The stream is gone: a send is refused (404) and changes nothing.
    expect((await runtime.fetch(sendRequest(session, click(2, buttonId)))).status).toBe(404);

    const second = await open(runtime, { sessionId: session.sessionId, sessionToken: session.sessionToken, lastSeq });
    expect(second.session).toMatchObject({ sessionId: session.sessionId, resumed: true });
    // The client re-sends what was not acknowledged, including cseq 1 again: it is acknowledged, not applied.
    expect((await runtime.fetch(sendRequest(second.session, `${click(1, buttonId)}\n${click(2, buttonId)}`))).status).toBe(202);
    await second.reader.until((r) => texts(r.messages()).includes('count=2') && r.messages().some((m) => m.type === 'ack' && m.cseq === 2));
    expect(texts(second.reader.messages())).not.toContain('count=3');
    expect(second.reader.messages().every((m) => m.seq === 0 || m.seq > lastSeq)).toBe(true);
    await second.reader.cancel();
  });

  it('takes Last-Event-ID as lastSeq when the hello has none', async () => {
    const runtime = runtimeOf();
    const first = await open(runtime);
    const lastSeq = Math.max(...first.reader.messages().map((m) => m.seq));
    await first.reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const { sessionId, sessionToken } = first.session;
    const response = await runtime.fetch(openRequest({ sessionId, sessionToken }, { 'last-event-id': String(lastSeq) }));
    const reader = new TestEventReader(response.body);
    // The resume is answered in one batch: the newSession, then any replay or snapshot.
    await reader.until((r) => r.messages().some((m) => m.type === 'newSession'));
    expect(reader.messages()[0]).toMatchObject({ type: 'newSession', resumed: true });
    // Up to date: no snapshot, nothing replayed.
    expect(reader.messages().some((m) => m.type === 'snapshot')).toBe(false);
    expect(reader.messages().filter((m) => m.seq > 0 && m.seq <= lastSeq)).toEqual([]);
    await reader.cancel();
  });

  it('answers bad sends with a clear status and message, and the session goes on', async () => {
    const runtime = runtimeOf({ maxMessageBytes: 1000, httpStream: { maxPostBytes: 2000, maxFramesPerPost: 3 } });
    const { reader, session, buttonId } = await open(runtime);
    const cases: Array<[Request, number, RegExp]> = [
      [sendRequest(undefined, click(1, buttonId)), 401, /needs the x-lit-ui-session-id and x-lit-ui-session-token headers/],
      [sendRequest({ ...session, sessionId: 'no-such-session' }, click(1, buttonId)), 404, /No open stream for this session/],
      [sendRequest({ ...session, sessionToken: 'x'.repeat(32) }, click(1, buttonId)), 403, /token does not match/],
      [sendRequest(session, click(1, buttonId), { 'content-type': 'text/plain' }), 415, /application\/x-ndjson/],
      [sendRequest(session, `${click(1, buttonId)}\n{"type":`), 400, /Line 2 of the body is not a JSON object/],
      [sendRequest(session, '[1,2]'), 400, /Line 1/],
      [sendRequest(session, '\n\n'), 400, /no frame/],
      [sendRequest(session, `${click(1, buttonId)}\n`.repeat(4)), 413, /4 frames, more than 3/],
      [
        sendRequest(session, JSON.stringify({ type: 'rerunScript', cseq: 1, widgets: [{ id: buttonId, value: 'x'.repeat(3000) }] })),
        413,
        /larger than 2000 bytes/,
      ],
      [new Request(`${BASE}/_lit-ui/send`, { method: 'GET' }), 405, /takes POST/],
    ];
    for (const [request, status, message] of cases) {
      const response = await runtime.fetch(request);
      expect([response.status, await response.text()]).toEqual([status, expect.stringMatching(message)]);
    }
    // Nothing above was applied; the session takes the next valid click as its first.
    expect((await runtime.fetch(sendRequest(session, click(1, buttonId)))).status).toBe(202);
    await reader.until((r) => texts(r.messages()).includes('count=1'));
    expect(texts(reader.messages())).toEqual(['count=0', 'count=1']);
    // A frame that is JSON but not a BackMsg reaches the runtime, which answers it on the stream.
    expect((await runtime.fetch(sendRequest(session, '{"type":"nonsense","cseq":7}'))).status).toBe(202);
    await reader.until((r) => r.messages().some((m) => m.type === 'error' && m.code === 'InvalidMessage' && m.cseq === 7));
    await reader.cancel();
  });

  it('refuses bad stream opens with a clear status', async () => {
    const runtime = runtimeOf();
    const post = (body: string, type = 'application/json') =>
      runtime.fetch(new Request(`${BASE}/_lit-ui/stream`, { method: 'POST', headers: { 'content-type': type }, body }));
    expect((await runtime.fetch(new Request(`${BASE}/_lit-ui/stream`))).status).toBe(405);
    expect((await post('{}', 'text/plain')).status).toBe(415);
    const notHello = await post('{"type":"rerunScript","cseq":1,"widgets":[]}');
    expect([notHello.status, await notHello.text()]).toEqual([400, expect.stringMatching(/must be the hello BackMsg/)]);
    expect((await post('not json')).status).toBe(400);
    expect((await post(JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1, url: 'x'.repeat(70_000) }))).status).toBe(413);
    expect(runtime.sessionCount).toBe(0);
  });

  it('a cross-origin POST is refused by the origin rule (403) and changes nothing', async () => {
    const runtime = runtimeOf();
    const { reader, session, buttonId } = await open(runtime);
    const evil = { origin: 'https://evil.example' };
    const send = await runtime.fetch(sendRequest(session, click(1, buttonId), evil));
    expect([send.status, await send.text()]).toEqual([403, expect.stringMatching(/Origin 'https:\/\/evil.example' is not allowed/)]);
    expect((await runtime.fetch(openRequest({}, evil))).status).toBe(403);
    expect(runtime.sessionCount).toBe(1);
    expect((await runtime.fetch(sendRequest(session, click(1, buttonId), { origin: BASE }))).status).toBe(202);
    await reader.until((r) => texts(r.messages()).includes('count=1'));
    await reader.cancel();
  });

  it('answers CORS for an origin of allowedOrigins (preflight and responses), and only for it', async () => {
    const runtime = runtimeOf({ allowedOrigins: ['https://portal.example'] });
    const preflight = (origin: string) =>
      runtime.fetch(
        new Request(`${BASE}/_lit-ui/send`, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-lit-ui-session-token' },
        }),
      );
    const allowed = await preflight('https://portal.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('x-lit-ui-session-token');
    const refused = await preflight('https://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const response = await runtime.fetch(openRequest({}, { origin: 'https://portal.example' }));
    expect(response.headers.get('access-control-allow-origin')).toBe('https://portal.example');
    expect(response.headers.get('access-control-expose-headers')).toContain('x-lit-ui-max-post-bytes');
    await response.body?.cancel();
  });

  it('ends streams with a close event when the runtime closes', async () => {
    const runtime = runtimeOf();
    const { reader } = await open(runtime);
    await runtime.close();
    await reader.toEnd();
    const last = reader.events.at(-1)!;
    expect(last.event).toBe('close');
    expect(JSON.parse(last.data)).toMatchObject({ code: 1001 });
  });

  it('passes the client address and the authenticated user to the session; a getUser that throws refuses the stream (401)', async () => {
    let seen: unknown;
    const runtime = createRuntime(
      defineApp((st) => {
        seen = { user: st.context.user, ip: st.context.ipAddress };
        st.text('hi');
      }),
    );
    runtimes.push(runtime);
    const response = await runtime.fetch(openRequest(), { ip: '10.0.0.7', getUser: async () => ({ id: 'alice' }) });
    const reader = new TestEventReader(response.body);
    await reader.until((r) => idleCount(r.messages()) >= 1);
    expect(seen).toEqual({ user: { id: 'alice' }, ip: '10.0.0.7' });
    await reader.cancel();
    const refused = await runtime.fetch(openRequest(), {
      getUser: () => {
        throw new Error('no');
      },
    });
    expect(refused.status).toBe(401);
  });
});
