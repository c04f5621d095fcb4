import { Immer, type Draft } from 'immer';
import { applyForwardMsg, applyForwardMsgs, closeDialog, patchWidgetValue, systemScheduler } from '@lit-ui/core/protocol';
import type { ForwardMsg, JsonValue, Scheduler } from '@lit-ui/core/protocol';
import { initialState, type TreeState } from './treeState.js';

export type { PageConfigState, ProtocolError, TreeState } from './treeState.js';

/** Options of {@link TreeStore}. */
export interface TreeStoreOptions {
  /** Timers for the stale display. Default: `systemScheduler` (the global timers). */
  readonly scheduler?: Scheduler;
}

const immer = new Immer({ autoFreeze: false });

/**
 * The client's element tree and session state. Every ForwardMsg goes through
 * `applyForwardMsg` (the reducer AppTest uses too), so subtrees a message
 * does not touch keep their object identity (the renderers then skip them).
 * The store adds what only a browser needs: when to show unconfirmed nodes
 * as stale, and dismissing error banners.
 *
 * Deltas and confirms are applied in batches (`applyForwardMsgs`) when the
 * state is next read: a frame of thousands of deltas (a first load) copies
 * each block once, not once per delta. Listeners hear of every message.
 *
 * @example
 * const store = new TreeStore();
 * store.subscribe(() => app.requestUpdate());
 * connection.onMessage = (msg) => store.apply(msg);
 */
export class TreeStore {
  private current: TreeState = initialState();
  /** Deltas and confirms not applied yet (see {@link TreeStore.state}). */
  private pending: ForwardMsg[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly scheduler: Scheduler;
  private staleTimer: unknown;

  constructor(options: TreeStoreOptions = {}) {
    this.scheduler = options.scheduler ?? systemScheduler;
  }

  /** The current state, with every message applied; a new object after every change. */
  get state(): TreeState {
    this.applyPending();
    return this.current;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies one ForwardMsg. Never throws on protocol input: a message that
   * does not fit the tree is recorded in `errors` (`InvalidForwardMsg`) and
   * changes nothing else.
   */
  apply(msg: ForwardMsg): void {
    if (msg.type === 'delta' || msg.type === 'textAppend' || msg.type === 'confirm') {
      this.pending.push(msg);
      this.notify();
      return;
    }
    this.applyPending();
    const runStarted = msg.type === 'sessionStatus' && msg.state === 'running';
    const runEnded = msg.type === 'scriptFinished' || msg.type === 'snapshot' || (msg.type === 'newSession' && !msg.resumed);
    if (runStarted || runEnded || msg.type === 'newSession') this.disarmStaleTimer();
    const next = applyForwardMsg(this.current, msg);
    this.set(
      (runStarted || runEnded) && next.staleShown
        ? immer.produce(next, (d) => {
            d.staleShown = false;
          })
        : next,
    );
    if (runStarted) this.armStaleTimer();
  }

  /**
   * Records that the widget `id` shows `value` (the server acknowledged the
   * user's change and keeps it without resending the proto), as the server
   * records it in its mirror of this tree.
   */
  patchWidgetValue(id: string, value: JsonValue): void {
    this.set(patchWidgetValue(this.state, id, value));
  }

  /** The user closed the dialog of fragment `fragmentId`: it shows closed until a run opens it again. */
  closeDialog(fragmentId: string): void {
    this.set(closeDialog(this.state, fragmentId));
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
    this.pending = [];
    this.set(initialState());
  }

  /** Stops timers. */
  dispose(): void {
    this.disarmStaleTimer();
    this.listeners.clear();
  }

  private update(recipe: (d: Draft<TreeState>) => void): void {
    this.set(immer.produce(this.state, recipe));
  }

  private set(next: TreeState): void {
    if (next === this.current) return;
    this.current = next;
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private applyPending(): void {
    if (this.pending.length === 0) return;
    const msgs = this.pending;
    this.pending = [];
    this.current = applyForwardMsgs(this.current, msgs);
  }

  /** Shows unconfirmed nodes as stale after `staleDelayMs`, if the run that just started is still going. */
  private armStaleTimer(): void {
    const run = this.current.run;
    this.staleTimer = this.scheduler.setTimeout(() => {
      this.staleTimer = undefined;
      if (run !== null && this.current.run === run) {
        this.update((d) => {
          d.staleShown = true;
        });
      }
    }, this.current.config.staleDelayMs);
  }

  private disarmStaleTimer(): void {
    if (this.staleTimer !== undefined) this.scheduler.clearTimeout(this.staleTimer);
    this.staleTimer = undefined;
  }
}
