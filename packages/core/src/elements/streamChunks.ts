import { invalidArgument } from '../errors.js';

/**
 * What `st.writeStream` reads: the chunk sources it accepts, turned into one
 * async iterator, and the text of each chunk (strings, bytes, and the stream
 * events of the common LLM SDKs).
 */

/** A source of chunks, as Streamlit's `st.write_stream` takes: async or sync iterables, `ReadableStream`s, or a function returning one. */
export type StreamSource<T = unknown> =
  | AsyncIterable<T>
  | Iterable<T>
  | ReadableStream<T>
  | PromiseLike<AsyncIterable<T> | Iterable<T> | ReadableStream<T>>
  | (() => AsyncIterable<T> | Iterable<T> | ReadableStream<T>);

/** An iterator over the chunks, with a way to close the source early. */
export interface ChunkIterator {
  next(): Promise<IteratorResult<unknown>>;
  /** Closes the source (ends a generator, cancels a stream); never rejects. */
  close(): void;
}

/**
 * Opens `source` as one async chunk iterator. A string is one chunk (not one
 * chunk per character).
 * @throws LitUiError `InvalidArgument` for anything that is not a stream.
 */
export async function openChunks(source: unknown): Promise<ChunkIterator> {
  let value = typeof source === 'function' ? (source as () => unknown)() : source;
  if (isThenable(value)) value = await value;
  if (typeof value === 'string') value = [value];
  if (isReadableStream(value)) {
    const reader = value.getReader();
    return {
      next: async () => {
        const r = await reader.read();
        return r.done ? { done: true, value: undefined } : { done: false, value: r.value };
      },
      close: () => void reader.cancel().catch(() => undefined),
    };
  }
  const iterator = iteratorOf(value);
  if (iterator === undefined) {
    throw invalidArgument(
      `st.writeStream takes an async iterable, an iterable, a ReadableStream or a function returning one; got ${describe(value)}.`,
    );
  }
  return {
    next: async () => iterator.next(),
    close: () => {
      try {
        void Promise.resolve(iterator.return?.()).catch(() => undefined);
      } catch {
        // A generator that throws while closing has nothing more to say.
      }
    },
  };
}

/**
 * The reason a run's signal aborted: the run context aborts with an Error
 * (`InterruptSignal`, `StopSignal`, a timeout error); any other reason is
 * wrapped so the rejection is still an Error.
 */
function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error('The run was aborted.', { cause: reason });
}

/** Waits for the next chunk, or rejects with the signal's reason as soon as `signal` aborts. */
export function nextChunk(chunks: ChunkIterator, signal: AbortSignal): Promise<IteratorResult<unknown>> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    chunks
      .next()
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Event types of the Anthropic, OpenAI Responses and Vercel AI SDK streams that carry no text of their own. */
const TEXTLESS_EVENT =
  /^(message_(start|delta|stop)|content_block_(start|stop)|ping|response\.|text-(start|end)$|start|finish|reasoning|tool-|source|file$|raw$)/;

/**
 * The text a chunk adds: a string as is, bytes decoded as UTF-8 (with
 * `decoder`, so a character split between chunks survives), an LLM-SDK event
 * its text (OpenAI chat `choices[0].delta.content`, OpenAI Responses
 * `response.output_text.delta`, Anthropic `content_block_delta`, Vercel AI SDK
 * `text-delta`, LangChain message chunks' `content`, `{ text }`), `''` for an
 * SDK event without text; undefined for any other value (written with `st.write`).
 */
export function chunkText(chunk: unknown, decoder: { decode(input: Uint8Array, options: { stream: boolean }): string }): string | undefined {
  if (typeof chunk === 'string') return chunk;
  if (chunk instanceof Uint8Array) return decoder.decode(chunk, { stream: true });
  if (typeof chunk !== 'object' || chunk === null || Array.isArray(chunk)) return undefined;
  const c = chunk as Record<string, unknown>;
  if (Array.isArray(c['choices'])) {
    const content = (c['choices'][0] as { delta?: { content?: unknown } } | undefined)?.delta?.content;
    return typeof content === 'string' ? content : '';
  }
  const type = c['type'];
  const delta = c['delta'] as Record<string, unknown> | string | undefined;
  if (type === 'content_block_delta') return typeof delta === 'object' && typeof delta['text'] === 'string' ? delta['text'] : '';
  if (type === 'response.output_text.delta') return typeof delta === 'string' ? delta : '';
  if (type === 'text-delta') {
    const text = c['text'] ?? c['textDelta'] ?? c['delta'];
    return typeof text === 'string' ? text : '';
  }
  if (typeof type === 'string' && TEXTLESS_EVENT.test(type)) return '';
  if (typeof c['content'] === 'string' && isMessageChunk(c)) return c['content'];
  if (typeof c['text'] === 'string' && Object.keys(c).length === 1) return c['text'];
  return undefined;
}

/** LangChain's message chunks (`AIMessageChunk`): a `content` string beside message fields. */
function isMessageChunk(c: Record<string, unknown>): boolean {
  return Object.keys(c).length === 1 || 'tool_call_chunks' in c || 'response_metadata' in c || 'lc_kwargs' in c || c['role'] === 'assistant';
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function isReadableStream(value: unknown): value is ReadableStream<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { getReader?: unknown }).getReader === 'function';
}

function iteratorOf(value: unknown): (AsyncIterator<unknown> | Iterator<unknown>) | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<AsyncIterable<unknown> & Iterable<unknown>>;
  const asyncIterator = v[Symbol.asyncIterator];
  if (typeof asyncIterator === 'function') return asyncIterator.call(value);
  const iterator = v[Symbol.iterator];
  return typeof iterator === 'function' ? iterator.call(value) : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
    return `an object (${proto?.constructor?.name ?? 'no prototype'})`;
  }
  if (typeof value === 'function') return `a function (${value.name || 'anonymous'})`;
  const primitive = value as string | number | bigint | boolean | symbol | undefined; // what is left after null, objects and functions
  return `${typeof value} ${String(primitive)}`;
}
