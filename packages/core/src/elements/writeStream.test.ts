import { describe, expect, it } from 'vitest';
import { defineApp } from '../app.js';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import type { AnyState, AppScript } from '../app.js';
import { createRuntime, createTestRuntime } from '../runtime/runtime.js';
import { connectInMemory } from '../transport/memoryConnection.js';
import { openConnection } from '../runtime/testConnection.js';
import { AppTest } from '../testing/appTest.js';

async function* words(...list: string[]): AsyncGenerator<string> {
  for (const w of list) {
    await Promise.resolve();
    yield w;
  }
}

/** A runtime with one in-memory client that records every ForwardMsg. */
function harness(script: AppScript<AnyState>) {
  const runtime = createTestRuntime(script);
  const messages: ForwardMsg[] = [];
  const conn = connectInMemory(runtime, { onMessage: (m) => messages.push(m) });
  const session = () => runtime.session(conn.sessionId!)!;
  return {
    conn,
    messages,
    session,
    idle: () => session().runner.idle(),
    texts: () => messages.flatMap((m) => (m.type === 'delta' && 'element' in m && m.element.type === 'text' ? [m.element['body']] : [])),
    finished: () => messages.flatMap((m) => (m.type === 'scriptFinished' ? [m.status] : [])),
  };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('st.writeStream', () => {
  it('shows text chunks as one markdown element and resolves to the whole text', async () => {
    let answer: unknown;
    const at = AppTest.fromFunction(async (st) => {
      answer = await st.writeStream(words('Hello', ', ', 'world', '!'));
      st.text('after');
    });
    await at.run();
    expect(at.markdown.map((m) => m.value)).toEqual(['Hello, world!']);
    expect(at.text[0]!.value).toBe('after');
    expect(answer).toBe('Hello, world!');
    await at.run();
    expect(at.markdown.map((m) => m.value)).toEqual(['Hello, world!']);
  });

  it('streams into the container it is called on', async () => {
    const at = AppTest.fromFunction(async (st) => {
      const reply = st.chatMessage('assistant');
      await reply.writeStream(words('in ', 'the bubble'));
      st.text('below');
    });
    await at.run();
    expect(at.chatMessage[0]!.markdown.map((m) => m.value)).toEqual(['in the bubble']);
    expect(at.main.text.map((t) => t.value)).toEqual(['below']);
  });

  it('sends only the appended text of each chunk: the wire grows linearly with the answer', async () => {
    const chunks = Array.from({ length: 2000 }, (_, i) => `token${i} `);
    const runtime = createRuntime(
      defineApp(async (st) => {
        await st.writeStream(words(...chunks));
      }),
    );
    const conn = openConnection(runtime);
    conn.hello();
    await conn.runFinished();
    const appends = conn.messages.filter((m): m is Extract<ForwardMsg, { type: 'textAppend' }> => m.type === 'textAppend');
    const deltas = conn.messages.filter((m) => m.type === 'delta');
    expect(deltas).toHaveLength(1);
    expect(appends.map((m) => m.text)).toEqual(chunks.slice(1));
    // Each append carries its own text plus a constant envelope: O(n) bytes in all, where resending the body would be O(n²).
    for (const m of appends) expect(JSON.stringify(m).length).toBeLessThan(m.text.length + 80);
    await runtime.close();
  });

  it('reads the text of LLM-SDK stream events and skips their events without text', async () => {
    const openai = [
      { choices: [{ delta: { role: 'assistant' } }] },
      { choices: [{ delta: { content: 'Open' } }] },
      { choices: [{ delta: { content: 'AI' } }] },
    ];
    const anthropic = [
      { type: 'message_start', message: {} },
      { type: 'content_block_start', index: 0 },
      { type: 'content_block_delta', delta: { type: 'text_delta', text: 'Anth' } },
      { type: 'content_block_delta', delta: { type: 'text_delta', text: 'ropic' } },
      { type: 'message_stop' },
    ];
    const responses = [{ type: 'response.created' }, { type: 'response.output_text.delta', delta: 'Resp' }, { type: 'response.completed' }];
    const aiSdk = [{ type: 'start' }, { type: 'text-delta', text: 'AI ' }, { type: 'text-delta', textDelta: 'SDK' }, { type: 'finish' }];
    const langchain = [
      { content: 'Lang', response_metadata: {} },
      { content: 'Chain', tool_call_chunks: [] },
    ];
    const results: unknown[] = [];
    const at = AppTest.fromFunction(async (st) => {
      for (const events of [openai, anthropic, responses, aiSdk, langchain]) results.push(await st.writeStream(events));
    });
    await at.run();
    expect(results).toEqual(['OpenAI', 'Anthropic', 'Resp', 'AI SDK', 'LangChain']);
    expect(at.json).toHaveLength(0);
  });

  it('takes ReadableStreams of bytes (a character split between chunks survives), promises and functions', async () => {
    const bytes = new TextEncoder().encode('crème brûlée');
    const results: unknown[] = [];
    const at = AppTest.fromFunction(async (st) => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, 3)); // 'cr' and half of 'è'
          controller.enqueue(bytes.slice(3));
          controller.close();
        },
      });
      results.push(await st.writeStream(stream));
      results.push(await st.writeStream(Promise.resolve(words('from a ', 'promise'))));
      results.push(await st.writeStream(() => words('from a ', 'function')));
      results.push(await st.writeStream(['sync ', 'iterable']));
    });
    await at.run();
    expect(results).toEqual(['crème brûlée', 'from a promise', 'from a function', 'sync iterable']);
    expect(at.markdown.map((m) => m.value)).toEqual(results);
  });

  it('writes other chunks as st.write does and resolves to every piece in order', async () => {
    let result: unknown;
    const at = AppTest.fromFunction(async (st) => {
      await st.writeStream(words('a', 'b'));
      result = await st.writeStream(
        (async function* () {
          yield 'Here: ';
          yield { rows: 2 };
          yield 'done';
        })(),
      );
    });
    await at.run();
    expect(result).toEqual(['Here: ', { rows: 2 }, 'done']);
    expect(at.markdown.map((m) => m.value)).toEqual(['ab', 'Here: ', 'done']);
    expect(at.json.map((j) => j.value)).toEqual([{ rows: 2 }]);
  });

  it('an empty stream writes nothing and resolves to the empty string', async () => {
    let result: unknown;
    const at = AppTest.fromFunction(async (st) => {
      result = await st.writeStream(words());
    });
    await at.run();
    expect(result).toBe('');
    expect(at.markdown).toHaveLength(0);
  });

  it('refuses what is not a stream with a clear error, and the session goes on', async () => {
    const at = AppTest.fromFunction(async (st) => {
      st.text('before');
      await st.writeStream(42 as unknown as string[]);
    });
    await at.run();
    expect(at.exception[0]!.code).toBe('InvalidArgument');
    expect(at.exception[0]!.message).toBe(
      'st.writeStream takes an async iterable, an iterable, a ReadableStream or a function returning one; got number 42.',
    );
    expect(at.text[0]!.value).toBe('before');
  });

  it('an error thrown by the stream keeps the text so far and shows the error', async () => {
    const at = AppTest.fromFunction(async (st) => {
      await st.writeStream(
        (async function* () {
          yield 'partial';
          throw new Error('model overloaded');
        })(),
      );
    });
    await at.run();
    expect(at.markdown[0]!.value).toBe('partial');
    expect(at.exception[0]!.message).toBe('model overloaded');
  });

  it('stops at once when a newer interaction interrupts the run, and closes the generator', async () => {
    const started = deferred();
    const gate = deferred();
    const closed = deferred();
    const h = harness(async (st) => {
      const v = st.textInput('V', { key: 'v' });
      if (v !== 'stream') return void st.text(`v=${v}`);
      await st.writeStream(
        (async function* () {
          try {
            yield 'first ';
            started.resolve();
            await gate.promise;
            yield 'never shown';
          } finally {
            closed.resolve();
          }
        })(),
      );
      st.text('not reached');
    });
    await h.idle();
    const id = h.session().state.metadata.keys().next().value!;
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 'stream' }] });
    await started.promise;
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 'other' }] });
    await h.idle(); // without the gate: the wait for the next chunk ended with the run
    expect(h.texts()).toEqual(['v=', 'v=other']);
    expect(h.finished()).toEqual(['complete', 'interrupted', 'complete']);
    gate.resolve();
    await closed.promise;
    expect(JSON.stringify(h.messages)).not.toContain('never shown');
  });

  it('cancels a ReadableStream whose next chunk never comes when the run is interrupted', async () => {
    const started = deferred();
    let cancelled = false;
    const h = harness(async (st) => {
      const v = st.textInput('V', { key: 'v' });
      if (v !== 'stream') return void st.text(`v=${v}`);
      const stream = new ReadableStream<string>({
        start(controller) {
          controller.enqueue('waiting…');
        },
        pull() {
          started.resolve();
          return new Promise<void>(() => undefined);
        },
        cancel() {
          cancelled = true;
        },
      });
      await st.writeStream(stream);
    });
    await h.idle();
    const id = h.session().state.metadata.keys().next().value!;
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 'stream' }] });
    await started.promise;
    h.conn.send({ type: 'rerunScript', widgets: [{ id, value: 'other' }] });
    await h.idle();
    expect(h.texts()).toEqual(['v=', 'v=other']);
    expect(cancelled).toBe(true);
  });
});
