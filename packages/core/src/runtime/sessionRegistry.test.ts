import { describe, expect, it } from 'vitest';
import type { AppSession } from './appSession.js';
import { SessionRegistry } from './sessionRegistry.js';

/** The parts of an AppSession the registry reads. */
function session(id: string, token: string, connected = false): AppSession {
  return { id, token, connected } as unknown as AppSession;
}

const binding = { identity: '', origin: null, ip: '10.0.0.1' };

describe('SessionRegistry', () => {
  it('authorize: a side-channel request finds its session by id and token, never by one alone', () => {
    const registry = new SessionRegistry();
    registry.add(session('s1', 'a'.repeat(32)), binding);
    registry.add(session('s2', 'b'.repeat(32)), binding);
    expect(registry.authorize('s1', 'a'.repeat(32))?.id).toBe('s1');
    expect(registry.authorize('s1', 'b'.repeat(32))).toBeUndefined();
    expect(registry.authorize('s1', undefined)).toBeUndefined();
    expect(registry.authorize(null, 'a'.repeat(32))).toBeUndefined();
    expect(registry.authorize('s3', 'a'.repeat(32))).toBeUndefined();
  });

  it('resumable names the first thing that differs', () => {
    const registry = new SessionRegistry();
    registry.add(session('s1', 't'.repeat(32)), { identity: 'id:alice', origin: 'http://app.test', ip: undefined });
    const ok = { identity: 'id:alice', origin: 'http://app.test', ip: undefined };
    expect(registry.resumable('s1', 'x'.repeat(32), ok)).toBe('token');
    expect(registry.resumable('s1', 't'.repeat(32), { ...ok, identity: 'id:mallory' })).toBe('identity');
    expect(registry.resumable('s1', 't'.repeat(32), { ...ok, origin: null })).toBe('origin');
    expect((registry.resumable('s1', 't'.repeat(32), ok) as AppSession).id).toBe('s1');
    expect(registry.resumable('nope', 't'.repeat(32), ok)).toBeUndefined();
  });

  it('a session whose identity could not be computed is never resumable', () => {
    const registry = new SessionRegistry();
    registry.add(session('s1', 't'.repeat(32)), { identity: undefined, origin: null, ip: undefined });
    expect(registry.resumable('s1', 't'.repeat(32), { identity: undefined, origin: null, ip: undefined })).toBe('identity');
  });

  it('oldestDisconnected picks by disconnect time, optionally per address; gauges count live and disconnected', () => {
    const registry = new SessionRegistry();
    registry.add(session('a', 't'), { ...binding, ip: '1' });
    registry.add(session('b', 't'), { ...binding, ip: '2' });
    registry.add(session('c', 't', true), { ...binding, ip: '1' });
    registry.disconnected('b', 10);
    registry.disconnected('a', 20);
    expect(registry.oldestDisconnected()?.id).toBe('b');
    expect(registry.oldestDisconnected('1')?.id).toBe('a');
    expect(registry.countFor('1')).toBe(2);
    expect(registry.gauges()).toEqual({ liveSessions: 1, disconnectedSessions: 2 });
    registry.connected('b');
    expect(registry.oldestDisconnected()?.id).toBe('a');
  });
});
