import type { IncomingMessage } from 'node:http';
import type { Logger, Runtime } from '@lit-ui/core';
import { requestContext, toRequest } from '@lit-ui/core/node';
import { CloseCode, type ConnectionHandle, type ServerConnection } from '@lit-ui/core/protocol';
import { formatMuxFrame, parseMuxFrame } from './muxFrame.js';

/** One app served on the shared endpoint: what a channel to it needs. */
export interface MuxMember {
  /** Whether a WebSocket path (`<mount>/_lit-ui/ws`) is this app's. */
  readonly matches: (pathname: string) => boolean;
  readonly runtime: Pick<Runtime, 'connect' | 'checkOrigin'>;
  readonly getUser?: ((req: IncomingMessage) => unknown) | undefined;
  readonly trustProxy?: boolean | undefined;
  readonly logger?: Logger | undefined;
  /** The channels open to this app, so that its transport can close them. */
  readonly channels: Set<MuxChannel>;
}

/** A channel open on a shared socket. */
export interface MuxChannel {
  /** Closes the channel from the server's side with a WebSocket close code. */
  close(code: number, reason: string): void;
}

/** The socket a router serves (a `ws` WebSocket fits through a few lines). */
export interface MuxSocket {
  /** Sends one frame; returns the bytes it took on the wire (compressed, when it was), or nothing for its text's length. */
  send(text: string): number | void;
  /** Bytes sent but not yet taken by the client (`bufferedAmount`), shared by every channel. */
  readonly bufferedBytes: number;
  close(code: number, reason: string): void;
  /** Ends the socket at once (a client too slow to read). */
  terminate(): void;
}

/** Options of {@link createMuxRouter}. */
export interface MuxRouterOptions {
  readonly socket: MuxSocket;
  /** The upgrade request that opened the socket (headers, cookies, address). */
  readonly req: IncomingMessage;
  /** The app a channel's WebSocket path names, if one is served here. */
  readonly route: (pathname: string) => MuxMember | undefined;
  /** Most channels open at once on the socket. Default 32. */
  readonly maxChannels?: number;
  readonly logger?: Logger | undefined;
}

/** What the socket's owner feeds a router. */
export interface MuxRouter {
  /** One text frame from the client. */
  receive(text: string): void;
  /** The socket is gone: every channel's connection is closed (its session waits for a resume). */
  closed(): void;
}

/** Close codes of a channel refused at open; the client then uses the app's own socket. */
export const MuxRefusal = { unknownApp: 4404, unauthorized: 4401, tooManyChannels: 4429, duplicate: 4409 } as const;

const DEFAULT_MAX_CHANNELS = 32;
const INTERNAL_ERROR = 1011;

/** The upgrade request as if it had asked for `path`: the channel's own URL for `st.context` and the origin rule. */
function requestAt(req: IncomingMessage, path: string): IncomingMessage {
  return Object.create(req, { url: { value: path, enumerable: true } }) as IncomingMessage;
}

/**
 * Routes the channels of one shared socket (docs/protocol.md, "Several apps
 * on one socket"): each `open` names an app's WebSocket path and becomes one
 * `runtime.connect` of that app — the origin rule, `getUser`, hello, session,
 * resume, seq/cseq, replay and takeover are the app's, exactly as on its
 * own socket; data frames go to their channel's connection raw; a channel
 * the runtime closes is closed on the wire with its code, except 1013 (too
 * far behind), which ends the whole socket: its buffer is shared.
 *
 * @param options - The socket, its upgrade request, the app lookup and limits.
 * @returns A {@link MuxRouter}. Never throws: a malformed frame closes the socket with 4400.
 *
 * @example
 * ```ts
 * const router = createMuxRouter({ socket, req, route: (pathname) => apps.find((app) => app.matches(pathname)) });
 * ws.on('message', (data) => router.receive(String(data)));
 * ws.once('close', () => router.closed());
 * ```
 */
export function createMuxRouter(options: MuxRouterOptions): MuxRouter {
  const { socket, req, logger } = options;
  const maxChannels = options.maxChannels ?? DEFAULT_MAX_CHANNELS;
  interface Channel extends MuxChannel {
    readonly id: number;
    readonly member: MuxMember;
    handle?: ConnectionHandle;
  }
  const channels = new Map<number, Channel>();
  let ended = false;

  const closeFrame = (channel: number, code: number, reason: string): void => {
    socket.send(formatMuxFrame({ kind: 'close', channel, code, reason }));
  };

  /** Forgets a channel; false when it was not open. */
  const drop = (channel: Channel): boolean => {
    if (channels.get(channel.id) !== channel) return false;
    channels.delete(channel.id);
    channel.member.channels.delete(channel);
    return true;
  };
  const connectionClosed = (channel: Channel): void => {
    try {
      channel.handle?.closed();
    } catch (error) {
      logger?.error('lit-ui: the runtime threw while closing a connection', error);
    }
  };

  function bind(channel: Channel, request: IncomingMessage, user: unknown): void {
    if (ended || channels.get(channel.id) !== channel) return;
    const { id, member } = channel;
    socket.send(formatMuxFrame({ kind: 'open', channel: id, path: '' }));
    const connection: ServerConnection = {
      context: requestContext(request, { user, trustProxy: member.trustProxy }),
      send(batch) {
        if (ended || channels.get(id) !== channel) return 0;
        const text = formatMuxFrame({ kind: 'data', channel: id, text: JSON.stringify(batch) });
        const sent = socket.send(text);
        return typeof sent === 'number' ? sent : Buffer.byteLength(text);
      },
      get bufferedBytes() {
        return socket.bufferedBytes;
      },
      close(code = CloseCode.normal, reason = '') {
        // A client too slow to read lags on every channel: the socket's buffer is one.
        if (code === CloseCode.tryAgainLater) return socket.terminate();
        channel.close(code, reason);
      },
    };
    member.channels.add(channel);
    try {
      channel.handle = member.runtime.connect(connection);
    } catch (error) {
      logger?.error('lit-ui: runtime.connect failed; closing the channel', error);
      channel.close(INTERNAL_ERROR, 'Internal error');
    }
  }

  function open(id: number, path: string): void {
    if (channels.has(id)) return closeFrame(id, MuxRefusal.duplicate, 'Channel already open');
    if (channels.size >= maxChannels) return closeFrame(id, MuxRefusal.tooManyChannels, 'Too many channels on this socket');
    const member = options.route(path.split(/[?#]/, 1)[0] ?? '');
    if (!member) return closeFrame(id, MuxRefusal.unknownApp, 'No app at this path');
    const request = requestAt(req, path);
    let verdict: { ok: true } | { ok: false; message: string };
    try {
      verdict = member.runtime.checkOrigin(toRequest(request));
    } catch {
      verdict = { ok: false, message: 'Malformed upgrade request' };
    }
    if (!verdict.ok) return closeFrame(id, CloseCode.originRefused, verdict.message);
    const channel: Channel = {
      id,
      member,
      close(code, reason) {
        if (!drop(channel)) return;
        if (!ended) closeFrame(id, code, reason);
        // As a socket's close event would, after the runtime's own close call returns.
        queueMicrotask(() => connectionClosed(channel));
      },
    };
    channels.set(id, channel);
    const { getUser } = member;
    if (!getUser) return bind(channel, request, undefined);
    Promise.resolve()
      .then(() => getUser(request))
      .then(
        (user) => bind(channel, request, user),
        (error: unknown) => {
          member.logger?.warn('lit-ui: getUser refused a channel of a shared WebSocket', error);
          if (drop(channel) && !ended) closeFrame(id, MuxRefusal.unauthorized, 'Unauthorized');
        },
      );
  }

  return {
    receive(text) {
      if (ended) return;
      const frame = parseMuxFrame(text);
      if (!frame) {
        socket.close(CloseCode.protocolError, 'Malformed frame');
        return;
      }
      const channel = channels.get(frame.channel);
      if (frame.kind === 'open') return open(frame.channel, frame.path);
      // Data or a close for a channel the server already closed: the client has not heard yet.
      if (!channel) return;
      if (frame.kind === 'close') {
        if (drop(channel)) connectionClosed(channel);
        return;
      }
      try {
        channel.handle?.receive(frame.text);
      } catch (error) {
        logger?.error('lit-ui: the runtime threw while receiving a frame', error);
      }
    },
    closed() {
      if (ended) return;
      ended = true;
      for (const channel of [...channels.values()]) if (drop(channel)) connectionClosed(channel);
    },
  };
}
