import { describe, expect, it } from 'vitest';
import { createHeartbeat, type HeartbeatSocket } from './heartbeat.js';

/** Manual timers: `fire()` runs the pending callback. */
function manualTimers() {
  let pending: (() => void) | undefined;
  return {
    scheduler: {
      setTimeout: (fn: () => void) => {
        pending = fn;
        return fn;
      },
      clearTimeout: () => {
        pending = undefined;
      },
    },
    get pending() {
      return pending !== undefined;
    },
    fire() {
      const fn = pending;
      pending = undefined;
      fn?.();
    },
  };
}

function fakeSocket() {
  const socket = { pings: 0, terminated: false, ping: () => void socket.pings++, terminate: () => void (socket.terminated = true) };
  return socket satisfies HeartbeatSocket;
}

describe('createHeartbeat', () => {
  it('pings live sockets and terminates one that missed a pong', () => {
    const timers = manualTimers();
    const heartbeat = createHeartbeat({ pingMs: 1000, scheduler: timers.scheduler });
    const good = fakeSocket();
    const silent = fakeSocket();
    heartbeat.track(good);
    heartbeat.track(silent);
    timers.fire();
    expect(good.pings).toBe(1);
    expect(silent.pings).toBe(1);
    heartbeat.alive(good);
    timers.fire();
    expect(good.terminated).toBe(false);
    expect(good.pings).toBe(2);
    expect(silent.terminated).toBe(true);
    expect(silent.pings).toBe(1);
  });

  it('runs no timer without sockets and stops on demand', () => {
    const timers = manualTimers();
    const heartbeat = createHeartbeat({ pingMs: 1000, scheduler: timers.scheduler });
    expect(timers.pending).toBe(false);
    const socket = fakeSocket();
    heartbeat.track(socket);
    expect(timers.pending).toBe(true);
    heartbeat.untrack(socket);
    timers.fire();
    expect(socket.pings).toBe(0);
    expect(timers.pending).toBe(false);
    heartbeat.track(socket);
    heartbeat.stop();
    expect(timers.pending).toBe(false);
  });

  it('is off when pingMs is 0', () => {
    const timers = manualTimers();
    createHeartbeat({ pingMs: 0, scheduler: timers.scheduler }).track(fakeSocket());
    expect(timers.pending).toBe(false);
  });
});
