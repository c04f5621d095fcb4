/** Result of {@link readBody}. */
export type BodyText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly status: 400 | 413; readonly message: string };

/**
 * Reads a request body as UTF-8 text, at most `maxBytes` of it: a declared
 * `Content-Length` over the limit is refused before reading, a body that
 * grows past it is cancelled there. Never throws.
 *
 * @param request - The request (its body is consumed).
 * @param maxBytes - Largest accepted body, in bytes.
 * @returns The text, or a status (413 too large, 400 not UTF-8 or unreadable) with a message for the response.
 */
export async function readBody(request: Request, maxBytes: number): Promise<BodyText> {
  const tooLarge = (size: string): BodyText => ({
    ok: false,
    status: 413,
    message: `The request body (${size}) is larger than ${maxBytes} bytes; nothing was applied.`,
  });
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) return tooLarge(`${declared} bytes`);
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || !value) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return tooLarge(`over ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, status: 400, message: 'The request body could not be read (the client went away?); nothing was applied.' };
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid UTF-8; nothing was applied.' };
  }
}
