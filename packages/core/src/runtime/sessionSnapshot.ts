import type { BackgroundTasks } from '../background/backgroundTasks.js';
import type { QueryParams } from '../state/queryParams.js';
import { WIDGET_ID_PREFIX, type SessionState } from '../state/sessionState.js';
import type { SessionRecord, StoredBinding, StoredTask } from '../store/sessionStore.js';
import { findUnstorable } from '../store/storable.js';
import type { ForwardQueue } from './forwardQueue.js';

/** What a record is made from and restored into: the parts of an AppSession a store keeps. */
export interface SnapshotTarget {
  readonly id: string;
  readonly state: SessionState;
  readonly queryParams: QueryParams;
  pagePath: string;
  readonly tasks: BackgroundTasks;
  readonly queue: ForwardQueue;
  readonly appliedCseq: number;
}

/** A record and what could not go into it. */
export interface CapturedRecord {
  readonly record: SessionRecord;
  /** One sentence per value left out, naming its key (for the log). */
  readonly problems: readonly string[];
}

/** The user-facing name of a state entry: its user key, or the widget's type and key. */
function labelOf(state: SessionState, key: string): string {
  if (!key.startsWith(WIDGET_ID_PREFIX)) return `st.sessionState.${key}`;
  const userKey = state.keyOf(key);
  const type = state.metadata.get(key)?.type ?? 'widget';
  return userKey !== undefined ? `st.sessionState.${userKey} (a ${type})` : `the value of a ${type} without a key`;
}

/**
 * The session as a {@link SessionRecord}: its state (values that cannot be
 * stored are left out and listed, never dropped silently), query params,
 * page, tasks, the client numbering (`era`, applied `cseq`, last `seq`) and
 * what the session is bound to.
 */
export function captureRecord(session: SnapshotTarget, binding: StoredBinding, era: number, now: number): CapturedRecord {
  const { values, keys } = session.state.exportValues();
  const stored: [string, unknown][] = [];
  const unavailable: string[] = [];
  const problems: string[] = [];
  for (const [key, value] of values) {
    const found = findUnstorable(value);
    if (!found) {
      stored.push([key, value]);
      continue;
    }
    const label = labelOf(session.state, key);
    unavailable.push(label);
    problems.push(`${label}${found.path} is ${found.what}: it is not in the session store, and a resume in another process will not have it.`);
  }
  const tasks: StoredTask[] = session.tasks.all().map((task) => {
    const base = { key: task.key, progress: task.progress, message: task.message, startedAt: task.startedAt, finishedAt: task.finishedAt };
    if (task.status === 'done') return findUnstorable(task.result) ? { ...base, status: 'lost' } : { ...base, status: 'done', result: task.result };
    if (task.status === 'error') return findUnstorable(task.error) ? { ...base, status: 'error' } : { ...base, status: 'error', error: task.error };
    return { ...base, status: task.status };
  });
  const record: SessionRecord = {
    id: session.id,
    binding,
    state: { values: stored, keys: [...keys] },
    query: session.queryParams.toString(),
    pagePath: session.pagePath,
    era,
    appliedCseq: session.appliedCseq,
    lastSeq: session.queue.lastSeq,
    tasks,
    unavailable,
    savedAt: now,
  };
  return { record, problems };
}

/**
 * Puts a stored session back into a new AppSession of this process: state,
 * query params, page, tasks (those that were running are `'lost'`), and the
 * numbering of messages (its client gets a snapshot, numbered after what it has).
 */
export function restoreRecord(session: SnapshotTarget, record: SessionRecord): void {
  session.state.importValues(record.state.values, record.state.keys);
  session.queryParams.load(record.query);
  session.pagePath = record.pagePath;
  session.tasks.restore(record.tasks);
  session.queue.restart(record.lastSeq);
}
