import type { JsonValue } from '../protocol/elements.js';

/** A validated widget change waiting for the run that applies it. */
export interface PendingChange {
  readonly id: string;
  /** The value as the client sent it (patched into the mirror when the run starts). */
  readonly wire: JsonValue;
  /** The value as the app sees it. */
  readonly value: unknown;
  readonly trigger: boolean;
  /** False for a trigger carried over from an interrupted run: its callback already ran. */
  readonly runCallback: boolean;
}

/**
 * A request to run the script (Streamlit's RerunData): the widget changes to
 * apply, and what to run — the whole app, or some fragments.
 */
export interface RerunRequest {
  /** Value changes (one per widget, last wins) and triggers (in order). */
  readonly changes: readonly PendingChange[];
  /** `'app'`, or the fragments to rerun alone. */
  readonly scope: 'app' | ReadonlySet<string>;
  /** Page to run (multipage apps), when the request changes it. */
  readonly pagePath?: string;
  /** New query string, when the request changes it. */
  readonly query?: string;
  /** The app chose `query` (`st.switchPage` with `queryParams`): the run tells the client, after the page's navigation. */
  readonly announceQuery?: boolean;
  /** Interrupts a running script at its next `st.*` call (fast reruns). Fragment interactions and timers do not. */
  readonly preempt: boolean;
  /** Made by a timer (`runEvery`), not by the user. */
  readonly auto?: boolean;
  /** Lowest client sequence number (`cseq`) of the inputs it carries: until it has run, no input from there on has had its effect (for a session store). */
  readonly cseq?: number;
}

/**
 * Adds `next` to the queue of pending requests, coalescing it into the last
 * one (as Streamlit's `request_rerun`): value changes merge (last write per
 * widget wins), triggers are kept in order, an app rerun absorbs fragment
 * reruns. A trigger of a widget that already has one pending starts a new
 * request instead, so no click or submit is ever dropped.
 */
export function enqueueRequest(queue: RerunRequest[], next: RerunRequest): void {
  const last = queue.at(-1);
  if (!last || conflicts(last, next)) {
    queue.push(next);
    return;
  }
  queue[queue.length - 1] = mergeRequests(last, next);
}

/**
 * Puts `first` at the head of the queue (a carried trigger, an `st.rerun()`):
 * it coalesces into the head request unless they hold triggers of the same
 * widget, then it runs on its own before it. Two clicks stay two runs.
 */
export function putFirst(queue: RerunRequest[], first: RerunRequest): void {
  const head = queue[0];
  if (!head || conflicts(first, head)) queue.unshift(first);
  else queue[0] = mergeRequests(first, head);
}

/** `a` followed by `b`, as one request. */
export function mergeRequests(a: RerunRequest, b: RerunRequest): RerunRequest {
  const values = new Map<string, PendingChange>();
  const triggers: PendingChange[] = [];
  for (const change of [...a.changes, ...b.changes]) {
    if (change.trigger) triggers.push(change);
    else {
      values.delete(change.id);
      values.set(change.id, change);
    }
  }
  const scope = a.scope === 'app' || b.scope === 'app' ? 'app' : new Set([...a.scope, ...b.scope]);
  const pagePath = b.pagePath ?? a.pagePath;
  const query = b.query ?? a.query;
  const announceQuery = b.query !== undefined ? b.announceQuery : a.announceQuery;
  const cseq = Math.min(a.cseq ?? Infinity, b.cseq ?? Infinity);
  return {
    changes: [...values.values(), ...triggers],
    scope,
    preempt: a.preempt || b.preempt,
    auto: Boolean(a.auto && b.auto),
    ...(pagePath !== undefined ? { pagePath } : {}),
    ...(query !== undefined ? { query } : {}),
    ...(announceQuery ? { announceQuery } : {}),
    ...(cseq !== Infinity ? { cseq } : {}),
  };
}

function conflicts(a: RerunRequest, b: RerunRequest): boolean {
  const pending = new Set(a.changes.filter((c) => c.trigger).map((c) => c.id));
  return b.changes.some((c) => c.trigger && pending.has(c.id));
}

/** Cuts a message's changes where a trigger repeats, so no request holds two triggers of one widget. */
export function splitRepeatedTriggers(changes: readonly PendingChange[]): PendingChange[][] {
  const parts: PendingChange[][] = [[]];
  let triggers = new Set<string>();
  for (const change of changes) {
    if (change.trigger && triggers.has(change.id)) {
      parts.push([]);
      triggers = new Set();
    }
    if (change.trigger) triggers.add(change.id);
    parts.at(-1)!.push(change);
  }
  return parts;
}
