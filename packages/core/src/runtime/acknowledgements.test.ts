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
});
