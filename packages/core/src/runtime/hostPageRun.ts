import { PROTOCOL_VERSION } from '../protocol/forwardMsg.js';
import type { RequestContext } from '../protocol/transport.js';
import type { FetchInfo } from '../transport/httpStream/httpStreamTransport.js';
import { webRequestContext } from '../transport/webRequestContext.js';
import type { Runtime } from './runtimeOptions.js';

/** Options of {@link runForHostPage}. */
export interface HostPageRunOptions {
  /** The page's path relative to the mount (`''` for the default page), as the client's `hello.pagePath`. */
  readonly pagePath: string;
  /** The client's address and the host's user, as for the HTTP routes. */
  readonly info?: FetchInfo;
  /**
   * How long to wait for the first run to finish, in ms. The messages sent
   * by then go into the page; the run goes on, and the client gets the rest
   * when it connects. Default 150 (about the time a browser takes to load
   * the bundle, so a run that ends sooner costs the page nothing).
   */
  readonly waitMs?: number;
}

/** The first run of a session started for a host page: its messages as one JSON array, and the highest seq among them. */
export interface HostPageRun {
  /** The ForwardMsgs sent so far (`newSession` first), as the text of one JSON array. */
  readonly messagesJson: string;
  /** The session it started, which waits `sessionTtlMs` for its client to resume it. */
  readonly sessionId: string;
}

/** The request's facts, as a transport would pass them for a connection opened by this page. */
function contextOf(request: Request, info: FetchInfo | undefined, user: unknown): RequestContext {
  const context = webRequestContext(request, info?.ip, user);
  // The page's own connection will come with the page's origin: the session is bound to it, so that connection may resume it.
  return { ...context, headers: { origin: new URL(request.url).origin, ...context.headers } };
}

/** The first language of an `Accept-Language` header, for `st.context.locale` before the browser says. */
function localeOf(header: string | null): string | undefined {
  const first = header?.split(',')[0]?.split(';')[0]?.trim();
  return first && first !== '*' ? first : undefined;
}

/**
 * Starts a session for a host page while the page is being served, so the
 * first run overlaps the browser's download of the bundle: the session is
 * opened as a connection from that request would open it (same headers,
 * cookies, address, user and origin, with the page's URL, page path, query
 * and `Accept-Language` locale), runs, and is left waiting for its client
 * as after a dropped connection. The page carries the messages; the
 * client applies them at once and connects with `hello { sessionId,
 * sessionToken, lastSeq }`, which resumes the session and replays what
 * came after. A session left unclaimed (a page that never runs its
 * script) closes after `sessionTtlMs`, as any disconnected session.
 *
 * The browser's time zone is not known yet: a run that reads
 * `st.context.timezone` or `timezoneOffset` is run again when the client
 * connects and says it.
 *
 * @param runtime - The app's runtime.
 * @param request - The host page request (GET).
 * @param options - Page path, client facts and how long to wait.
 * @returns The messages, or undefined when the runtime refused the session
 *   (its limits) or the host's `getUser` threw: the page then connects as usual.
 */
export async function runForHostPage(
  runtime: Pick<Runtime, 'connect'>,
  request: Request,
  options: HostPageRunOptions,
): Promise<HostPageRun | undefined> {
  let user: unknown;
  try {
    user = await options.info?.getUser?.();
  } catch {
    return undefined;
  }
  const batches: string[] = [];
  let sessionId: string | undefined;
  let refused = false;
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const handle = runtime.connect({
    context: contextOf(request, options.info, user),
    send: (batch) => {
      const text = JSON.stringify(batch);
      batches.push(text);
      for (const msg of batch) {
        if (msg.type === 'newSession') sessionId = msg.sessionId;
        if (msg.type === 'scriptFinished' || msg.type === 'error') settle();
      }
      return text.length;
    },
    close: () => {
      refused = true;
      settle();
    },
  });
  const url = new URL(request.url);
  const locale = localeOf(request.headers.get('accept-language'));
  handle.receive({
    type: 'hello',
    cseq: 0,
    protocolVersion: PROTOCOL_VERSION,
    url: request.url,
    pagePath: options.pagePath,
    query: url.search.replace(/^\?/, ''),
    ...(locale ? { locale } : {}),
  });
  const timer = setTimeout(settle, options.waitMs ?? 150);
  await settled;
  clearTimeout(timer);
  if (refused) return undefined;
  handle.closed();
  if (sessionId === undefined) return undefined;
  return { messagesJson: joinBatches(batches), sessionId };
}

/** JSON arrays (one per batch) as one array. */
function joinBatches(batches: readonly string[]): string {
  const items = batches.map((text) => text.slice(1, -1)).filter((inner) => inner.length > 0);
  return `[${items.join(',')}]`;
}
