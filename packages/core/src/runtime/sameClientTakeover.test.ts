import { describe, expect, it } from 'vitest';
import { defineApp } from '../app.js';
import { CloseCode } from '../protocol/transport.js';
import { createRuntime } from './runtime.js';
import { openConnection } from './testConnection.js';

/** A counter: each click on "inc" adds one. */
const app = defineApp((st) => {
  st.sessionState.count ??= 0;
  if (st.button('inc', { key: 'inc' })) st.sessionState.count += 1;
  st.text(`count=${String(st.sessionState.count)}`);
});

/** The widget id of the "inc" button, from the first run's deltas. */
function incId(conn: ReturnType<typeof openConnection>): string {
  for (const m of conn.messages) if (m.type === 'delta' && 'element' in m && m.element.type === 'button') return String(m.element['id']);
  throw new Error('no button');
}

/** Resolves once input `cseq` is acknowledged on `conn` and a run finished after it. */
async function applied(conn: ReturnType<typeof openConnection>, cseq: number): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    const ackAt = conn.messages.findIndex((m) => m.type === 'ack' && m.cseq >= cseq);
    if (ackAt >= 0 && conn.messages.slice(ackAt).some((m) => m.type === 'scriptFinished')) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error(`input ${cseq} was not applied; got ${JSON.stringify(conn.messages.map((m) => m.type))}`);
}

describe('the same client resuming while the server still believes its old connection open', () => {
  it('takes the session over: same state, the old connection closed, the click sent meanwhile applied once', async () => {
    const runtime = createRuntime(app);
    const first = openConnection(runtime);
    first.hello({ clientId: 'tab-1' });
    await first.runFinished();
    const { sessionId, sessionToken } = first.newSession();
    const inc = incId(first);
    first.handle.receive(JSON.stringify({ type: 'rerunScript', cseq: 1, widgets: [{ id: inc, value: true, trigger: true }] }));
    await applied(first, 1);
    expect(first.texts().at(-1)).toBe('count=1');

    // The network dropped without a FIN: the server never hears `closed()` from `first`.
    const second = openConnection(runtime);
    second.hello({ clientId: 'tab-1', sessionId, sessionToken, lastSeq: 1 });
    second.handle.receive(JSON.stringify({ type: 'rerunScript', cseq: 2, widgets: [{ id: inc, value: true, trigger: true }] }));
    await applied(second, 2);

    expect(second.newSession()).toMatchObject({ sessionId, resumed: true });
    expect(first.closedWith).toBe(CloseCode.goingAway);
    expect(second.texts().at(-1)).toBe('count=2');
    // The old connection's late close changes nothing: the session stays with the new one.
    first.drop();
    second.handle.receive(JSON.stringify({ type: 'rerunScript', cseq: 3, widgets: [{ id: inc, value: true, trigger: true }] }));
    await applied(second, 3);
    expect(second.texts().at(-1)).toBe('count=3');
    expect(second.closedWith).toBeUndefined();
    await runtime.close();
  });

  it('another client with the same id and token (a duplicated tab) gets a new session; the first keeps its own', async () => {
    const runtime = createRuntime(app);
    const first = openConnection(runtime);
    first.hello({ clientId: 'tab-1' });
    await first.runFinished();
    const { sessionId, sessionToken } = first.newSession();

    for (const clientId of ['tab-2', undefined]) {
      const copy = openConnection(runtime);
      copy.hello({ ...(clientId ? { clientId } : {}), sessionId, sessionToken, lastSeq: 1 });
      await copy.runFinished();
      expect(copy.newSession().sessionId).not.toBe(sessionId);
      expect(copy.newSession().resumed).toBe(false);
      expect(copy.texts()).toEqual(['count=0']);
    }
    expect(first.closedWith).toBeUndefined();
    await runtime.close();
  });

  it('a hello whose clientId is not a short string is refused as malformed, and the session goes on', async () => {
    const runtime = createRuntime(app);
    const first = openConnection(runtime);
    first.hello({ clientId: 'tab-1' });
    await first.runFinished();
    const { sessionId, sessionToken } = first.newSession();
    const bad = openConnection(runtime);
    bad.hello({ clientId: 'x'.repeat(65), sessionId, sessionToken });
    expect(bad.messages.some((m) => m.type === 'newSession')).toBe(false);
    expect(first.closedWith).toBeUndefined();
    await runtime.close();
  });
});
