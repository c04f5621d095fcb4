import { describe, expect, it, vi } from 'vitest';
import { defineApp } from '../app.js';
import { CloseCode } from '../protocol/transport.js';
import { createRuntime } from './runtime.js';
import type { Logger } from './runtimeOptions.js';
import { context, openConnection } from './testConnection.js';

/** Each session keeps whatever secret its first URL query named; the page shows it. */
const app = defineApp((st) => {
  st.sessionState.secret ??= st.queryParams.secret ?? 'none';
  st.text(`secret=${String(st.sessionState.secret)}`);
});

const alice = { id: 'alice', name: 'Alice' };
const mallory = { id: 'mallory', name: 'Mallory' };

function logger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, warn: (message) => warnings.push(message), error: () => undefined };
}

describe('a session is bound to its token, user and origin', () => {
  it('newSession carries an unguessable token, different per session', async () => {
    const runtime = createRuntime(app);
    const a = openConnection(runtime);
    const b = openConnection(runtime);
    a.hello();
    b.hello();
    expect(a.newSession().sessionToken).toMatch(/^[\w-]{32}$/);
    expect(a.newSession().sessionToken).not.toBe(b.newSession().sessionToken);
    await runtime.close();
  });

  it("Mallory with Alice's id never sees Alice's state, and Alice resumes hers afterwards", async () => {
    const log = logger();
    const refused: string[] = [];
    const runtime = createRuntime(app, { logger: log, metrics: { sink: { messageRefused: (reason) => refused.push(reason) } } });
    const ctxAlice = context({ user: alice, headers: { host: 'app.test', origin: 'http://app.test' } });
    const a = openConnection(runtime, ctxAlice);
    a.hello({ query: 'secret=alice-diary' });
    await a.runFinished();
    expect(a.texts()).toEqual(['secret=alice-diary']);
    const { sessionId, sessionToken } = a.newSession();
    a.drop();

    const attempts = [
      // The id alone, from a browser that looks like Alice's to the server (the reproduction: no getUser).
      { ctx: ctxAlice, hello: { sessionId } },
      // A guessed token.
      { ctx: ctxAlice, hello: { sessionId, sessionToken: 'x'.repeat(32) } },
      // Alice's token leaked, but the host authenticated someone else.
      { ctx: context({ user: mallory, headers: { host: 'app.test', origin: 'http://app.test' } }), hello: { sessionId, sessionToken } },
    ];
    for (const attempt of attempts) {
      const m = openConnection(runtime, attempt.ctx);
      m.hello({ ...attempt.hello, lastSeq: 1 });
      await m.runFinished();
      expect(m.newSession().resumed).toBe(false);
      expect(m.newSession().sessionId).not.toBe(sessionId);
      expect(m.texts()).toEqual(['secret=none']);
      expect(JSON.stringify(m.messages)).not.toContain('alice-diary');
      m.drop();
    }
    expect(refused.filter((r) => r === 'ResumeRefused')).toHaveLength(3);
    expect(log.warnings.filter((w) => w.includes('refused to resume'))).toHaveLength(3);

    const back = openConnection(runtime, ctxAlice);
    back.hello({ sessionId, sessionToken, lastSeq: 0, query: 'secret=alice-diary' });
    expect(back.newSession()).toMatchObject({ sessionId, resumed: true });
    expect(JSON.stringify(back.messages)).toContain('secret=alice-diary');
    await runtime.close();
  });

  it('a resume from another origin is refused even when both origins are allowed', async () => {
    const runtime = createRuntime(app, { allowedOrigins: ['https://partner.test'] });
    const a = openConnection(runtime, context({ user: alice, headers: { host: 'app.test', origin: 'http://app.test' } }));
    a.hello({ query: 'secret=s1' });
    await a.runFinished();
    const { sessionId, sessionToken } = a.newSession();
    a.drop();
    const other = openConnection(runtime, context({ user: alice, headers: { host: 'app.test', origin: 'https://partner.test' } }));
    other.hello({ sessionId, sessionToken });
    expect(other.newSession().sessionId).not.toBe(sessionId);
    await runtime.close();
  });

  it('the same user in a fresh but equal user object resumes; identifyUser picks what counts', async () => {
    const runtime = createRuntime(app, { identifyUser: (user) => (user as { id: string }).id });
    const a = openConnection(runtime, context({ user: { id: 'alice', loginAt: 1 } }));
    a.hello();
    const { sessionId, sessionToken } = a.newSession();
    a.drop();
    const b = openConnection(runtime, context({ user: { id: 'alice', loginAt: 2 } }));
    b.hello({ sessionId, sessionToken });
    expect(b.newSession()).toMatchObject({ sessionId, resumed: true });
    await runtime.close();

    const byHash = createRuntime(app);
    const c = openConnection(byHash, context({ user: { id: 'alice', roles: ['x'] } }));
    c.hello();
    const ids = c.newSession();
    c.drop();
    const d = openConnection(byHash, context({ user: { roles: ['x'], id: 'alice' } }));
    d.hello({ sessionId: ids.sessionId, sessionToken: ids.sessionToken });
    expect(d.newSession()).toMatchObject({ sessionId: ids.sessionId, resumed: true });
    await byHash.close();
  });

  it('a second tab presenting a connected session gets its own session, and the first keeps working', async () => {
    const runtime = createRuntime(app);
    const a = openConnection(runtime);
    a.hello({ query: 'secret=first' });
    await a.runFinished();
    const b = openConnection(runtime);
    b.hello({ sessionId: a.newSession().sessionId, sessionToken: a.newSession().sessionToken });
    expect(b.newSession().sessionId).not.toBe(a.newSession().sessionId);
    const before = a.messages.length;
    a.handle.receive(JSON.stringify({ type: 'rerunScript', cseq: 1, widgets: [] }));
    await a.runFinished(before);
    expect(a.closedWith).toBeUndefined();
    await runtime.close();
  });
});

describe('connection limits', () => {
  it('closes a connection that says no hello within helloTimeoutMs, with 4408 and HelloTimeout', async () => {
    vi.useFakeTimers();
    try {
      const runtime = createRuntime(app, { helloTimeoutMs: 5000 });
      const silent = openConnection(runtime);
      const talker = openConnection(runtime);
      talker.hello();
      await vi.advanceTimersByTimeAsync(4999);
      expect(silent.closedWith).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(silent.closedWith).toBe(CloseCode.helloTimeout);
      expect(silent.errors()).toEqual(['HelloTimeout']);
      expect(talker.closedWith).toBeUndefined();
      // A hello after the timeout changes nothing.
      silent.hello();
      expect(silent.messages.some((m) => m.type === 'newSession')).toBe(false);
      await runtime.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('caps open connections per client address (pre-hello ones included); other addresses keep working', async () => {
    const runtime = createRuntime(app, { maxConnectionsPerIp: 2 });
    const one = openConnection(runtime, context({ ip: '10.0.0.1' }));
    const two = openConnection(runtime, context({ ip: '10.0.0.1' }));
    const three = openConnection(runtime, context({ ip: '10.0.0.1' }));
    expect(three.closedWith).toBe(CloseCode.tooManySessions);
    expect(three.errors()).toEqual(['TooManyConnections']);
    const elsewhere = openConnection(runtime, context({ ip: '10.0.0.2' }));
    elsewhere.hello();
    await elsewhere.runFinished();
    expect(elsewhere.closedWith).toBeUndefined();
    one.drop();
    const four = openConnection(runtime, context({ ip: '10.0.0.1' }));
    expect(four.closedWith).toBeUndefined();
    expect(two.closedWith).toBeUndefined();
    await runtime.close();
  });

  it('at maxSessions the session disconnected longest ago yields to a new visitor', async () => {
    const runtime = createRuntime(app, { maxSessions: 2 });
    const first = openConnection(runtime);
    first.hello({ query: 'secret=first' });
    await first.runFinished();
    first.drop();
    const second = openConnection(runtime);
    second.hello({ query: 'secret=second' });
    await second.runFinished();
    second.drop();

    const visitor = openConnection(runtime);
    visitor.hello();
    expect(visitor.closedWith).toBeUndefined();
    expect(runtime.sessionCount).toBe(2);
    // The first dropped was evicted; the second can still resume.
    const secondBack = openConnection(runtime);
    secondBack.hello({ ...ids(second), lastSeq: 1 });
    expect(secondBack.newSession()).toMatchObject({ resumed: true });
    // Both sessions are live now: the first tab's comeback is refused (its session is gone).
    const firstBack = openConnection(runtime);
    firstBack.hello({ ...ids(first), lastSeq: 1 });
    expect(firstBack.closedWith).toBe(CloseCode.tooManySessions);
    expect(firstBack.errors()).toEqual(['TooManySessions']);
    await runtime.close();
  });

  it('refuses with 4429 TooManySessions when every session is connected, and the others keep working', async () => {
    const runtime = createRuntime(app, { maxSessions: 1 });
    const a = openConnection(runtime);
    a.hello();
    await a.runFinished();
    const b = openConnection(runtime);
    b.hello();
    expect(b.closedWith).toBe(CloseCode.tooManySessions);
    expect(b.errors()).toEqual(['TooManySessions']);
    const before = a.messages.length;
    a.handle.receive(JSON.stringify({ type: 'rerunScript', cseq: 1, widgets: [] }));
    await a.runFinished(before);
    expect(a.closedWith).toBeUndefined();
    await runtime.close();
  });

  it('caps sessions per client address; that address’s oldest disconnected session yields first', async () => {
    const runtime = createRuntime(app, { maxSessionsPerIp: 2 });
    const ip = context({ ip: '10.0.0.9' });
    const a = openConnection(runtime, ip);
    a.hello();
    a.drop();
    const b = openConnection(runtime, ip);
    b.hello();
    const other = openConnection(runtime, context({ ip: '10.0.0.7' }));
    other.hello();
    other.drop();
    const c = openConnection(runtime, ip);
    c.hello();
    expect(c.closedWith).toBeUndefined();
    expect(runtime.sessionCount).toBe(3);
    // a was evicted (not the other address's session); b and c are live: a fourth is refused.
    const aBack = openConnection(runtime, ip);
    aBack.hello(ids(a));
    expect(aBack.closedWith).toBe(CloseCode.tooManySessions);
    expect(aBack.errors()).toEqual(['TooManyConnections']);
    const otherBack = openConnection(runtime, context({ ip: '10.0.0.7' }));
    otherBack.hello(ids(other));
    expect(otherBack.newSession().resumed).toBe(true);
    await runtime.close();
  });

  it('refuses a connection from a foreign origin with 4403 OriginRefused before any session', async () => {
    const runtime = createRuntime(app);
    const evil = openConnection(runtime, context({ headers: { host: 'app.test', origin: 'https://evil.test' } }));
    expect(evil.closedWith).toBe(CloseCode.originRefused);
    expect(evil.errors()).toEqual(['OriginRefused']);
    evil.hello();
    expect(runtime.sessionCount).toBe(0);
    const own = openConnection(runtime, context({ headers: { host: 'app.test', origin: 'HTTP://App.Test/' } }));
    own.hello();
    expect(own.closedWith).toBeUndefined();
    expect(runtime.sessionCount).toBe(1);
    await runtime.close();
  });
});

function ids(conn: ReturnType<typeof openConnection>): { sessionId: string; sessionToken: string } {
  const { sessionId, sessionToken } = conn.newSession();
  if (sessionToken === undefined) throw new Error('newSession without a token');
  return { sessionId, sessionToken };
}
