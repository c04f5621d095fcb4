import { isPathWithin, pathKey, type DeltaPath } from '../protocol/deltaPath.js';
import type { ForwardMsg } from '../protocol/forwardMsg.js';

/** What a collapsed delta leaves: an empty element, so the slot exists for what follows (it may have appended it). */
const PLACEHOLDER = { type: 'empty' } as const;

/**
 * Element deltas that a later element delta for the same path replaces,
 * with nothing in between that could make them matter: a block delta at or
 * above the path, a trim (`scriptFinished`), a snapshot.
 */
function supersededDeltas(batch: readonly ForwardMsg[]): boolean[] {
  const superseded = batch.map(() => false);
  const later = new Map<string, DeltaPath>();
  for (let i = batch.length - 1; i >= 0; i--) {
    const msg = batch[i]!;
    if (msg.type === 'snapshot' || msg.type === 'scriptFinished') later.clear();
    if (msg.type !== 'delta') continue;
    if ('element' in msg) {
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
 * A block delta at or above the path, a `scriptFinished` (its trims) and a
 * snapshot end a run. Every other message is kept, in order. Applied by
 * the client's reducer, the collapsed batch gives the same tree as the
 * whole batch.
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
    if (msg.type === 'snapshot' || msg.type === 'scriptFinished') started.clear();
    if (msg.type === 'delta' && !('element' in msg)) {
      for (const key of [...started]) if (isPathWithin(key.split('.').map(Number), msg.path)) started.delete(key);
    }
    if (msg.type !== 'delta' || !('element' in msg)) return void kept.push(msg);
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
