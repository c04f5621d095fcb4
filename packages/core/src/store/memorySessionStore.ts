/* eslint-disable @typescript-eslint/require-await -- in-memory implementations of async interfaces: async methods turn a throw into a rejection, as a shared store's would */
import { inputOrder, type SessionRecord, type SessionStore, type StoredInput } from './sessionStore.js';

/** Options of {@link createMemorySessionStore}. */
export interface MemorySessionStoreOptions {
  /** Clock, in ms since the epoch. Default `Date.now`. */
  readonly now?: () => number;
}

interface Stored {
  record: SessionRecord;
  epoch: number;
  owner: string;
  inputs: StoredInput[];
  expiresAt: number;
}

/**
 * A {@link SessionStore} in this process's memory, with the same semantics
 * as a shared one (epochs, fencing, TTL, copies): for several runtimes in
 * one process, and for tests. It does not outlive the process, so it is no
 * protection against a crash; use `@lit-ui/store-redis` for that.
 *
 * @example
 * const sessionStore = createMemorySessionStore();
 * const a = createRuntime(app, { sessionStore, workerId: 'a' });
 * const b = createRuntime(app, { sessionStore, workerId: 'b' });
 */
export function createMemorySessionStore(options: MemorySessionStoreOptions = {}): SessionStore {
  const now = options.now ?? (() => Date.now());
  const sessions = new Map<string, Stored>();
  const live = (id: string): Stored | undefined => {
    const entry = sessions.get(id);
    if (entry && entry.expiresAt <= now()) sessions.delete(id);
    return sessions.get(id);
  };
  const copy = <T>(value: T): T => structuredClone(value);

  return {
    load: async (id) => {
      const entry = live(id);
      return entry && { record: copy(entry.record), epoch: entry.epoch, owner: entry.owner };
    },
    claim: async (id, owner, epoch, ttlMs) => {
      const entry = live(id);
      if (!entry || entry.epoch !== epoch) return undefined;
      entry.epoch += 1;
      entry.owner = owner;
      entry.expiresAt = now() + ttlMs;
      const mark = inputOrder(entry.record.era, entry.record.appliedCseq);
      const inputs = entry.inputs.filter((input) => inputOrder(input.era, input.msg.cseq) > mark);
      return { record: copy(entry.record), epoch: entry.epoch, owner, inputs: copy(inputs) };
    },
    save: async (record, owner, epoch, ttlMs) => {
      const snapshot = copy(record);
      const entry = live(record.id);
      if (entry && entry.epoch !== epoch) return false;
      const mark = inputOrder(snapshot.era, snapshot.appliedCseq);
      const inputs = (entry?.inputs ?? []).filter((input) => inputOrder(input.era, input.msg.cseq) > mark);
      sessions.set(record.id, { record: snapshot, epoch, owner, inputs, expiresAt: now() + ttlMs });
      return true;
    },
    appendInput: async (id, epoch, input, ttlMs) => {
      const entry = live(id);
      if (!entry) return undefined;
      if (entry.epoch !== epoch) return false;
      const order = inputOrder(input.era, input.msg.cseq);
      if (!entry.inputs.some((i) => inputOrder(i.era, i.msg.cseq) === order)) {
        entry.inputs.push(copy(input));
        entry.inputs.sort((a, b) => inputOrder(a.era, a.msg.cseq) - inputOrder(b.era, b.msg.cseq));
      }
      entry.expiresAt = now() + ttlMs;
      return true;
    },
    touch: async (ids, ttlMs) => {
      const missing: string[] = [];
      for (const id of ids) {
        const entry = live(id);
        if (entry) entry.expiresAt = now() + ttlMs;
        else missing.push(id);
      }
      return missing;
    },
    delete: async (id, epoch) => {
      if (live(id)?.epoch === epoch) sessions.delete(id);
    },
  };
}
