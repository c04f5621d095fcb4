import { isPathWithin, pathKey, type DeltaPath } from '../protocol/deltaPath.js';
import type { ForwardMsg } from '../protocol/forwardMsg.js';

/** What a collapsed delta leaves: an empty element, so the slot exists for what follows (it may have appended it). */
const PLACEHOLDER = { type: 'empty' } as const;

/**
 * How a message takes part in collapsing. The rule: only an element delta
 * (`replace`) is ever collapsed, because it is known to replace the whole
 * element at its delta path. Everything else passes through in order and is
 * never merged:
 * - `reshape` (a block delta) ends the runs at and under its path;
 * - `reset` (`snapshot`, `scriptFinished` with its trims, `newSession`) and
 *   `barrier` end every run, so each delta sent before it reaches the client
 *   as it was sent, and the client applies the message to the same tree it
 *   would have without collapsing;
 * - `neutral` messages neither read nor change an element's content, so a
 *   run goes on across them.
 *
 * A message type not listed here (a `dataWindow` reply, a message that edits
 * an element in place such as an append, any type added later) is a
 * `barrier`: collapsing never assumes what it does not know.
 */
type CollapseRole = 'replace' | 'reshape' | 'reset' | 'neutral' | 'barrier';

const RESETS: ReadonlySet<string> = new Set<ForwardMsg['type']>(['snapshot', 'scriptFinished', 'newSession']);
const NEUTRAL: ReadonlySet<string> = new Set<ForwardMsg['type']>([
  'ack',
  'confirm',
  'sessionStatus',
  'pageConfig',
  'navigation',
  'queryParams',
  'error',
]);

/** The {@link CollapseRole} of a message; `barrier` for every type not named above. */
function roleOf(msg: ForwardMsg): CollapseRole {
  if (msg.type === 'delta') return 'element' in msg ? 'replace' : 'reshape';
  if (RESETS.has(msg.type)) return 'reset';
  return NEUTRAL.has(msg.type) ? 'neutral' : 'barrier';
}

/**
 * Element deltas that a later element delta for the same path replaces,
 * with nothing in between that could make them matter: a block delta at or
 * above the path, a reset or a barrier (see {@link CollapseRole}).
 */
function supersededDeltas(batch: readonly ForwardMsg[]): boolean[] {
  const superseded = batch.map(() => false);
  const later = new Map<string, DeltaPath>();
  for (let i = batch.length - 1; i >= 0; i--) {
    const msg = batch[i]!;
    const role = roleOf(msg);
    if (role === 'reset' || role === 'barrier') later.clear();
    if (msg.type !== 'delta') continue;
    if (role === 'replace') {
      const key = pathKey(msg.path);
      if (later.has(key)) superseded[i] = true;
      else later.set(key, msg.path);
    } else {
      for (const [key, path] of later) if (isPathWithin(path, msg.path)) later.delete(key);
    }
  }
  return superseded;
}

/**
 * Collapses the element deltas of a batch so that a client that lags gets
 * one composed update per delta path instead of the backlog (DESIGN,
 * "Outbound backpressure"): of a run of element deltas for one path, the
 * last is kept, the first becomes an empty element (it may be the one that
 * appended the slot, which later siblings need), the others are dropped.
 * Only element deltas are collapsed; every other message is kept, in
 * order, never merged. A block delta at or above the path, a reset
 * (`snapshot`, `scriptFinished` with its trims, `newSession`) and a message
 * of any type the rule does not know (a `dataWindow` reply, an in-place
 * edit) end a run. Applied by the client's reducer, the collapsed batch
 * gives the same tree as the whole batch, and each message that is not an
 * element delta meets the tree it would have met without collapsing.
 *
 * @param batch - ForwardMsgs in the order they would be sent.
 * @returns A new array.
 *
 * @example
 * collapseDeltas([textAt([0, 1], 'a', 1), textAt([0, 1], 'b', 2), textAt([0, 1], 'c', 3)]);
 * // [emptyAt([0, 1], 1), textAt([0, 1], 'c', 3)]
 */
export function collapseDeltas(batch: readonly ForwardMsg[]): ForwardMsg[] {
  const superseded = supersededDeltas(batch);
  const started = new Set<string>();
  const kept: ForwardMsg[] = [];
  batch.forEach((msg, i) => {
    const role = roleOf(msg);
    if (role === 'reset' || role === 'barrier') started.clear();
    if (role === 'reshape' && msg.type === 'delta') {
      for (const key of [...started]) if (isPathWithin(key.split('.').map(Number), msg.path)) started.delete(key);
    }
    if (role !== 'replace' || msg.type !== 'delta') return void kept.push(msg);
    const key = pathKey(msg.path);
    if (!superseded[i]) {
      started.add(key);
      kept.push(msg);
    } else if (!started.has(key)) {
      started.add(key);
      kept.push({ type: 'delta', seq: msg.seq, path: msg.path, element: PLACEHOLDER });
    }
  });
  return kept;
}
