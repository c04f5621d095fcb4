import { FRAMES_PARAM, GZIP_FRAMES } from '../wsPathSuffix.js';

/**
 * `url` with `?frames=gzip` when this runtime can read gzip frames
 * (`DecompressionStream`, in every current browser and Node 18+): the server
 * then sends large batches compressed.
 */
export function withGzipFrames(url: string): string {
  if (typeof DecompressionStream !== 'function') return url;
  const parsed = new URL(url);
  parsed.searchParams.set(FRAMES_PARAM, GZIP_FRAMES);
  return parsed.href;
}

/** The text of a gzip-compressed binary frame. */
async function gunzipText(data: ArrayBuffer | ArrayBufferView): Promise<string> {
  const bytes = new Blob([data as ArrayBuffer]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(bytes).text();
}

/**
 * The frames of one socket, delivered as text in the order they arrived:
 * a text frame at once when nothing is being decompressed, a binary (gzip)
 * frame once decompressed, and anything after a binary frame after it.
 * @param deliver - Gets each frame's text.
 * @param malformed - Called (instead) for a binary frame that is not gzip.
 * @returns The function to hand each `MessageEvent.data` to.
 */
export function frameInbox(deliver: (text: string) => void, malformed: () => void): (data: unknown) => void {
  let queue = Promise.resolve();
  let pending = 0;
  return (data) => {
    if (typeof data === 'string' && pending === 0) {
      deliver(data);
      return;
    }
    pending++;
    const text = typeof data === 'string' ? Promise.resolve(data) : gunzipText(data as ArrayBuffer);
    queue = queue
      .then(() => text)
      .then(deliver, malformed)
      // An error thrown by `deliver` is reported as an event listener's would be, and the queue goes on.
      .catch((error: unknown) => {
        setTimeout(() => {
          throw error;
        });
      })
      .finally(() => pending--);
  };
}
