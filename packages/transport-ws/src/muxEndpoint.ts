import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { Duplex } from 'node:stream';
import type { Scheduler } from '@lit-ui/core';
import { toRequest } from '@lit-ui/core/node';
import { CloseCode } from '@lit-ui/core/protocol';
import { WebSocketServer, type PerMessageDeflateOptions, type WebSocket } from 'ws';
import { textOf } from './bindConnection.js';
import { encodeBatch, gzipFramesWanted } from './frameCompression.js';
import { createHeartbeat, type Heartbeat } from './heartbeat.js';
import { MUX_PATH_SUFFIX } from './muxFrame.js';
import { createMuxRouter, type MuxMember } from './muxRouter.js';
import { refuseUpgrade } from './refuseUpgrade.js';
import { claimed, claimUpgrades } from './upgradeClaims.js';
import { WS_PATH_SUFFIX } from './wsPathSuffix.js';

/** An app's WebSocket transport as a member of its server's shared endpoint. */
export interface MuxEndpointMember extends MuxMember {
  /** Largest frame of this app in bytes; the shared socket takes the largest of its server's apps (plus the channel id). */
  readonly maxMessageBytes: number;
  /** permessage-deflate of sockets opened at this app's mount (ws' setting). */
  readonly perMessageDeflate: false | PerMessageDeflateOptions;
  /** Large frames gzip-compressed to clients that ask (`?frames=gzip`), as on the app's own sockets; the shared socket takes its opener's. */
  readonly compressFrames: boolean;
  readonly pingMs: number;
  readonly scheduler?: Pick<Scheduler, 'setTimeout' | 'clearTimeout'> | undefined;
}

interface Endpoint {
  readonly members: Set<MuxEndpointMember>;
  readonly sockets: Set<WebSocket>;
  readonly heartbeat: Heartbeat;
  readonly release: () => void;
}

const endpoints = new WeakMap<HttpServer | HttpsServer, Endpoint>();
/** Room for the channel id in front of a frame. */
const CHANNEL_PREFIX_BYTES = 16;
const CLOSE_GRACE_MS = 1000;

/** The member whose mount a shared-endpoint path (`<mount>/_lit-ui/mux`) or a channel's path (`<mount>/_lit-ui/ws`) names. */
function memberAt(members: Iterable<MuxEndpointMember>, wsPathname: string): MuxEndpointMember | undefined {
  for (const member of members) if (member.matches(wsPathname)) return member;
  return undefined;
}

const asWsPath = (pathname: string): string | undefined =>
  pathname.endsWith(MUX_PATH_SUFFIX) ? pathname.slice(0, -MUX_PATH_SUFFIX.length) + WS_PATH_SUFFIX : undefined;

function createEndpoint(server: HttpServer | HttpsServer, first: MuxEndpointMember): Endpoint {
  const members = new Set<MuxEndpointMember>();
  const sockets = new Set<WebSocket>();
  const heartbeat = createHeartbeat({ pingMs: first.pingMs, ...(first.scheduler ? { scheduler: first.scheduler } : {}) });
  const matches = (pathname: string): boolean => {
    const wsPath = asWsPath(pathname);
    return wsPath !== undefined && memberAt(members, wsPath) !== undefined;
  };

  const serve = (ws: WebSocket, req: IncomingMessage, owner: MuxEndpointMember): void => {
    sockets.add(ws);
    heartbeat.track(ws);
    // A large frame (a channel's first page) goes as one gzip binary frame of its whole text, channel id included.
    const gzip = gzipFramesWanted(req, ws.extensions, owner.compressFrames);
    const router = createMuxRouter({
      req,
      route: (pathname) => memberAt(members, pathname),
      logger: owner.logger,
      socket: {
        send(text) {
          if (ws.readyState !== ws.OPEN) return 0;
          const frame = encodeBatch(text, gzip);
          ws.send(frame);
          return typeof frame === 'string' ? Buffer.byteLength(frame) : frame.byteLength;
        },
        get bufferedBytes() {
          return ws.bufferedAmount;
        },
        close: (code, reason) => ws.close(code, reason),
        terminate: () => ws.terminate(),
      },
    });
    ws.on('pong', () => heartbeat.alive(ws));
    ws.on('message', (data, isBinary) => {
      heartbeat.alive(ws);
      if (isBinary) return ws.close(1003, 'Binary frames are not supported');
      router.receive(textOf(data));
    });
    ws.on('error', (error) => owner.logger?.warn('lit-ui: shared WebSocket error', error));
    ws.once('close', () => {
      sockets.delete(ws);
      heartbeat.untrack(ws);
      router.closed();
    });
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (claimed.has(socket)) return;
    const wsPath = asWsPath((req.url ?? '/').split(/[?#]/, 1)[0] ?? '/');
    const owner = wsPath === undefined ? undefined : memberAt(members, wsPath);
    if (!owner) return;
    claimed.add(socket);
    const onError = (error: Error): void => owner.logger?.warn('lit-ui: socket error during the WebSocket upgrade', error);
    socket.on('error', onError);
    let verdict: { ok: true } | { ok: false; message: string };
    try {
      verdict = owner.runtime.checkOrigin(toRequest(req));
    } catch {
      verdict = { ok: false, message: 'Malformed upgrade request' };
    }
    if (!verdict.ok) return refuseUpgrade(socket, 403, verdict.message);
    const maxPayload = Math.max(...[...members].map((member) => member.maxMessageBytes)) + CHANNEL_PREFIX_BYTES;
    const wss = new WebSocketServer({ noServer: true, clientTracking: false, maxPayload, perMessageDeflate: owner.perMessageDeflate });
    wss.handleUpgrade(req, socket, head, (ws) => {
      socket.off('error', onError);
      serve(ws, req, owner);
    });
  };

  const release = claimUpgrades(server, onUpgrade, matches);
  return { members, sockets, heartbeat, release };
}

/** Closes a socket with 1001, and ends it if the client does not finish the closing handshake in time. */
function closeSocket(ws: WebSocket, timers: MuxEndpointMember['scheduler']): Promise<void> {
  return new Promise((resolve) => {
    if (ws.readyState === ws.CLOSED) return resolve();
    const set = timers?.setTimeout ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
    const clear = timers?.clearTimeout ?? ((handle: unknown) => clearTimeout(handle as NodeJS.Timeout));
    const timer = set(() => ws.terminate(), CLOSE_GRACE_MS);
    ws.once('close', () => {
      clear(timer);
      resolve();
    });
    ws.close(CloseCode.goingAway, 'Server shutting down');
  });
}

/**
 * Adds an app to its server's shared WebSocket endpoint (created with the
 * server's first member): one upgrade listener per server takes
 * `<mount>/_lit-ui/mux` for the mount of any member, and routes each channel
 * of its sockets to the member whose WebSocket path it names.
 *
 * @param server - The Node server the app's transport is attached to.
 * @param member - The app: its path matcher, runtime and transport options.
 * @returns `leave()`: closes the app's channels (1001), and when it was the
 *   last member, the endpoint's sockets too; resolves when they are closed.
 */
export function joinMuxEndpoint(server: HttpServer | HttpsServer, member: MuxEndpointMember): () => Promise<void> {
  let endpoint = endpoints.get(server);
  if (!endpoint) endpoints.set(server, (endpoint = createEndpoint(server, member)));
  const joined = endpoint;
  joined.members.add(member);
  return async () => {
    if (!joined.members.delete(member)) return;
    for (const channel of [...member.channels]) channel.close(CloseCode.goingAway, 'Server shutting down');
    if (joined.members.size > 0) return;
    if (endpoints.get(server) === joined) endpoints.delete(server);
    joined.release();
    joined.heartbeat.stop();
    await Promise.all([...joined.sockets].map((ws) => closeSocket(ws, member.scheduler)));
  };
}
