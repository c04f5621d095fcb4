import type { HostPageRun } from '@lit-ui/core';
import { hostPageBody, hostPageHead, type HostPageContent } from './hostPage.js';

/**
 * Whether a host page request is a browser opening the page (or a client
 * that does not say), worth a session: a GET, not a prefetch (which may
 * never be shown), and not fetched as something other than a document or
 * a frame (an `<img>` or a `fetch()` pointed at the page runs nothing).
 */
export function opensPage(request: Request): boolean {
  if (request.method !== 'GET') return false;
  const purpose = `${request.headers.get('sec-purpose') ?? ''} ${request.headers.get('purpose') ?? ''}`;
  if (/prefetch|prerender/i.test(purpose)) return false;
  const destination = request.headers.get('sec-fetch-dest');
  return destination === null || destination === 'document' || destination === 'iframe';
}

/** The page path of a host page route (`'/'` → `''`, `'/reports/'` → `'reports'`), as the client's `hello.pagePath`. */
export function pagePathOf(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  try {
    return decodeURI(trimmed);
  } catch {
    return trimmed;
  }
}

/**
 * The host page with the first run of its session: the head at once (the
 * browser starts loading the bundle), then the run starts, and the body
 * follows once it has ended or waited long enough. `no-store`: the page carries the session's token.
 * `X-Accel-Buffering: no` asks proxies (and the adapters' compression) to
 * pass each part on as it comes.
 */
export function firstRunPage(content: HostPageContent, run: () => Promise<HostPageRun | undefined>, security: Record<string, string>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(hostPageHead(content)));
    },
    async pull(controller) {
      // The head is read: let it reach the socket before a run that may keep this thread busy starts.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const first = await run().catch(() => undefined);
      controller.enqueue(encoder.encode(hostPageBody(first ? { ...content, firstRun: first.messagesJson } : content)));
      controller.close();
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      ...security,
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    },
  });
}
