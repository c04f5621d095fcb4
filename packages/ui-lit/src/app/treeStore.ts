import { Immer } from 'immer';
import { pathKey } from '@lit-ui/core/protocol';
import type { ForwardMsg, JsonValue } from '@lit-ui/core/protocol';
import {
  confirmAt,
  emptyRoot,
  findFragmentScopes,
  nodeFromJson,
  putAt,
  trimAt,
  type BlockDraft,
  type BlockNode,
  type TreeNode,
} from './treeNodes.js';
import { initialState, type DraftState, type TreeState } from './treeState.js';

export type { PageConfigState, ProtocolError, RunState, SessionConfig, TreeState } from './treeState.js';
export { DEFAULT_SESSION_CONFIG } from './treeState.js';

/** Timer functions, injectable for tests. */
export interface StoreTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options of {@link TreeStore}. */
export interface TreeStoreOptions {
  /** Default: the global `setTimeout`/`clearTimeout`. */
  readonly timers?: StoreTimers;
}

const immer = new Immer({ autoFreeze: false });
const ALL_ROOTS: readonly string[] = ['0', '1', '2', '3'];

const globalTimers: StoreTimers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The client's element tree and session state. Applies every ForwardMsg as
 * docs/protocol.md says, with immer, so subtrees a message does not touch
 * keep their object identity (Lit's `guard`/`repeat` then skip them).
 *
 * @example
 * const store = new TreeStore();
 * store.subscribe(() => app.requestUpdate());
 * connection.onMessage = (msg) => store.apply(msg);
 */
export class TreeStore {
  private current: TreeState = initialState();
  private readonly listeners = new Set<() => void>();
  private readonly timers: StoreTimers;
  private staleTimer: unknown;
  private nextErrorId = 1;

  constructor(options: TreeStoreOptions = {}) {
    this.timers = options.timers ?? globalTimers;
  }

  /** The current state; a new object after every change. */
  get state(): TreeState {
    return this.current;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies one ForwardMsg. Malformed paths are ignored; this never throws on protocol input. */
  apply(msg: ForwardMsg): void {
    const before = this.current;
    this.current = immer.produce(before, (draft) => {
      this.recipe(draft as unknown as DraftState, msg);
    });
    if (msg.type === 'sessionStatus' && msg.state === 'running') this.armStaleTimer();
    if (msg.type === 'scriptFinished' || msg.type === 'newSession' || msg.type === 'snapshot') this.disarmStaleTimer();
    if (this.current !== before) this.emit();
  }

  /** Removes the error banner with id `id`. */
  dismissError(id: number): void {
    this.update((d) => {
      d.errors = d.errors.filter((e) => e.id !== id);
    });
  }

  /** Forgets everything (a new connection). */
  reset(): void {
    this.disarmStaleTimer();
    this.current = initialState();
    this.emit();
  }

  /** Stops timers. */
  dispose(): void {
    this.disarmStaleTimer();
    this.listeners.clear();
  }

  private recipe(d: DraftState, msg: ForwardMsg): void {
    switch (msg.type) {
      case 'newSession':
        d.sessionId = msg.sessionId;
        d.config = msg.config;
        if (!msg.resumed) {
          d.roots = asDraft([emptyRoot(), emptyRoot(), emptyRoot(), emptyRoot()]);
          d.run = null;
          d.running = false;
          d.staleShown = false;
        }
        return;
      case 'snapshot':
        d.roots = asDraft(
          [0, 1, 2, 3].map((i): BlockNode => {
            const json = msg.roots[i];
            const node = json === undefined ? emptyRoot(d.gen) : nodeFromJson(json, d.gen);
            return node.kind === 'block' ? { ...node, proto: null } : emptyRoot(d.gen);
          }),
        );
        d.run = null;
        d.staleShown = false;
        return;
      case 'delta': {
        const node: TreeNode =
          'element' in msg ? { kind: 'element', proto: msg.element, gen: d.gen } : { kind: 'block', proto: msg.block, children: [], gen: d.gen };
        putAt(d.roots, msg.path, node, d.gen);
        return;
      }
      case 'confirm':
        for (const b of msg.blocks) confirmAt(d.roots, b.path, b.length, d.gen);
        return;
      case 'sessionStatus':
        if (msg.state === 'idle') {
          d.running = false;
          return;
        }
        d.running = true;
        d.gen += 1;
        d.staleShown = false;
        d.run = {
          runId: msg.runId,
          ...(msg.fragmentId !== undefined ? { fragmentId: msg.fragmentId } : {}),
          scopes: msg.fragmentId === undefined ? ALL_ROOTS : findFragmentScopes(this.current.roots, msg.fragmentId).map((p) => pathKey(p)),
        };
        return;
      case 'scriptFinished':
        for (const t of msg.trims) trimAt(d.roots, t.path, t.length);
        d.run = null;
        d.staleShown = false;
        return;
      case 'pageConfig': {
        const { type: _type, seq: _seq, ...fields } = msg;
        d.pageConfig = { ...d.pageConfig, ...fields };
        return;
      }
      case 'navigation':
        d.navigation = msg;
        return;
      case 'queryParams':
        d.query = msg.query;
        return;
      case 'error':
        d.errors.push({
          id: this.nextErrorId++,
          code: msg.code,
          message: msg.message,
          ...(msg.cseq !== undefined ? { cseq: msg.cseq } : {}),
        });
        return;
      case 'ack':
        // Acknowledgements concern pending widget changes (WidgetManager), not the tree.
        return;
    }
  }

  /**
   * Records that the widget `id` shows `value` (the server acknowledged the
   * user's change and keeps it without resending the proto), as the server
   * records it in its mirror of this tree.
   */
  patchWidgetValue(id: string, value: JsonValue): void {
    const visit = (block: BlockDraft): boolean =>
      block.children.some((child, i) => {
        if (child.kind === 'block') return visit(child as BlockDraft);
        if (child.proto['id'] !== id) return false;
        if (child.proto['value'] !== value) block.children[i] = { ...child, proto: { ...child.proto, value } };
        return true;
      });
    this.update((d) => void d.roots.some(visit));
  }

  private update(fn: (d: DraftState) => void): void {
    const before = this.current;
    this.current = immer.produce(before, (draft) => {
      fn(draft as unknown as DraftState);
    });
    if (this.current !== before) this.emit();
  }

  private armStaleTimer(): void {
    this.disarmStaleTimer();
    const run = this.current.run;
    this.staleTimer = this.timers.setTimeout(() => {
      this.staleTimer = undefined;
      if (this.current.run === run && run !== null) {
        this.update((d) => {
          d.staleShown = true;
        });
      }
    }, this.current.config.staleDelayMs);
  }

  private disarmStaleTimer(): void {
    if (this.staleTimer !== undefined) this.timers.clearTimeout(this.staleTimer);
    this.staleTimer = undefined;
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** Fresh (non-draft) root blocks, typed for assignment into a draft. */
function asDraft(roots: BlockNode[]): BlockDraft[] {
  return roots as unknown as BlockDraft[];
}
