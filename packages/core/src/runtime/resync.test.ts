import { describe, expect, it, vi } from 'vitest';
import type { AppScript, AnyState } from '../app.js';
import { applyForwardMsg } from '../protocol/applyForwardMsg.js';
import { createClientTree } from '../protocol/clientTree.js';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import { connectInMemory } from '../transport/memoryConnection.js';
import { createTestRuntime, type TestRuntime } from './runtime.js';

/** A client that builds its tree with the reducer and records every message. */
function client(runtime: TestRuntime, resume?: { sessionId: string; sessionToken: string }) {
  const state = { tree: createClientTree(), messages: [] as ForwardMsg[] };
  const connection = connectInMemory(runtime, {
    onMessage: (msg) => {
      state.messages.push(msg);
      state.tree = applyForwardMsg(state.tree, msg);
    },
    ...resume,
  });
  const texts = () => state.tree.roots[0]!.children.map((c) => (c.kind === 'element' ? c.proto['body'] : undefined));
  return { state, connection, texts, session: () => runtime.session(connection.sessionId!)! };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('resuming beyond the replay ring', () => {
  it('gets an empty snapshot, then a rerun that sends every element, and the client shows the page', async () => {
    let runs = 0;
    const app: AppScript<AnyState> = (st) => {
      runs += 1;
      st.text(`run ${runs}`);
      for (let i = 0; i < 20; i++) st.text(`a long line of text number ${i} in run ${runs}`);
    };
    const runtime = createTestRuntime(app, { replayLimitBytes: 1000 });
    const c = client(runtime);
    await c.session().runner.idle();
    c.connection.disconnect();
    c.session().requestRerun();
    await c.session().runner.idle();
    expect(c.session().queue.kept.bytes).toBeLessThanOrEqual(1000);
    c.state.messages.length = 0;
    c.connection.reconnect();
    await c.session().runner.idle();
    const types = c.state.messages.map((m) => m.type);
    expect(types.slice(0, 3)).toEqual(['newSession', 'snapshot', 'sessionStatus']);
    expect(c.state.messages[1]).toMatchObject({ type: 'snapshot', roots: [] });
    expect(runs).toBe(3);
    expect(c.texts()).toEqual(['run 3', ...Array.from({ length: 20 }, (_, i) => `a long line of text number ${i} in run 3`)]);
    expect(c.state.tree.errors).toEqual([]);
    await runtime.close();
  });

  it('a gap still in the ring is replayed, without a rerun', async () => {
    let runs = 0;
    const runtime = createTestRuntime((st) => st.text(`run ${++runs}`));
    const c = client(runtime);
    await c.session().runner.idle();
    c.connection.disconnect();
    c.session().requestRerun();
    await c.session().runner.idle();
    c.state.messages.length = 0;
    c.connection.reconnect();
    await c.session().runner.idle();
    expect(c.state.messages.some((m) => m.type === 'snapshot')).toBe(false);
    expect(runs).toBe(2);
    expect(c.texts()).toEqual(['run 2']);
    await runtime.close();
  });

  it('a reloaded page (no lastSeq) gets the same: the run in progress stops writing, the rerun fills the page', async () => {
    const gate = deferred();
    let runs = 0;
    const runtime = createTestRuntime(async (st) => {
      runs += 1;
      st.text('a');
      await gate.promise;
      st.text('b');
    });
    const first = client(runtime);
    const sessionId = first.connection.sessionId!;
    const sessionToken = first.connection.sessionToken!;
    await vi.waitFor(() => expect(first.texts()).toEqual(['a']));
    first.connection.disconnect();
    const reloaded = client(runtime, { sessionId, sessionToken });
    expect(reloaded.connection.sessionId).toBe(sessionId);
    gate.resolve();
    await reloaded.session().runner.idle();
    expect(runs).toBe(2);
    expect(reloaded.texts()).toEqual(['a', 'b']);
    expect(reloaded.state.tree.errors).toEqual([]);
    await runtime.close();
  });

  it("keeps widget state and session state through the rerun: the widgets' values the client set, and the script's own keys", async () => {
    let runs = 0;
    const app: AppScript<AnyState> = (st) => {
      runs += 1;
      const name = st.textInput('Name', { key: 'name' });
      const level = st.slider('Level', { minValue: 0, maxValue: 100, value: 10, key: 'level' });
      st.sessionState['visits'] = Number(st.sessionState['visits'] ?? 0) + 1;
      st.text(`name=${name} level=${level}`);
      for (let i = 0; i < 20; i++) st.text(`a long line of text number ${i} in run ${runs}`);
    };
    const runtime = createTestRuntime(app, { replayLimitBytes: 1000 });
    const c = client(runtime);
    await c.session().runner.idle();
    const id = (type: string) => [...c.session().state.metadata.values()].find((m) => m.type === type)!.id;
    c.connection.send({ type: 'rerunScript', widgets: [{ id: id('textInput'), value: 'Ada' }] });
    await c.session().runner.idle();
    c.connection.send({ type: 'rerunScript', widgets: [{ id: id('slider'), value: 42 }] });
    await c.session().runner.idle();
    c.connection.disconnect();
    c.session().requestRerun();
    await c.session().runner.idle();
    c.state.messages.length = 0;
    c.connection.reconnect();
    await c.session().runner.idle();
    expect(c.state.messages[1]).toMatchObject({ type: 'snapshot', roots: [] });
    expect(runs).toBe(5);
    const shown = c.state.tree.roots[0]!.children.map((n) => (n.kind === 'element' ? n.proto : undefined));
    expect(shown.slice(0, 3)).toMatchObject([
      { type: 'textInput', value: 'Ada' },
      { type: 'slider', value: 42 },
      { type: 'text', body: 'name=Ada level=42' },
    ]);
    expect(c.session().state.get('visits')).toBe(5);
    // The widgets answer the client as before the resume.
    c.connection.send({ type: 'rerunScript', widgets: [{ id: id('slider'), value: 43 }] });
    await c.session().runner.idle();
    expect(c.texts()[2]).toBe('name=Ada level=43');
    await runtime.close();
  });

  it('replays a streamed answer (its textAppends) from the ring, without a rerun', async () => {
    let runs = 0;
    async function* words(...list: string[]): AsyncGenerator<string> {
      for (const w of list) {
        await Promise.resolve();
        yield w;
      }
    }
    const runtime = createTestRuntime(async (st) => {
      runs += 1;
      await st.writeStream(words(`run ${runs}`, ' is', ' streamed'));
    });
    const c = client(runtime);
    await c.session().runner.idle();
    c.connection.disconnect();
    c.session().requestRerun();
    await c.session().runner.idle();
    c.state.messages.length = 0;
    c.connection.reconnect();
    await c.session().runner.idle();
    expect(c.state.messages.some((m) => m.type === 'snapshot')).toBe(false);
    expect(c.state.messages.filter((m) => m.type === 'textAppend').map((m) => m.text)).toEqual([' is', ' streamed']);
    expect(runs).toBe(2);
    expect(c.texts()).toEqual(['run 2 is streamed']);
    expect(c.state.tree.errors).toEqual([]);
    await runtime.close();
  });
});
