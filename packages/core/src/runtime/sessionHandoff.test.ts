import { afterEach, describe, expect, it } from 'vitest';
import type { AnyState, AppScript } from '../app.js';
import type { BackgroundTask } from '../background/backgroundTasks.js';
import type { SessionHandle } from '../dg/scriptContext.js';
import { createMemorySessionStore } from '../store/memorySessionStore.js';
import type { SessionStore } from '../store/sessionStore.js';
import type { Logger } from './runtimeOptions.js';
import { clusterRuntimes, controlledStore, testCluster, testTab } from './testCluster.js';
import { openConnection } from './testConnection.js';

afterEach(async () => {
  await Promise.all(clusterRuntimes.splice(0).map((r) => r.close()));
});

const counterApp: AppScript<AnyState> = async (st) => {
  st.sessionState.count ??= 0;
  const n = st.slider('n', { minValue: 0, maxValue: 10, value: 3, key: 'n' });
  if (st.button('inc', { key: 'inc' })) st.sessionState.count += 1;
  st.markdown(`count=${st.sessionState.count} n=${n}`);
};

describe('without sticky routing: a session moves to the process its client reaches', () => {
  it('the holder hands it over (written, closed there) and it moves back the same way', async () => {
    const { a, b } = testCluster(counterApp);
    const route = { current: a };
    const t = testTab(route);
    await t.settled();
    t.click('inc');
    t.set('n', 9);
    await t.settled();
    const id = t.conn.sessionId!;
    for (const [to, from] of [
      [b, a],
      [a, b],
      [b, a],
    ] as const) {
      t.conn.disconnect();
      route.current = to;
      t.conn.reconnect();
      await t.settled();
      expect(to.session(id)?.connected).toBe(true);
      expect(from.session(id)).toBeUndefined();
      t.click('inc');
      await t.settled();
    }
    expect(t.texts()).toEqual(['count=4 n=9']);
  });

  it('a second tab with the same session id (a duplicated tab) gets its own session while the first is connected elsewhere', async () => {
    const { a, b } = testCluster(counterApp);
    const first = testTab({ current: a });
    await first.settled();
    first.click('inc');
    await first.settled();
    const copy = testTab({ current: b }, { sessionId: first.conn.sessionId!, sessionToken: first.conn.sessionToken! });
    await copy.settled();
    expect(copy.conn.sessionId).not.toBe(first.conn.sessionId);
    expect(copy.texts()).toEqual(['count=0 n=3']);
    expect(a.session(first.conn.sessionId!)?.connected).toBe(true);
  });

  it('the same client (its hello.clientId) resuming elsewhere while its old connection still looks open takes the session with it', async () => {
    const { a, b } = testCluster(counterApp);
    const first = openConnection(a);
    first.hello({ clientId: 'tab-1', query: 'q=1' });
    await first.runFinished();
    const { sessionId, sessionToken } = first.newSession();
    // The client lost its connection to `a` without `a` noticing, and reached `b`.
    const second = openConnection(b);
    second.hello({ clientId: 'tab-1', sessionId, sessionToken, lastSeq: 1, query: 'q=1' });
    await second.runFinished();
    expect(second.newSession()).toMatchObject({ sessionId, resumed: true });
    expect(first.closedWith).toBeDefined();
    expect(a.session(sessionId)).toBeUndefined();
    expect(b.session(sessionId)?.connected).toBe(true);
  });
});

describe('binding across processes (token, user, origin)', () => {
  it('a hello with the session id but not its token gets a new session, and the session stays where it was', async () => {
    const warnings: string[] = [];
    const logger: Logger = { warn: (m) => warnings.push(m), error: () => undefined };
    const { a, b } = testCluster(counterApp, { logger });
    const owner = testTab({ current: a });
    await owner.settled();
    owner.click('inc');
    await owner.settled();
    owner.conn.disconnect();
    const thief = testTab({ current: b }, { sessionId: owner.conn.sessionId!, sessionToken: 'x'.repeat(32) });
    await thief.settled();
    expect(thief.conn.sessionId).not.toBe(owner.conn.sessionId);
    expect(thief.texts()).toEqual(['count=0 n=3']);
    expect(warnings.some((w) => w.includes('refused to resume a session: its token differs'))).toBe(true);
    expect(a.session(owner.conn.sessionId!)).toBeDefined();
    owner.conn.reconnect();
    await owner.settled();
    expect(owner.texts()).toEqual(['count=1 n=3']);
  });

  it('a stored session is resumed only by the same user and origin, with its token', async () => {
    const { a, b } = testCluster(counterApp, { allowedOrigins: ['http://app.test', 'http://other.test'] });
    const as = (user: string, origin: string) => ({ url: 'http://app.test/', headers: { origin, host: 'app.test' }, cookies: {}, user });
    const route = { current: a };
    const alice = testTab(route, { context: as('alice', 'http://app.test') });
    await alice.settled();
    alice.click('inc');
    await alice.settled();
    alice.conn.disconnect();
    await a.close();
    route.current = b;
    const stolen = { sessionId: alice.conn.sessionId!, sessionToken: alice.conn.sessionToken! };
    for (const context of [as('mallory', 'http://app.test'), as('alice', 'http://other.test')]) {
      const other = testTab(route, { ...stolen, context });
      await other.settled();
      expect(other.conn.sessionId).not.toBe(alice.conn.sessionId);
      expect(other.texts()).toEqual(['count=0 n=3']);
      other.conn.disconnect();
    }
    alice.conn.reconnect();
    await alice.settled();
    expect(alice.conn.sessionId).toBe(stolen.sessionId);
    expect(alice.texts()).toEqual(['count=1 n=3']);
  });
});

describe('what lived in the process that held the session', () => {
  it("reports a background task that was running there as 'lost'; dismissing it starts it again", async () => {
    let started = 0;
    const app: AppScript<AnyState> = async (st) => {
      const task: BackgroundTask<string> = st.background('report', async ({ signal }) => {
        started++;
        await new Promise((resolve) => signal.addEventListener('abort', () => resolve(undefined)));
        return 'never';
      });
      if (st.button('again', { key: 'again' }) && task.status === 'lost') task.dismiss();
      st.markdown(`task=${task.status}`);
    };
    const { a, b } = testCluster(app);
    const route = { current: a };
    const t = testTab(route);
    await t.settled();
    expect(t.texts()).toEqual(['task=running']);
    t.conn.disconnect();
    await a.close();
    route.current = b;
    t.conn.reconnect();
    await t.settled();
    expect(t.texts()).toEqual(['task=lost']);
    expect(started).toBe(1);
    t.click('again');
    await t.settled();
    t.click('again');
    await t.settled();
    expect(started).toBe(2);
    expect(t.texts()).toEqual(['task=running']);
  });

  it('st.session.requestRerun() on a handle kept from before the move reruns the session where it is now', async () => {
    const handles: SessionHandle<AnyState>[] = [];
    const runsOn: string[] = [];
    const app =
      (worker: string): AppScript<AnyState> =>
      async (st) => {
        runsOn.push(worker);
        if (handles.length === 0) handles.push(st.session);
        st.markdown('hello');
      };
    const shared = createMemorySessionStore();
    const { a, pubSub } = testCluster(app('a'), { sessionStore: shared });
    const b = testCluster(app('b'), { sessionStore: shared, pubSub }).b;
    const route = { current: a };
    const t = testTab(route);
    await t.settled();
    t.conn.disconnect();
    route.current = b;
    t.conn.reconnect();
    await t.settled();
    const before = runsOn.length;
    handles[0]!.requestRerun();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await b.session(t.conn.sessionId!)!.runner.idle();
    expect(runsOn.slice(before)).toEqual(['b']);
    a.requestRerun(t.conn.sessionId!);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await b.session(t.conn.sessionId!)!.runner.idle();
    expect(runsOn.slice(before)).toEqual(['b', 'b']);
  });
});

describe('values a store cannot keep', () => {
  it('refuses a function in session state with UnserializableValue naming the key', async () => {
    const app: AppScript<AnyState> = async (st) => {
      const rows: Record<string, unknown>[] = [{ id: 1 }];
      st.sessionState.rows = rows;
      rows[0]!.open = () => 1;
      st.sessionState.ok = 1;
      st.sessionState.conn = { query: () => 1 };
    };
    const { a } = testCluster(app);
    const t = testTab({ current: a });
    await t.settled();
    const exception = t.messages.flatMap((m) => (m.type === 'delta' && 'element' in m && m.element.type === 'exception' ? [m.element] : []))[0];
    expect(exception).toMatchObject({ code: 'UnserializableValue' });
    expect(String(exception?.['message'])).toContain('st.sessionState.conn.query is a function');
  });
});

describe('the store down', () => {
  it('keeps serving from memory, warns once, reports degraded health, and writes again when it is back', async () => {
    const warnings: string[] = [];
    const logger: Logger = { warn: (m) => warnings.push(m), error: () => undefined, info: () => undefined };
    const shared = createMemorySessionStore();
    const flaky = controlledStore(shared);
    const { a } = testCluster(counterApp, { sessionStore: flaky.store, logger, cluster: { storeRetryMs: 20 } });
    const health = async () => (await (await a.fetch(new Request('http://x/_lit-ui/health'))).json()) as { status: string };
    const t = testTab({ current: a });
    await t.settled();
    expect((await health()).status).toBe('ok');
    flaky.modes.all = 'fail';
    t.click('inc');
    t.click('inc');
    await t.settled();
    expect(t.texts()).toEqual(['count=2 n=3']);
    expect(await health()).toMatchObject({ status: 'degraded', store: { state: 'degraded', error: 'connect ECONNREFUSED 127.0.0.1:6379' } });
    expect(warnings.filter((w) => w.includes('session store cannot be reached'))).toHaveLength(1);
    flaky.modes.all = 'ok';
    for (let i = 0; i < 100 && (await health()).status !== 'ok'; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await health()).status).toBe('ok');
    await new Promise((resolve) => setTimeout(resolve, 10));
    const stored = await shared.load(t.conn.sessionId!);
    expect(stored?.record.state.values).toContainEqual(['count', 2]);
  });
});

describe('drain', () => {
  it('writes every session, closes it here, and its client resumes it in another process with nothing lost', async () => {
    const { a, b } = testCluster(counterApp);
    const route = { current: a };
    const tabs = [testTab(route), testTab(route), testTab(route)];
    for (const t of tabs) await t.settled();
    tabs.forEach((t, i) => {
      for (let k = 0; k <= i; k++) t.click('inc');
    });
    const draining = a.drain();
    const health = await a.fetch(new Request('http://x/_lit-ui/health'));
    expect(health.status).toBe(503);
    await draining;
    expect(a.sessionCount).toBe(0);
    route.current = b;
    for (const t of tabs) {
      t.conn.disconnect();
      t.conn.reconnect();
      await t.settled();
    }
    expect(tabs.map((t) => t.texts()[0])).toEqual(['count=1 n=3', 'count=2 n=3', 'count=3 n=3']);
  });
});

describe('a store that restarts empty', () => {
  it('the holder writes the session again at its next input, and another process can still take it over', async () => {
    let inner = createMemorySessionStore();
    const wipeable: SessionStore = {
      load: (...args) => inner.load(...args),
      claim: (...args) => inner.claim(...args),
      save: (...args) => inner.save(...args),
      appendInput: (...args) => inner.appendInput(...args),
      touch: (...args) => inner.touch(...args),
      delete: (...args) => inner.delete(...args),
    };
    const { a, b } = testCluster(counterApp, { sessionStore: wipeable });
    const route = { current: a };
    const t = testTab(route);
    await t.settled();
    t.click('inc');
    await t.settled();
    inner = createMemorySessionStore();
    t.click('inc');
    await t.settled();
    expect(a.session(t.conn.sessionId!)?.connected).toBe(true);
    t.conn.disconnect();
    await a.close();
    route.current = b;
    t.conn.reconnect();
    await t.settled();
    expect(t.texts()).toEqual(['count=2 n=3']);
  });
});
