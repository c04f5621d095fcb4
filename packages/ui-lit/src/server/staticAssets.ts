import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Logger } from '@lit-ui/core';
import { clientAssetsDir } from '../assets.js';
import { ASSET_CONTENT_TYPES } from './mountRoute.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Serves files of one bundle directory as web Responses. */
export interface StaticAssets {
  /**
   * The Response for the top-level file `name` (already checked to be a
   * plain file name with a known extension): 200 with the file, 304 when the
   * request's `If-None-Match` holds its ETag, 404 when it does not exist.
   */
  serve(request: Request, name: string, extension: string): Promise<Response>;
}

/** A directory given as a `URL`, a `file:` URL string or a path, as a file-system path. */
function toPath(dir: URL | string): string {
  return dir instanceof URL || dir.startsWith('file:') ? fileURLToPath(dir) : dir;
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });
}

/** True when an `If-None-Match` header value holds `etag` (or `*`). */
function matchesEtag(header: string | null, etag: string): boolean {
  return header !== null && header.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
}

/**
 * The browser bundle's files, served with validators: `client.js` (and any
 * file that is not content-hashed) gets `cache-control: no-cache` and a weak
 * ETag from size and mtime, so a new release is picked up on the next load;
 * `chunk-*` files are content-hashed and served `immutable` for a year.
 * Bodies are streamed from disk.
 *
 * @param assetsDir - Directory of the bundle (`URL` or path). Default
 *   `clientAssetsDir` of `@lit-ui/ui-lit/assets` (this package's own build).
 * @param logger - Told once when the directory does not exist (the bundle is
 *   not built, or `assetsDir` is wrong); requests then get 404.
 * @returns A {@link StaticAssets}.
 *
 * @example
 * ```ts
 * const assets = createStaticAssets(new URL('./bundle/', import.meta.url));
 * const response = await assets.serve(request, 'client.js', 'js');
 * ```
 */
export function createStaticAssets(assetsDir: URL | string = clientAssetsDir, logger?: Logger): StaticAssets {
  const root = toPath(assetsDir);
  let warned = false;
  const missing = async (): Promise<Response> => {
    if (!warned && !(await stat(root).catch(() => undefined))?.isDirectory()) {
      warned = true;
      logger?.warn(`lit-ui: the browser bundle directory ${root} does not exist; build @lit-ui/ui-lit or pass assetsDir`);
    }
    return notFound();
  };
  return {
    async serve(request, name, extension) {
      const file = join(root, name);
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return missing();
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const headers: Record<string, string> = {
        'content-type': ASSET_CONTENT_TYPES[extension] ?? 'application/octet-stream',
        'cache-control': name.startsWith('chunk-') ? IMMUTABLE : 'no-cache',
        etag,
        'x-content-type-options': 'nosniff',
      };
      if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
      headers['content-length'] = String(info.size);
      if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
      // Node's web stream type and the Fetch body type come from different declaration sets; the same class at run time.
      const body = Readable.toWeb(createReadStream(file)) as unknown as ReadableStream<Uint8Array>;
      return new Response(body, { status: 200, headers });
    },
  };
}
