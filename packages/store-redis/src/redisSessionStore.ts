import { deserialize, serialize } from 'node:v8';
import { inputOrder, type ClaimedSession, type LoadedSession, type SessionRecord, type SessionStore, type StoredInput } from '@lit-ui/core';
import { script } from './luaScript.js';
import type { RedisConnections } from './redisConnection.js';

/** Writes the record if the epoch is still the writer's (or the session is new); drops the inputs it includes. */
const SAVE = `
local e = redis.call('HGET', KEYS[1], 'epoch')
if e and tonumber(e) ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'rec', ARGV[3], 'epoch', ARGV[1], 'owner', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[5])
if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[4]) end
return 1`;

/** Adds an input (one per order number) if the epoch is still the writer's; -1 when there is no record. */
const APPEND = `
local e = redis.call('HGET', KEYS[1], 'epoch')
if not e then return -1 end
if tonumber(e) ~= tonumber(ARGV[1]) then return 0 end
redis.call('ZREMRANGEBYSCORE', KEYS[2], ARGV[2], ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1`;

/** Bumps the epoch if it is still the expected one; returns the record, the new epoch and the inputs. */
const CLAIM = `
local e = redis.call('HGET', KEYS[1], 'epoch')
if not e or tonumber(e) ~= tonumber(ARGV[1]) then return false end
local n = tonumber(e) + 1
redis.call('HSET', KEYS[1], 'epoch', n, 'owner', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[3]) end
return { redis.call('HGET', KEYS[1], 'rec'), n, redis.call('ZRANGE', KEYS[2], 0, -1) }`;

/** Deletes the session if the epoch is still the caller's. */
const DELETE = `
local e = redis.call('HGET', KEYS[1], 'epoch')
if e and tonumber(e) ~= tonumber(ARGV[1]) then return 0 end
return redis.call('DEL', KEYS[1], KEYS[2])`;

/**
 * A {@link SessionStore} on Redis. Per session: a hash `<prefix>:session:<id>`
 * (the record, serialised with Node's `v8.serialize` — structured clone's
 * format — its epoch and owner) and a sorted set `<prefix>:inbox:<id>` of the
 * inputs written ahead (JSON, scored by era and `cseq`). Each write is one
 * Lua script, so the epoch check and the write are atomic. Both keys expire
 * `ttlMs` after the last write or touch.
 */
export function createRedisSessionStore(redis: RedisConnections, prefix: string): SessionStore {
  const keys = (id: string): [string, string] => [`${prefix}:session:${id}`, `${prefix}:inbox:${id}`];
  const save = script(redis, SAVE, 2);
  const append = script(redis, APPEND, 2);
  const claim = script(redis, CLAIM, 2);
  const remove = script(redis, DELETE, 2);
  const parseInputs = (members: readonly Buffer[], record: SessionRecord): StoredInput[] => {
    const mark = inputOrder(record.era, record.appliedCseq);
    return members.map((m) => JSON.parse(m.toString('utf8')) as StoredInput).filter((i) => inputOrder(i.era, i.msg.cseq) > mark);
  };

  return {
    load: async (id): Promise<LoadedSession | undefined> => {
      redis.assertUp();
      const [rec, epoch, owner] = await redis.commands.hmgetBuffer(keys(id)[0], 'rec', 'epoch', 'owner');
      if (!rec || !epoch) return undefined;
      return { record: deserialize(rec) as SessionRecord, epoch: Number(epoch.toString()), owner: owner?.toString() ?? '' };
    },
    claim: async (id, owner, epoch, ttlMs): Promise<ClaimedSession | undefined> => {
      const reply = (await claim(...keys(id), epoch, owner, Math.ceil(ttlMs))) as [Buffer | null, number, Buffer[]] | null;
      if (!reply || !reply[0]) return undefined;
      const record = deserialize(reply[0]) as SessionRecord;
      return { record, epoch: Number(reply[1]), owner, inputs: parseInputs(reply[2], record) };
    },
    save: async (record, owner, epoch, ttlMs) => {
      // Serialised now, before any await: the caller's objects go on changing.
      const bytes = serialize(record);
      const mark = inputOrder(record.era, record.appliedCseq);
      return (await save(...keys(record.id), epoch, owner, bytes, Math.ceil(ttlMs), mark)) === 1;
    },
    appendInput: async (id, epoch, input, ttlMs) => {
      const reply = await append(...keys(id), epoch, inputOrder(input.era, input.msg.cseq), JSON.stringify(input), Math.ceil(ttlMs));
      return reply === -1 ? undefined : reply === 1;
    },
    touch: async (ids, ttlMs) => {
      redis.assertUp();
      const pipeline = redis.commands.pipeline();
      for (const id of ids) for (const key of keys(id)) pipeline.pexpire(key, Math.ceil(ttlMs));
      const replies = (await pipeline.exec()) ?? [];
      // PEXPIRE answers 0 for a key that is not there: every other reply is a session's record.
      return ids.filter((_, i) => replies[2 * i]?.[1] === 0);
    },
    delete: async (id, epoch) => {
      await remove(...keys(id), epoch);
    },
  };
}
