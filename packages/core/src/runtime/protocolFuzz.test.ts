import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineApp } from '../app.js';
import { fragment } from '../fragments/fragment.js';
import { PROTOCOL_VERSION, type ForwardMsg } from '../protocol/forwardMsg.js';
import type { ConnectionHandle } from '../protocol/transport.js';
import { createTestRuntime, type TestRuntime } from './runtime.js';

/**
 * Property-based fuzzing of the BackMsg protocol through in-memory
 * connections: sequences of valid-shaped and hostile frames (wrong types,
 * unknown widget ids, huge and deep values, bad cseq, `__proto__` keys,
 * broken JSON, decoded values instead of text). `npm run fuzz` runs it with
 * LIT_UI_FUZZ_RUNS=100000.
 */
const RUNS = Number(process.env['LIT_UI_FUZZ_RUNS'] ?? 10_000);
/** Small, so oversized frames are cheap to make. */
const MAX_MESSAGE_BYTES = 4096;

/** What the fuzzed app keeps in session state. */
interface FuzzState {
  clicks?: number;
  said?: string;
  submits?: number;
  fragmentClicks?: number;
}

const counter = fragment<[], void, FuzzState>((st) => {
  if (st.button('fragment inc')) st.sessionState.fragmentClicks = (st.sessionState.fragmentClicks ?? 0) + 1;
});

/** Small on purpose (a run costs a widget id hash per widget), yet one of each kind of validation and trigger. */
const app = defineApp<FuzzState>(async (st) => {
  st.sessionState.clicks ??= 0;
  if (st.button('inc')) st.sessionState.clicks += 1;
  st.textInput('name', { maxChars: 20 });
  st.slider('level', { minValue: 0, maxValue: 10 });
  st.multiselect('many', ['x', 'y', 'z']);
  const said = st.chatInput('say');
  if (said) st.sessionState.said = said;
  const form = st.form('f');
  form.selectbox('pick', ['a', 'b', 'c']);
  if (form.formSubmitButton('go')) st.sessionState.submits = (st.sessionState.submits ?? 0) + 1;
  await counter(st);
});

/** One client connection that hands the runtime raw frames and keeps the replies to the frame in flight. */
interface RawConnection {
  readonly handle: ConnectionHandle;
  /** Acks, errors and newSession received since the last frame was sent. */
  replies: ForwardMsg[];
  /** Every message received (the bystander's are checked). */
  received: number;
  closedByServer: boolean;
  lastCseq: number;
  sessionId?: string;
}

function open(runtime: TestRuntime): RawConnection {
  const conn: RawConnection = { handle: undefined as unknown as ConnectionHandle, replies: [], received: 0, closedByServer: false, lastCseq: 0 };
  (conn as { handle: ConnectionHandle }).handle = runtime.connect({
    context: { url: 'memory://fuzz', headers: {}, cookies: {} },
    send: (batch) => {
      for (const msg of batch) {
        conn.received++;
        if (msg.type === 'ack' || msg.type === 'error' || msg.type === 'newSession') conn.replies.push(msg);
        if (msg.type === 'newSession') conn.sessionId = msg.sessionId;
      }
    },
    close: () => void (conn.closedByServer = true),
  });
  return conn;
}

/** Every user-visible key and every widget value of a session, as comparable text. */
function snapshot(runtime: TestRuntime, id: string): string {
  const state = runtime.session(id)!.state;
  return JSON.stringify([state.keys().map((k) => [k, state.get(k)]), [...state.metadata.keys()].map((w) => [w, state.widgetValue(w)])]);
}

// ---- generators -------------------------------------------------------------------------------------

/** How a frame's cseq is chosen: the next one, a repeat of the last, or anything. */
const cseqArb = fc.oneof(
  fc.constant<'next'>('next'),
  fc.constant<'repeat'>('repeat'),
  fc.oneof(fc.integer(), fc.double(), fc.constant(-1), fc.string({ maxLength: 3 }), fc.constant(null), fc.constant(2 ** 53)),
);

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty');
const hugeString = fc.integer({ min: 1, max: 3 }).map((n) => 'x'.repeat(n * MAX_MESSAGE_BYTES));
const deepValue = fc.integer({ min: 60, max: 400 }).map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown);
const pollutingValue = fc
  .jsonValue({ maxDepth: 2 })
  .map((v) => JSON.parse(`{"__proto__":{"polluted":${JSON.stringify(v)}},"constructor":{"prototype":{"polluted":1}}}`) as unknown);

const valueArb = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(true, false, 0, 5, 11, -3, 1.5, 'a', 'b', '', [0], [0, 0], [1, 2], [5], null) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deepValue },
  { weight: 1, arbitrary: pollutingValue },
);

/** A BackMsg-shaped object; `widgetId(i)` resolves to the i-th widget of the session, or a made-up id. */
const messageArb = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        type: fc.constant('rerunScript'),
        widgets: fc.array(
          fc.record(
            {
              id: fc.oneof(
                fc.nat(20).map((i) => ({ widget: i })),
                fc.string({ maxLength: 12 }),
                hostileKey,
              ),
              value: valueArb,
              trigger: fc.boolean(),
              extra: fc.jsonValue({ maxDepth: 1 }),
            },
            { requiredKeys: ['id', 'value'] },
          ),
          { maxLength: 4 },
        ),
        fragmentId: fc.oneof(fc.constant({ fragment: true }), fc.string({ maxLength: 8 })),
        pagePath: fc.string({ maxLength: 8 }),
        query: fc.string({ maxLength: 16 }),
      },
      { requiredKeys: ['type', 'widgets'] },
    ),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('stopScript') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('dialogClosed'), id: fc.oneof(fc.string({ maxLength: 8 }), hostileKey) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('hello'), protocolVersion: fc.constantFrom(PROTOCOL_VERSION, 0, 99) }) },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), hostileKey), widgets: fc.anything({ maxDepth: 2 }) }),
  },
  { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), hostileKey), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }) },
);

/** A frame: a message with its cseq rule, sent as JSON text (mostly) or as a decoded value; or raw hostile text. */
const frameArb = fc.oneof(
  { weight: 12, arbitrary: fc.record({ kind: fc.constant<'message'>('message'), msg: messageArb, cseq: cseqArb, asText: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant<'text'>('text'),
      text: fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc
          .integer({ min: 1, max: 5000 })
          .map((d) => `{"cseq":1,"type":"rerunScript","widgets":[{"id":"x","value":${'['.repeat(d)}${']'.repeat(d)}}]}`),
        fc.constantFrom('{"cseq":1,"type":"rerunScript","widgets":[', '[]', 'null', '1e999', '{"__proto__":{"polluted":1},"cseq":1}', '"hello"'),
      ),
    }),
  },
);

type Frame = { kind: 'message'; msg: Record<string, unknown>; cseq: unknown; asText: boolean } | { kind: 'text'; text: string };

/** The frame as the transport hands it over, with widget and fragment references resolved against the session. */
function materialize(frame: Frame, conn: RawConnection, runtime: TestRuntime): { payload: unknown; cseq: unknown } {
  if (frame.kind === 'text') return { payload: frame.text, cseq: undefined };
  const session = conn.sessionId ? runtime.session(conn.sessionId) : undefined;
  const widgetIds = session ? [...session.state.metadata.keys()] : [];
  const fragmentIds = session ? session.fragments.all().map((f) => f.id) : [];
  const msg: Record<string, unknown> = { ...frame.msg };
  if (Array.isArray(msg['widgets'])) {
    msg['widgets'] = msg['widgets'].map((change: unknown) => {
      const ref = typeof change === 'object' && change !== null ? (change as Record<string, unknown>)['id'] : undefined;
      if (typeof ref !== 'object' || ref === null || !('widget' in ref)) return change;
      const id = widgetIds[(ref as { widget: number }).widget % Math.max(widgetIds.length, 1)] ?? 'none';
      return { ...(change as Record<string, unknown>), id };
    });
  }
  if (typeof msg['fragmentId'] === 'object') msg['fragmentId'] = fragmentIds[0] ?? 'none';
  const cseq = frame.cseq === 'next' ? conn.lastCseq + 1 : frame.cseq === 'repeat' ? conn.lastCseq : frame.cseq;
  const withCseq = { cseq, ...msg };
  return { payload: frame.asText ? JSON.stringify(withCseq) : withCseq, cseq };
}

describe('protocol fuzzing (fast-check)', () => {
  it(
    `${RUNS} generated BackMsg sequences: no crash, a reply to every frame, state changed only by accepted messages, other sessions unaffected`,
    async () => {
      const runtime = createTestRuntime(app, {
        maxMessageBytes: MAX_MESSAGE_BYTES,
        sessionTtlMs: 60_000,
        inboundRate: { bytesPerSecond: 1e15, burstBytes: 1e15 },
      });
      const hello = (conn: RawConnection) => conn.handle.receive(JSON.stringify({ cseq: 0, type: 'hello', protocolVersion: PROTOCOL_VERSION }));
      const pool = Array.from({ length: 4 }, () => open(runtime));
      for (const conn of pool) hello(conn);
      const bystander = open(runtime);
      hello(bystander);
      await Promise.all([...pool, bystander].map((c) => runtime.session(c.sessionId!)!.runner.idle()));
      const bystanderBefore = snapshot(runtime, bystander.sessionId!);
      const bystanderSeen = bystander.received;

      await fc.assert(
        fc.asyncProperty(fc.nat(pool.length), fc.array(frameArb, { minLength: 1, maxLength: 4 }), async (pick, frames) => {
          // `pick === pool.length`: a fresh connection whose frames come before (or instead of) a hello.
          const fresh = pick === pool.length;
          const conn = fresh ? open(runtime) : pool[pick]!;
          for (const frame of frames as Frame[]) {
            if (conn.closedByServer) break;
            const id = conn.sessionId;
            const before = id ? snapshot(runtime, id) : undefined;
            const lastCseq = conn.lastCseq;
            conn.replies = [];
            const { payload, cseq } = materialize(frame, conn, runtime);
            conn.handle.receive(payload);
            // A hello may have just started a session: wait for its first run too.
            const now = conn.sessionId ? runtime.session(conn.sessionId) : undefined;
            if (now) await now.runner.idle();

            const answer = conn.replies;
            if (answer.length === 0) throw new Error(`no reply to ${JSON.stringify(payload).slice(0, 200)}`);
            if (typeof cseq === 'number' && cseq > lastCseq && answer.some((m) => m.type === 'ack' && m.cseq === cseq)) conn.lastCseq = cseq;
            if (id && before !== undefined) {
              const accepted =
                typeof cseq === 'number' &&
                cseq > lastCseq &&
                answer.some((m) => m.type === 'ack' && m.cseq === cseq) &&
                !answer.some((m) => m.type === 'error' && m.cseq === cseq);
              if (!accepted && snapshot(runtime, id) !== before)
                throw new Error(`session state changed by a refused frame: ${JSON.stringify(payload).slice(0, 200)}`);
            }
          }
          if (fresh && conn.sessionId) runtime.session(conn.sessionId)?.close();
        }),
        { numRuns: RUNS },
      );

      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.keys(Object.prototype)).toEqual([]);
      expect(snapshot(runtime, bystander.sessionId!)).toBe(bystanderBefore);
      expect(bystander.received).toBe(bystanderSeen);
      // The bystander still works: its click counts once.
      const bystanderSession = runtime.session(bystander.sessionId!)!;
      const inc = [...bystanderSession.state.metadata.values()].find((m) => m.type === 'button')!.id;
      bystander.handle.receive(JSON.stringify({ cseq: 1, type: 'rerunScript', widgets: [{ id: inc, value: true }] }));
      await bystanderSession.runner.idle();
      expect(bystanderSession.state.get('clicks')).toBe(1);
      await runtime.close();
    },
    Math.max(600_000, RUNS * 20),
  );
});
