import { afterEach, describe, expect, it } from 'vitest';
import type { AnyState, AppScript } from '../app.js';
import { createMemorySessionStore } from '../store/memorySessionStore.js';
import { createMemoryPubSub } from '../store/pubSub.js';
import { clusterRuntimes, controlledStore, testCluster, testTab } from './testCluster.js';

afterEach(async () => {
  await Promise.all(clusterRuntimes.splice(0).map((r) => r.close()));
});

const counterApp: AppScript<AnyState> = async (st) => {
  st.sessionState.count ??= 0;
  const n = st.slider('n', { minValue: 0, maxValue: 10, value: 3, key: 'n' });
  const name = st.textInput('name', { key: 'name' });
  if (st.button('inc', { key: 'inc' })) st.sessionState.count += 1;
  st.markdown(`count=${st.sessionState.count} n=${n} name=${name} q=${st.queryParams.q ?? ''}`);
};

describe('a session taken over by another process', () => {
  it('resumes there with its session state, widget values and query params, and the page shows the same', async () => {
    const { a, b } = testCluster(counterApp);
    const route = { current: a };
    const t = testTab(route);
    await t.settled();
    t.set('n', 7);
    t.set('name', 'Ada');
    t.click('inc');
    t.click('inc');
    await t.settled();
    expect(t.texts()).toEqual(['count=2 n=7 name=Ada q=1']);

    // The worker dies: its memory and its subscriptions are gone.
    t.conn.disconnect();
    await a.close();
    route.current = b;
    t.conn.reconnect();
    await t.settled();

    expect(b.session(t.conn.sessionId!)).toBeDefined();
    expect(t.messages.filter((m) => m.type === 'newSession').at(-1)).toMatchObject({ resumed: true, sessionId: t.conn.sessionId });
    // The snapshot of the rebuilt page: the same text, and the widgets with the values the user gave them.
    expect(t.shown()).toEqual(['n: 7', 'name: "Ada"', 'inc: false', 'count=2 n=7 name=Ada q=1']);
    t.click('inc');
    await t.settled();
    expect(t.texts()).toEqual(['count=3 n=7 name=Ada q=1']);
  });
});

describe('inputs across a worker death', () => {
  it('applies once the inputs that were acknowledged but not yet in the written state (written ahead)', async () => {
    const shared = createMemorySessionStore();
    const dying = controlledStore(shared);
    const { a } = testCluster(counterApp, { sessionStore: dying.store, pubSub: createMemoryPubSub() });
    const b = testCluster(counterApp, { sessionStore: shared }).b;
    const route = { current: a };
    const t = testTab(route);
    await t.settled();
    // From here on the dying worker's state writes never land; its inputs' writes ahead do.
    dying.modes.save = 'skip';
    t.click('inc');
    t.set('n', 5);
    t.click('inc');
    t.click('inc');
    await t.settled();
    expect(t.texts()).toEqual(['count=3 n=5 name= q=1']);
    t.conn.disconnect();
    await a.close();
    route.current = b;
    t.conn.reconnect();
    await t.settled();
    expect(t.texts()).toEqual(['count=3 n=5 name= q=1']);
  });

  it.each(['ok', 'skip'] as const)('re-sends the inputs that were not acknowledged and applies them once (state writes: %s)', async (save) => {
    const shared = createMemorySessionStore();
    const dying = controlledStore(shared);
    const { a } = testCluster(counterApp, { sessionStore: dying.store, pubSub: createMemoryPubSub() });
    const b = testCluster(counterApp, { sessionStore: shared }).b;
    const route = { current: a };
    const t = testTab(route);
    await t.settled();
    const inc = [...t.session()!.state.metadata.values()].find((m) => m.key === 'inc')!.id;
    // The dying worker applies these clicks, but their writes ahead never finish: no ack reaches the tab.
    dying.modes.append = 'hang';
    dying.modes.save = save;
    t.click('inc');
    t.click('inc');
    await t.session()!.runner.idle();
    expect(t.messages.some((m) => m.type === 'ack' && m.cseq > 0)).toBe(false);
    t.conn.disconnect();
    await a.close();
    // Two more clicks while the tab is disconnected.
    t.conn.send({ type: 'rerunScript', widgets: [{ id: inc, value: true, trigger: true }] });
    t.conn.send({ type: 'rerunScript', widgets: [{ id: inc, value: true, trigger: true }] });
    route.current = b;
    t.conn.reconnect();
    await t.settled();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await t.session()!.runner.idle();
    expect(t.texts()).toEqual(['count=4 n=3 name= q=1']);
  });

  it('a reloaded page numbers its inputs from 1 again, and a takeover applies neither era twice', async () => {
    const { a, b } = testCluster(counterApp);
    const route = { current: a };
    const first = testTab(route);
    await first.settled();
    first.click('inc');
    first.click('inc');
    first.click('inc');
    await first.settled();
    first.conn.disconnect();
    // The same tab after a reload: its session id survives (sessionStorage), its cseq starts at 1 again.
    const again = testTab(route, { sessionId: first.conn.sessionId!, sessionToken: first.conn.sessionToken! });
    await again.settled();
    again.click('inc');
    await again.settled();
    expect(again.texts()).toEqual(['count=4 n=3 name= q=1']);
    again.conn.disconnect();
    await a.close();
    route.current = b;
    again.conn.reconnect();
    await again.settled();
    expect(again.texts()).toEqual(['count=4 n=3 name= q=1']);
  });
});
