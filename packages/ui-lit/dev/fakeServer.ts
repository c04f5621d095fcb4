/**
 * A tiny in-page stand-in for the lit-ui runtime, for the preview harness:
 * it runs a tree-building "script" on every rerunScript, diffs the result
 * against the previous run per delta path, and streams the ForwardMsgs a
 * real server would send (sessionStatus, deltas, confirm, scriptFinished
 * with trims, idle), acknowledging each BackMsg.
 */
import type { BlockLength, BlockProto, ElementProto, ForwardMsg, JsonValue, OutgoingBackMsg, UnsequencedForwardMsg } from '@lit-ui/core/protocol';
import type { ConnectionFactory } from '../src/index.js';

/** A node the preview script returns. */
export type ScriptNode = { element: ElementProto } | { block: BlockProto; children: ScriptNode[] };

/** What the preview script sees on each run. */
export interface ScriptInput {
  readonly values: Record<string, JsonValue>;
  readonly triggers: ReadonlySet<string>;
  readonly page: string;
  readonly runCount: number;
  readonly closedDialogs: ReadonlySet<string>;
}

/** The four roots' children: main, sidebar, event, bottom. */
export type ScriptOutput = [ScriptNode[], ScriptNode[], ScriptNode[], ScriptNode[]];

/** Options of {@link fakeServer}. */
export interface FakeServerOptions {
  readonly script: (input: ScriptInput) => ScriptOutput;
  /** Delay between flushes of a run, in ms (shows streaming and stale display). */
  readonly flushDelayMs?: number | ((runCount: number) => number);
  /** Messages sent once after newSession (pageConfig, navigation, errors...). */
  readonly preamble?: readonly ForwardMsg[];
  readonly staleDelayMs?: number;
  /** Starts one more run this long after the first (to show the stale display and Running indicator). */
  readonly autoRerunAfterMs?: number;
  /** Reports this connection status after connecting (e.g. `'reconnecting'` to show the banner). */
  readonly statusAfterConnect?: 'reconnecting' | 'closed';
  /** Called with each BackMsg the app sends (for logging). */
  readonly onBackMsg?: (msg: OutgoingBackMsg) => void;
}

/** A connection factory for `<lit-ui-app>` backed by an in-page fake runtime. */
export function fakeServer(options: FakeServerOptions): ConnectionFactory {
  return ({ onMessage, onStatus }) => {
    let seq = 0;
    let cseq = 0;
    let runCount = 0;
    let page = '';
    let prev = new Map<string, string>();
    let prevLengths = new Map<string, number>();
    const values: Record<string, JsonValue> = {};
    const closedDialogs = new Set<string>();
    const emit = (msgs: UnsequencedForwardMsg[], numbered = true): void => {
      for (const m of msgs) onMessage({ ...m, seq: numbered ? ++seq : 0 });
    };
    const later = (fn: () => void, ms: number): void => void setTimeout(fn, ms);

    const run = (triggers: Set<string>): void => {
      runCount += 1;
      const out = options.script({ values, triggers, page, runCount, closedDialogs });
      const deltas: UnsequencedForwardMsg[] = [];
      const next = new Map<string, string>();
      const lengths = new Map<string, number>();
      const walk = (nodes: ScriptNode[], path: number[]): void => {
        lengths.set(path.join('.'), nodes.length);
        nodes.forEach((node, i) => {
          const p = [...path, i];
          const key = p.join('.');
          const json = 'element' in node ? `e${JSON.stringify(node.element)}` : `b${JSON.stringify(node.block)}`;
          next.set(key, json);
          if (prev.get(key) !== json) {
            deltas.push('element' in node ? { type: 'delta', path: p, element: node.element } : { type: 'delta', path: p, block: node.block });
          }
          if ('block' in node) walk(node.children, p);
        });
      };
      out.forEach((children, root) => walk(children, [root]));
      const trims: BlockLength[] = [];
      for (const [key, length] of lengths) {
        const before = prevLengths.get(key);
        if (before !== undefined && before > length) trims.push({ path: key.split('.').map(Number), length });
      }
      const confirm: BlockLength[] = [...lengths].map(([key, length]) => ({ path: key.split('.').map(Number), length }));
      prev = next;
      prevLengths = lengths;
      const delay = typeof options.flushDelayMs === 'function' ? options.flushDelayMs(runCount) : (options.flushDelayMs ?? 0);
      const half = Math.ceil(deltas.length / 2);
      emit([{ type: 'sessionStatus', state: 'running', runId: `run-${runCount}` }]);
      const finish = (): void => {
        emit([
          ...deltas.slice(half),
          { type: 'confirm', blocks: confirm },
          { type: 'scriptFinished', runId: `run-${runCount}`, status: 'complete', trims },
          { type: 'sessionStatus', state: 'idle', runId: `run-${runCount}` },
        ]);
      };
      if (delay > 0) {
        later(() => emit(deltas.slice(0, half)), delay / 2);
        later(finish, delay);
      } else {
        emit(deltas.slice(0, half));
        finish();
      }
    };

    const receive = (msg: OutgoingBackMsg, n: number): void => {
      options.onBackMsg?.(msg);
      emit([{ type: 'ack', cseq: n }], false);
      if (msg.type === 'rerunScript') {
        const triggers = new Set<string>();
        for (const w of msg.widgets) {
          if (w.trigger === true) triggers.add(w.id);
          else values[w.id] = w.value;
          if (w.trigger === true && typeof w.value === 'string') values[w.id] = w.value;
        }
        if (msg.pagePath !== undefined) {
          page = msg.pagePath;
          emit(options.preamble?.filter((m) => m.type === 'navigation').map((m) => ({ ...m, currentUrlPath: page })) ?? []);
        }
        run(triggers);
      } else if (msg.type === 'dialogClosed') {
        closedDialogs.add(msg.id);
      } else if (msg.type === 'stopScript') {
        emit([{ type: 'sessionStatus', state: 'idle', runId: `run-${runCount}` }]);
      }
    };

    later(() => {
      onStatus('connected');
      emit(
        [
          {
            type: 'newSession',
            sessionId: 'preview',
            protocolVersion: 1,
            resumed: false,
            config: { staleDelayMs: options.staleDelayMs ?? 300, sessionTtlMs: 60_000, debounceMs: 150 },
          },
        ],
        false,
      );
      emit((options.preamble ?? []).map(({ seq: _seq, ...m }) => m));
      run(new Set());
      if (options.statusAfterConnect !== undefined) onStatus(options.statusAfterConnect);
      if (options.autoRerunAfterMs !== undefined) later(() => run(new Set()), options.autoRerunAfterMs);
    }, 0);

    return {
      send(msg) {
        const n = ++cseq;
        later(() => receive(msg, n), 20);
        return n;
      },
      close() {},
      status: 'connected',
      sessionId: 'preview',
    };
  };
}
