import type { IncomingMessage } from 'node:http';
import { CloseCode, type ForwardMsg } from '@lit-ui/core/protocol';
import { describe, expect, it } from 'vitest';
import { createFakeRuntime, type FakeRuntime } from '../test/fakeRuntime.js';
import { parseMuxFrame } from './muxFrame.js';
import { createMuxRouter, MuxRefusal, type MuxMember, type MuxRouterOptions } from './muxRouter.js';

const req = {
  url: '/a/_lit-ui/mux',
  headers: { host: 'example.test', origin: 'http://example.test', cookie: 'k=v' },
  socket: { remoteAddress: '10.0.0.7' },
} as unknown as IncomingMessage;

function member(
  path: string,
  runtime: FakeRuntime = createFakeRuntime(),
  extra: Partial<Omit<MuxMember, 'runtime'>> = {},
): MuxMember & { runtime: FakeRuntime } {
  return { matches: (pathname) => pathname === path, channels: new Set(), ...extra, runtime };
}

function setup(members: MuxMember[], options: Partial<MuxRouterOptions> = {}) {
  const sent: string[] = [];
  const socket = { sent, bufferedBytes: 0, closedWith: undefined as number | undefined, terminated: false };
  const router = createMuxRouter({
    req,
    route: (pathname) => members.find((m) => m.matches(pathname)),
    socket: {
      send: (text) => void sent.push(text),
      get bufferedBytes() {
        return socket.bufferedBytes;
      },
      close: (code) => void (socket.closedWith = code),
      terminate: () => void (socket.terminated = true),
    },
    ...options,
  });
  return { router, socket, frames: () => sent.map((text) => parseMuxFrame(text)) };
}

const batch: ForwardMsg[] = [{ type: 'sessionStatus', seq: 1, state: 'idle', runId: 'r1' }];

describe('createMuxRouter', () => {
  it('routes each channel to the app its path names, frames both ways, with the app path as the context URL', async () => {
    const a = member('/a/_lit-ui/ws');
    const b = member('/b/_lit-ui/ws');
    const { router, frames } = setup([a, b]);
    router.receive('+1 /a/_lit-ui/ws');
    router.receive('+2 /b/_lit-ui/ws?x=1');
    const connA = await a.runtime.connections.next();
    const connB = await b.runtime.connections.next();
    expect(connA.conn.context).toMatchObject({ url: 'http://example.test/a/_lit-ui/ws', cookies: { k: 'v' }, ip: '10.0.0.7' });
    expect(connB.conn.context.url).toBe('http://example.test/b/_lit-ui/ws?x=1');
    router.receive('2{"type":"stopScript","cseq":1}');
    router.receive('1{"type":"hello","cseq":0}');
    expect(await connB.frames.next()).toBe('{"type":"stopScript","cseq":1}');
    expect(await connA.frames.next()).toBe('{"type":"hello","cseq":0}');
    connB.conn.send(batch);
    expect(frames()).toEqual([
      { kind: 'open', channel: 1, path: '' },
      { kind: 'open', channel: 2, path: '' },
      { kind: 'data', channel: 2, text: JSON.stringify(batch) },
    ]);
    expect(a.channels.size).toBe(1);
  });

  it('refuses a channel to an unknown app, a duplicate id, a foreign origin, a refused user and too many channels', async () => {
    const foreign = createFakeRuntime();
    const guarded = member('/g/_lit-ui/ws', createFakeRuntime(), {
      getUser: () => {
        throw new Error('no cookie');
      },
    });
    const a = member('/a/_lit-ui/ws');
    const strict = member('/s/_lit-ui/ws', foreign);
    const { router, frames, socket } = setup([a, guarded, strict], { maxChannels: 2 });
    router.receive('+1 /nowhere/_lit-ui/ws');
    router.receive('+2 /a/_lit-ui/ws');
    router.receive('+2 /a/_lit-ui/ws');
    router.receive('+3 /g/_lit-ui/ws');
    await new Promise((resolve) => setTimeout(resolve, 0));
    router.receive('+4 /a/_lit-ui/ws');
    router.receive('+5 /a/_lit-ui/ws');
    expect(frames().filter((f) => f?.kind === 'close')).toEqual([
      { kind: 'close', channel: 1, code: MuxRefusal.unknownApp, reason: 'No app at this path' },
      { kind: 'close', channel: 2, code: MuxRefusal.duplicate, reason: 'Channel already open' },
      { kind: 'close', channel: 3, code: MuxRefusal.unauthorized, reason: 'Unauthorized' },
      { kind: 'close', channel: 5, code: MuxRefusal.tooManyChannels, reason: 'Too many channels on this socket' },
    ]);
    expect(a.runtime.connections.items).toHaveLength(2);
    expect(guarded.runtime.connections.items).toHaveLength(0);
    // Another origin than the app's: refused by that app's rule, before any connection.
    const other = setup([strict]);
    const evil = { ...req, headers: { ...req.headers, origin: 'http://evil.test' } } as unknown as IncomingMessage;
    const evilRouter = createMuxRouter({
      req: evil,
      route: () => strict,
      socket: { send: (t) => other.socket.sent.push(t), bufferedBytes: 0, close: () => undefined, terminate: () => undefined },
    });
    evilRouter.receive('+1 /s/_lit-ui/ws');
    expect(parseMuxFrame(other.socket.sent[0]!)).toMatchObject({ kind: 'close', channel: 1, code: CloseCode.originRefused });
    expect(foreign.connections.items).toHaveLength(0);
    expect(socket.closedWith).toBeUndefined();
  });

  it('closing one channel leaves the others; the socket closing closes them all', async () => {
    const a = member('/a/_lit-ui/ws');
    const { router } = setup([a]);
    router.receive('+1 /a/_lit-ui/ws');
    router.receive('+2 /a/_lit-ui/ws');
    const [one, two] = [await a.runtime.connections.next(), await a.runtime.connections.next()];
    router.receive('-1 1000 ');
    expect(one.closed).toBe(true);
    expect(two.closed).toBe(false);
    router.receive('1{"type":"stopScript","cseq":1}');
    router.receive('2{"type":"stopScript","cseq":1}');
    expect(one.frames.items).toEqual([]);
    expect(two.frames.items).toHaveLength(1);
    router.closed();
    expect(two.closed).toBe(true);
    expect(a.channels.size).toBe(0);
  });

  it('a runtime close ends only its channel on the wire, except 1013, which ends the socket; buffered bytes are the socket’s', async () => {
    const a = member('/a/_lit-ui/ws');
    const { router, frames, socket } = setup([a]);
    router.receive('+1 /a/_lit-ui/ws');
    router.receive('+2 /a/_lit-ui/ws');
    const [one, two] = [await a.runtime.connections.next(), await a.runtime.connections.next()];
    socket.bufferedBytes = 5000;
    expect(two.conn.bufferedBytes).toBe(5000);
    one.conn.close(CloseCode.goingAway, 'Taken over');
    await one.whenClosed;
    expect(frames().at(-1)).toEqual({ kind: 'close', channel: 1, code: 1001, reason: 'Taken over' });
    expect(one.conn.send(batch)).toBe(0);
    expect(socket.terminated).toBe(false);
    two.conn.close(CloseCode.tryAgainLater, 'Too far behind');
    expect(socket.terminated).toBe(true);
  });

  it('closes the socket with 4400 on a frame that is not a mux frame', () => {
    const { router, socket } = setup([member('/a/_lit-ui/ws')]);
    router.receive('{"type":"hello"}');
    expect(socket.closedWith).toBe(CloseCode.protocolError);
  });
});
