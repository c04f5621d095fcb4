import { describe, expect, it } from 'vitest';
import type { BackMsg } from './backMsg.js';
import { ClientSession } from './clientSession.js';
import type { ForwardMsg } from './forwardMsg.js';
import type { Scheduler } from './scheduler.js';

/** Fake time: `advance(ms)` runs the timers due. */
function fakeTime() {
  let now = 0;
  const timers = new Set<{ at: number; fn: () => void }>();
  const scheduler: Scheduler = {
    setTimeout: (fn, ms) => {
      const timer = { at: now + ms, fn };
      timers.add(timer);
      return timer;
    },
    clearTimeout: (handle) => void timers.delete(handle as { at: number; fn: () => void }),
    now: () => now,
  };
  const advance = (ms: number) => {
    now += ms;
    for (const timer of [...timers].sort((a, b) => a.at - b.at)) {
      if (timer.at > now) continue;
      timers.delete(timer);
      timer.fn();
    }
  };
  return { scheduler, advance };
}

const status = (seq: number): ForwardMsg => ({ type: 'sessionStatus', state: 'idle', runId: '', seq });
const newSession = (resumed = false): ForwardMsg => ({
  type: 'newSession',
  seq: 0,
  sessionId: 's1',
  protocolVersion: 1,
  resumed,
  config: { staleDelayMs: 300, sessionTtlMs: 1000, debounceMs: 100 },
});

function client() {
  const time = fakeTime();
  const sent: BackMsg[] = [];
  const session = new ClientSession({ storageKey: 'k', hello: () => ({}), onMessage: () => undefined, scheduler: time.scheduler, ackDelayMs: 50 });
  session.opened((text) => sent.push(JSON.parse(text) as BackMsg));
  return { session, sent, advance: time.advance, acks: () => sent.filter((m) => m.type === 'ack') };
}

describe('ClientSession acknowledges the ForwardMsgs it applied', () => {
  it('sends one ack { seq } for everything applied within ackDelayMs, with cseq 0', () => {
    const c = client();
    c.session.receive([newSession(), status(1), status(2)]);
    c.advance(20);
    c.session.receive([status(3)]);
    expect(c.acks()).toEqual([]);
    c.advance(30);
    expect(c.acks()).toEqual([{ cseq: 0, type: 'ack', seq: 3 }]);
    c.advance(1000);
    expect(c.acks()).toHaveLength(1);
  });

  it('does not acknowledge connection messages alone, nor while disconnected (the hello says it on reconnect)', () => {
    const c = client();
    c.session.receive([newSession()]);
    c.advance(100);
    expect(c.acks()).toEqual([]);
    c.session.receive([status(1)]);
    c.session.closed();
    c.advance(100);
    expect(c.acks()).toEqual([]);
    c.session.opened((text) => c.sent.push(JSON.parse(text) as BackMsg));
    expect(c.sent.at(-1)).toMatchObject({ type: 'hello', lastSeq: 1 });
    c.advance(100);
    expect(c.acks()).toEqual([]);
  });

  it('never counts an ack as a pending BackMsg (it is not numbered or re-sent)', () => {
    const c = client();
    c.session.receive([newSession(), status(1)]);
    c.advance(50);
    expect(c.session.pending).toBe(0);
    expect(c.session.send({ type: 'stopScript' })).toBe(1);
  });
});

describe('ClientSession adopts the first run its host page carried', () => {
  /** A sessionStorage stand-in. */
  const memoryStore = (entries: Record<string, string> = {}) => {
    const map = new Map(Object.entries(entries));
    return {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
  };

  it('applies the page’s messages and resumes that session after them', () => {
    const applied: ForwardMsg[] = [];
    const store = memoryStore();
    const session = new ClientSession({ storageKey: 'k', store, hello: () => ({}), onMessage: (m) => applied.push(m) });
    expect(session.adoptFirstRun([{ ...newSession(), sessionToken: 't1' } as ForwardMsg, status(1), status(2)])).toBe(true);
    expect(applied.map((m) => m.seq)).toEqual([0, 1, 2]);
    expect(store.getItem('k')).toBe('s1');
    const frames: string[] = [];
    session.opened((text) => frames.push(text));
    expect(JSON.parse(frames[0]!)).toMatchObject({ type: 'hello', sessionId: 's1', sessionToken: 't1', lastSeq: 2 });
  });

  it('leaves them when the tab has a session of its own (a reload resumes that one), or when they do not start with newSession', () => {
    const applied: ForwardMsg[] = [];
    const reloaded = new ClientSession({
      storageKey: 'k',
      store: memoryStore({ k: 'own', 'k:token': 'tok' }),
      hello: () => ({}),
      onMessage: (m) => applied.push(m),
    });
    expect(reloaded.adoptFirstRun([newSession(), status(1)])).toBe(false);
    const frames: string[] = [];
    reloaded.opened((text) => frames.push(text));
    expect(JSON.parse(frames[0]!)).toMatchObject({ type: 'hello', sessionId: 'own', sessionToken: 'tok' });
    const fresh = new ClientSession({ storageKey: 'k', hello: () => ({}), onMessage: (m) => applied.push(m) });
    expect(fresh.adoptFirstRun([status(1)])).toBe(false);
    expect(applied).toEqual([]);
  });
});
