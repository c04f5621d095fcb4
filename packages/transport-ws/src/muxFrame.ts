/**
 * Path of the shared WebSocket endpoint under an app's mount: several apps of
 * one page open one socket at `<mount>/_lit-ui/mux` (any of their mounts on
 * that server) and carry one channel per app on it (docs/embedding.md).
 *
 * @example
 * ```ts
 * `/explorer${MUX_PATH_SUFFIX}`; // '/explorer/_lit-ui/mux'
 * ```
 */
export const MUX_PATH_SUFFIX = '/_lit-ui/mux';

/**
 * One text frame of the shared socket, decoded (docs/protocol.md, "Several
 * apps on one socket"):
 * - `data`: `<channel><frame>`, a frame of the channel's app as it would
 *   travel on its own socket (a BackMsg object up, a ForwardMsg array down);
 * - `open`: `+<channel> <path>` opens a channel to the app whose WebSocket
 *   path is `path` (client to server); `+<channel>` says it is open (server
 *   to client);
 * - `close`: `-<channel> <code> <reason>` closes a channel either way, with
 *   a WebSocket close code.
 */
export type MuxFrame =
  | { readonly kind: 'data'; readonly channel: number; readonly text: string }
  | { readonly kind: 'open'; readonly channel: number; readonly path: string }
  | { readonly kind: 'close'; readonly channel: number; readonly code: number; readonly reason: string };

/** Largest channel id: ids are the client's small counters, ten digits at most. */
const MAX_CHANNEL = 2 ** 31 - 1;
/** Close code of a `close` frame that names none (RFC 6455 "no status received"). */
const NO_STATUS = 1005;

/**
 * Decodes one text frame of the shared socket.
 *
 * @param text - The frame as received.
 * @returns The frame, or `undefined` when it is not one (no channel id, an
 *   empty payload, an id out of range).
 *
 * @example
 * ```ts
 * parseMuxFrame('2{"type":"stopScript","cseq":4}'); // { kind: 'data', channel: 2, text: '{"type":...}' }
 * parseMuxFrame('-2 1000 ');                        // { kind: 'close', channel: 2, code: 1000, reason: '' }
 * ```
 */
export function parseMuxFrame(text: string): MuxFrame | undefined {
  const sign = text[0];
  const start = sign === '+' || sign === '-' ? 1 : 0;
  let end = start;
  while (end < text.length && end - start < 10 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  const channel = Number(text.slice(start, end));
  if (end === start || !(channel > 0 && channel <= MAX_CHANNEL)) return undefined;
  const rest = text.slice(end);
  if (start === 0) return rest ? { kind: 'data', channel, text: rest } : undefined;
  if (rest !== '' && rest[0] !== ' ') return undefined;
  if (sign === '+') return { kind: 'open', channel, path: rest.slice(1) };
  const space = rest.indexOf(' ', 1);
  const code = rest ? Number(rest.slice(1, space < 0 ? undefined : space)) : NO_STATUS;
  if (!Number.isInteger(code) || code < 1000 || code > 4999) return undefined;
  return { kind: 'close', channel, code, reason: space < 0 ? '' : rest.slice(space + 1) };
}

/**
 * Encodes one frame of the shared socket (the inverse of {@link parseMuxFrame}).
 *
 * @param frame - The frame; an `open` with an empty `path` is the server's "open".
 * @returns Its text.
 *
 * @example
 * ```ts
 * formatMuxFrame({ kind: 'open', channel: 1, path: '/explorer/_lit-ui/ws' }); // '+1 /explorer/_lit-ui/ws'
 * ```
 */
export function formatMuxFrame(frame: MuxFrame): string {
  if (frame.kind === 'data') return `${frame.channel}${frame.text}`;
  if (frame.kind === 'open') return frame.path ? `+${frame.channel} ${frame.path}` : `+${frame.channel}`;
  return `-${frame.channel} ${frame.code} ${frame.reason}`;
}
