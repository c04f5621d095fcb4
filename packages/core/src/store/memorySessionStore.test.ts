import { describe, expect, it } from 'vitest';
import { createMemorySessionStore } from './memorySessionStore.js';
import type { SessionRecord, StoredInput } from './sessionStore.js';

const record = (over: Partial<SessionRecord> = {}): SessionRecord => ({
  id: 's1',
  binding: { token: 't' },
  state: { values: [['count', 1]], keys: [] },
  query: '',
  pagePath: '',
  era: 0,
  appliedCseq: 0,
  lastSeq: 4,
  tasks: [],
  unavailable: [],
  savedAt: 0,
  ...over,
});
const input = (era: number, cseq: number): StoredInput => ({ era, msg: { type: 'stopScript', cseq } });

describe('createMemorySessionStore', () => {
  it('fences writes by epoch: after a claim, the old owner cannot save or append', async () => {
    const store = createMemorySessionStore();
    expect(await store.save(record(), 'a', 1, 1000)).toBe(true);
    const loaded = await store.load('s1');
    expect(loaded).toMatchObject({ epoch: 1, owner: 'a' });
    const claimed = await store.claim('s1', 'b', 1, 1000);
    expect(claimed).toMatchObject({ epoch: 2, owner: 'b', inputs: [] });
    expect(await store.claim('s1', 'c', 1, 1000)).toBeUndefined();
    expect(await store.save(record({ lastSeq: 9 }), 'a', 1, 1000)).toBe(false);
    expect(await store.appendInput('s1', 1, input(0, 1), 1000)).toBe(false);
    expect((await store.load('s1'))?.record.lastSeq).toBe(4);
    await store.delete('s1', 1);
    expect(await store.load('s1')).toBeDefined();
    await store.delete('s1', 2);
    expect(await store.load('s1')).toBeUndefined();
  });

  it('keeps inputs after the record’s mark, in (era, cseq) order, each once', async () => {
    const store = createMemorySessionStore();
    await store.save(record({ era: 0, appliedCseq: 2 }), 'a', 1, 1000);
    for (const i of [input(1, 1), input(0, 3), input(0, 2), input(0, 3), input(0, 4)]) await store.appendInput('s1', 1, i, 1000);
    const claimed = await store.claim('s1', 'b', 1, 1000);
    expect(claimed?.inputs.map((i) => [i.era, i.msg.cseq])).toEqual([
      [0, 3],
      [0, 4],
      [1, 1],
    ]);
    await store.save(record({ era: 1, appliedCseq: 0 }), 'b', 2, 1000);
    expect((await store.claim('s1', 'a', 2, 1000))?.inputs.map((i) => [i.era, i.msg.cseq])).toEqual([[1, 1]]);
  });

  it('copies records (later changes to the saved object do not leak) and expires them by TTL unless touched', async () => {
    let now = 0;
    const store = createMemorySessionStore({ now: () => now });
    const values: [string, unknown][] = [['count', 1]];
    await store.save(record({ state: { values, keys: [] } }), 'a', 1, 100);
    values[0]![1] = 99;
    expect((await store.load('s1'))?.record.state.values).toEqual([['count', 1]]);
    now = 90;
    expect(await store.touch(['s1', 'other'], 100)).toEqual(['other']);
    expect(await store.appendInput('other', 1, input(0, 1), 100)).toBeUndefined();
    now = 150;
    expect(await store.load('s1')).toBeDefined();
    now = 191;
    expect(await store.load('s1')).toBeUndefined();
  });
});
