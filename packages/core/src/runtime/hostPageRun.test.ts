import { afterEach, describe, expect, it } from 'vitest';
import { defineApp } from '../app.js';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import { runForHostPage, type HostPageRun } from './hostPageRun.js';
import { createRuntime } from './runtime.js';
import type { Runtime } from './runtimeOptions.js';
import { context, openConnection } from './testConnection.js';

let runtime: Runtime | undefined;
afterEach(async () => {
  await runtime?.close();
  runtime = undefined;
});

/** A page request as the browser sends it for `http://app.test/app/<path>`. */
function pageRequest(path: string, headers: Record<string, string> = {}): Request {
  return new Request(`http://app.test/app/${path}`, { headers: { host: 'app.test', ...headers } });
}

const messagesOf = (run: HostPageRun | undefined): ForwardMsg[] => JSON.parse(run?.messagesJson ?? '[]') as ForwardMsg[];
const texts = (messages: readonly ForwardMsg[]): string[] =>
  messages.flatMap((m) => (m.type === 'delta' && 'element' in m && m.element.type === 'text' ? [String(m.element['body'])] : []));
const lastSeq = (messages: readonly ForwardMsg[]): number => Math.max(...messages.map((m) => m.seq));

describe('runForHostPage', () => {
  it('runs the app as a connection from the page would, and the page’s socket resumes that session without running again', async () => {
    let runs = 0;
    runtime = createRuntime(
      defineApp((st) => {
        runs++;
        st.text(`page=${st.context.url} q=${String(st.queryParams['x'])} locale=${st.context.locale} user=${String(st.context.user)}`);
        st.text(`cookie=${st.context.cookies['theme']} ip=${st.context.ipAddress}`);
        st.sessionState.n ??= 0;
        if (st.button('inc', { key: 'inc' })) st.sessionState.n += 1;
        st.text(`n=${st.sessionState.n}`);
      }),
    );
    const run = await runForHostPage(runtime, pageRequest('?x=1', { cookie: 'theme=dark', 'accept-language': 'fr-FR,fr;q=0.9' }), {
      pagePath: '',
      info: { ip: '10.0.0.7', getUser: () => 'ann' },
    });
    const first = messagesOf(run);
    expect(first[0]).toMatchObject({ type: 'newSession', sessionId: run?.sessionId, resumed: false });
    expect(texts(first)).toEqual(['page=http://app.test/app/?x=1 q=1 locale=fr-FR user=ann', 'cookie=dark ip=10.0.0.7', 'n=0']);
    expect(first.some((m) => m.type === 'scriptFinished')).toBe(true);
    expect(runs).toBe(1);

    // The page's socket: same origin, same user, the session's id and token, and the last seq the page applied.
    const newSession = first[0] as Extract<ForwardMsg, { type: 'newSession' }>;
    const conn = openConnection(runtime, context({ headers: { host: 'app.test', origin: 'http://app.test' }, ip: '10.0.0.7', user: 'ann' }));
    conn.hello({
      sessionId: newSession.sessionId,
      sessionToken: newSession.sessionToken,
      lastSeq: lastSeq(first),
      query: 'x=1',
      pagePath: '',
      timezone: 'Asia/Tokyo',
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(conn.newSession()).toMatchObject({ sessionId: newSession.sessionId, resumed: true });
    expect(runs).toBe(1);
    expect(runtime.sessionCount).toBe(1);
    const button = first.find((m) => m.type === 'delta' && 'element' in m && m.element.type === 'button');
    const id = button?.type === 'delta' && 'element' in button ? String(button.element['id']) : '';
    conn.handle.receive(JSON.stringify({ type: 'rerunScript', cseq: 1, widgets: [{ id, value: true }] }));
    await conn.runFinished();
    expect(conn.texts()).toContain('n=1');
  });

  it('sends what the run produced by waitMs; the rest comes when the page connects', async () => {
    runtime = createRuntime(
      defineApp(async (st) => {
        st.text('title');
        await new Promise((resolve) => setTimeout(resolve, 120));
        st.text('after the query');
      }),
    );
    const run = await runForHostPage(runtime, pageRequest(''), { pagePath: '', waitMs: 30 });
    const first = messagesOf(run);
    expect(texts(first)).toEqual(['title']);
    const newSession = first[0] as Extract<ForwardMsg, { type: 'newSession' }>;
    const conn = openConnection(runtime, context({ headers: { host: 'app.test', origin: 'http://app.test' } }));
    conn.hello({ sessionId: newSession.sessionId, sessionToken: newSession.sessionToken, lastSeq: lastSeq(first) });
    await conn.runFinished();
    expect(conn.texts()).toEqual(['after the query']);
  });

  it('reruns, once the browser says it, a run that read the time zone before it was known', async () => {
    let runs = 0;
    runtime = createRuntime(
      defineApp((st) => {
        runs++;
        st.text(`zone=${st.context.timezone ?? 'unknown'}`);
      }),
    );
    const first = messagesOf(await runForHostPage(runtime, pageRequest(''), { pagePath: '' }));
    expect(texts(first)).toEqual(['zone=unknown']);
    const newSession = first[0] as Extract<ForwardMsg, { type: 'newSession' }>;
    const conn = openConnection(runtime, context({ headers: { host: 'app.test', origin: 'http://app.test' } }));
    conn.hello({ sessionId: newSession.sessionId, sessionToken: newSession.sessionToken, lastSeq: lastSeq(first), timezone: 'Asia/Tokyo' });
    await conn.runFinished();
    expect(conn.texts()).toEqual(['zone=Asia/Tokyo']);
    expect(runs).toBe(2);
  });

  it('gives nothing when the limits refuse the session or the host refuses the user; the page then connects as usual', async () => {
    runtime = createRuntime(
      defineApp((st) => st.text('hi')),
      { maxSessionsPerIp: 1 },
    );
    const live = openConnection(runtime, context({ ip: '10.0.0.9' }));
    live.hello();
    await live.runFinished();
    // The address's one session is connected: a page from it gets no session of its own, and the live one is kept.
    expect(await runForHostPage(runtime, pageRequest(''), { pagePath: '', info: { ip: '10.0.0.9' } })).toBeUndefined();
    expect(live.closedWith).toBeUndefined();
    expect(runtime.sessionCount).toBe(1);
    const refusedUser = { ip: '10.0.0.8', getUser: () => Promise.reject(new Error('not signed in')) };
    expect(await runForHostPage(runtime, pageRequest(''), { pagePath: '', info: refusedUser })).toBeUndefined();
    expect(runtime.sessionCount).toBe(1);
  });
});
