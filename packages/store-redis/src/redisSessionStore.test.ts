import { LitUiError, type SessionRecord, type StoredInput } from '@lit-ui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RedisServer } from '../../../tests/cluster/redisServer.js';
import { createRedisStores, type RedisStores } from './createRedisStores.js';

let redis: RedisServer;
const opened: RedisStores[] = [];
const stores = (prefix = 'app') => {
  const made = createRedisStores({ url: redis.url, prefix, commandTimeoutMs: 500 });
  opened.push(made);
  return made;
};

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  await redis.stop();
});

const record = (over: Partial<SessionRecord> = {}): SessionRecord => ({
  id: 's1',
  binding: { token: 'secret' },
  state: {
    values: [
      ['count', 1],
      ['when', new Date(5)],
      ['tags', new Set(['a'])],
    ],
    keys: [['n', '$$ID-n']],
  },
  query: 'q=1',
  pagePath: '',
  era: 0,
  appliedCseq: 0,
  lastSeq: 4,
  tasks: [{ key: 't', status: 'running', progress: 0.5, message: 'half', startedAt: 1, finishedAt: undefined }],
  unavailable: [],
  savedAt: 0,
  ...over,
});
const input = (era: number, cseq: number): StoredInput => ({ era, msg: { type: 'rerunScript', cseq, widgets: [{ id: 'w', value: cseq }] } });

describe('the Redis session store', () => {
  it('round-trips a record with structured-clone types', async () => {
    const { sessionStore } = stores();
    const id = 'round-trip';
    expect(await sessionStore.save(record({ id }), 'w1', 1, 10_000)).toBe(true);
    const loaded = await sessionStore.load(id);
    expect(loaded).toMatchObject({ epoch: 1, owner: 'w1' });
    expect(loaded?.record).toEqual(record({ id }));
    expect(loaded?.record.state.values[1]?.[1]).toBeInstanceOf(Date);
    expect(await sessionStore.load('nobody')).toBeUndefined();
  });

  it('fences by epoch across connections (two processes)', async () => {
    const a = stores().sessionStore;
    const b = stores().sessionStore;
    const id = 'fenced';
    await a.save(record({ id }), 'a', 1, 10_000);
    const claimed = await b.claim(id, 'b', 1, 10_000);
    expect(claimed).toMatchObject({ epoch: 2, owner: 'b' });
    expect(await a.claim(id, 'a', 1, 10_000)).toBeUndefined();
    expect(await a.save(record({ id, lastSeq: 99 }), 'a', 1, 10_000)).toBe(false);
    expect(await a.appendInput(id, 1, input(0, 1), 10_000)).toBe(false);
    await a.delete(id, 1);
    expect((await b.load(id))?.record.lastSeq).toBe(4);
    await b.delete(id, 2);
    expect(await b.load(id)).toBeUndefined();
  });

  it('hands back the inputs after the record’s mark in order, and drops those a save includes', async () => {
    const { sessionStore } = stores();
    const id = 'inbox';
    await sessionStore.save(record({ id, appliedCseq: 1 }), 'a', 1, 10_000);
    for (const i of [input(0, 3), input(0, 1), input(0, 2), input(1, 1), input(0, 3)]) await sessionStore.appendInput(id, 1, i, 10_000);
    const claimed = await sessionStore.claim(id, 'b', 1, 10_000);
    expect(claimed?.inputs.map((i) => [i.era, i.msg.cseq])).toEqual([
      [0, 2],
      [0, 3],
      [1, 1],
    ]);
    await sessionStore.save(record({ id, era: 0, appliedCseq: 3 }), 'b', 2, 10_000);
    expect(await redis.client.zcard(`lit-ui:app:inbox:${id}`)).toBe(1);
  });

  it('expires records by TTL, refreshed by touch, which names the records that are gone', async () => {
    const { sessionStore } = stores();
    await sessionStore.save(record({ id: 'ttl' }), 'a', 1, 5_000);
    expect(await redis.client.pttl('lit-ui:app:session:ttl')).toBeGreaterThan(4_000);
    expect(await sessionStore.touch(['ttl', 'gone'], 60_000)).toEqual(['gone']);
    expect(await redis.client.pttl('lit-ui:app:session:ttl')).toBeGreaterThan(50_000);
    expect(await sessionStore.appendInput('gone', 1, input(0, 1), 1000)).toBeUndefined();
  });

  it('keeps apps apart by prefix', async () => {
    const one = stores('one').sessionStore;
    const two = stores('two').sessionStore;
    await one.save(record({ id: 'shared-id' }), 'a', 1, 10_000);
    expect(await two.load('shared-id')).toBeUndefined();
    expect(() => createRedisStores({ url: redis.url, prefix: 'bad prefix*' })).toThrow(LitUiError);
  });

  it('rejects at once while Redis is down, and works again when it is back', async () => {
    const { sessionStore } = stores();
    await sessionStore.save(record({ id: 'outage' }), 'a', 1, 10_000);
    await redis.down();
    await expect(sessionStore.load('outage')).rejects.toThrow();
    await redis.start();
    let back = false;
    for (let i = 0; i < 100 && !back; i++) {
      back = await sessionStore.save(record({ id: 'outage' }), 'a', 1, 10_000).catch(() => false);
      if (!back) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(back).toBe(true);
    expect((await sessionStore.load('outage'))?.epoch).toBe(1);
  });
});
