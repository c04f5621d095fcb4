import { describe, expect, it, vi } from 'vitest';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import { connectInMemory } from '../transport/memoryConnection.js';
import { createTestRuntime } from './runtime.js';

/** `expect.stringMatching`, typed: Vitest declares its asymmetric matchers as `any`. */
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

describe("the client's acknowledgements (ack { seq })", () => {
  it('empty the replay ring of a connected session', async () => {
    const runtime = createTestRuntime((st) => {
      for (let i = 0; i < 50; i++) st.text(`row ${i}`);
    });
    const conn = connectInMemory(runtime, { onMessage: () => undefined, ackDelayMs: 0 });
    const session = runtime.session(conn.sessionId!)!;
    await session.runner.idle();
    await vi.waitFor(() => expect(session.queue.kept).toEqual({ messages: 0, bytes: 0 }));
    await runtime.close();
  });

  it('an ack of a seq never sent, or with a cseq, is refused with InvalidMessage and trims nothing; the session goes on', async () => {
    const runtime = createTestRuntime((st) => st.text('hi'));
    const messages: ForwardMsg[] = [];
    const handle = runtime.connect({
      context: { url: 'test://', headers: {}, cookies: {} },
      send: (batch) => void messages.push(...batch),
      close: () => undefined,
    });
    handle.receive(JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1 }));
    const session = runtime.session((messages[0] as { sessionId: string }).sessionId)!;
    await session.runner.idle();
    const kept = session.queue.kept.messages;
    expect(kept).toBeGreaterThan(0);
    handle.receive(JSON.stringify({ cseq: 0, type: 'ack', seq: session.queue.lastSeq + 5 }));
    expect(messages.at(-1)).toMatchObject({ type: 'error', code: 'InvalidMessage', message: matching(/ack of seq/) });
    handle.receive(JSON.stringify({ cseq: 4, type: 'ack', seq: 1 }));
    expect(messages.at(-1)).toMatchObject({ type: 'error', code: 'InvalidMessage' });
    expect(session.queue.kept.messages).toBe(kept);
    handle.receive(JSON.stringify({ cseq: 0, type: 'ack', seq: session.queue.lastSeq }));
    expect(session.queue.kept.messages).toBe(0);
    handle.receive(JSON.stringify({ cseq: 1, type: 'rerunScript', widgets: [] }));
    await session.runner.idle();
    expect(messages.at(-1)).toMatchObject({ type: 'sessionStatus', state: 'idle' });
    await runtime.close();
  });

  it("acknowledges an input that starts a run in the run's first frame, with its output; any other input at once", async () => {
    let value = 0;
    const runtime = createTestRuntime((st) => {
      value = st.slider('v', { minValue: 0, maxValue: 10, key: 'v' });
      st.text(`value is ${value}`);
    });
    const frames: ForwardMsg[][] = [];
    const handle = runtime.connect({
      context: { url: 'test://', headers: {}, cookies: {} },
      send: (batch) => void frames.push([...batch]),
      close: () => undefined,
    });
    handle.receive(JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1 }));
    const session = runtime.session((frames[0]![0] as { sessionId: string }).sessionId)!;
    await session.runner.idle();
    await vi.waitFor(() => expect(frames.at(-1)?.at(-1)).toMatchObject({ type: 'sessionStatus', state: 'idle' }));
    const slider = frames.flat().find((m) => m.type === 'delta' && 'element' in m && m.element.type === 'slider');
    const id = slider && 'element' in slider ? String(slider.element['id']) : '';

    const before = frames.length;
    handle.receive(JSON.stringify({ cseq: 1, type: 'rerunScript', widgets: [{ id, value: 3 }] }));
    // Nothing goes out before the run's output: no frame of its own for the ack.
    expect(frames.length).toBe(before);
    await session.runner.idle();
    await vi.waitFor(() => expect(frames.at(-1)?.at(-1)).toMatchObject({ type: 'sessionStatus', state: 'idle' }));
    const types = (frame: ForwardMsg[]) => frame.map((m) => (m.type === 'delta' && 'element' in m ? `delta:${String(m.element['body'])}` : m.type));
    expect(types(frames[before]!)).toEqual(['sessionStatus', 'ack', 'delta:value is 3', 'scriptFinished']);
    expect(frames[before]![1]).toMatchObject({ type: 'ack', cseq: 1 });

    // A repeated cseq (a re-sent input after a reconnect) starts no run: its ack goes out at once, alone.
    const now = frames.length;
    handle.receive(JSON.stringify({ cseq: 1, type: 'rerunScript', widgets: [{ id, value: 3 }] }));
    expect(frames.slice(now)).toEqual([[{ type: 'ack', cseq: 1, seq: 0 }]]);
    // So does a stop, which starts no run.
    handle.receive(JSON.stringify({ cseq: 2, type: 'stopScript' }));
    expect(frames.at(-1)).toEqual([{ type: 'ack', cseq: 2, seq: 0 }]);
    expect(value).toBe(3);
    await runtime.close();
  });
});
