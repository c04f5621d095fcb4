import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express';

/** Content types by file extension; a request for another extension is not an asset. */
const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  map: 'application/json; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
  wasm: 'application/wasm',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  svg: 'image/svg+xml',
  png: 'image/png',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** `'/chunk-AB12.js'` → `'chunk-AB12.js'` when it names a top-level file with a known extension. */
function assetName(path: string): string | undefined {
  const match = /^\/([A-Za-z0-9_-][A-Za-z0-9._-]*)\.([a-z0-9]+)$/.exec(path);
  return match?.[2] && CONTENT_TYPES[match[2]] ? path.slice(1) : undefined;
}

/** `@lit-ui/ui-lit`'s bundle directory, loaded on first use so the adapter starts without it. */
async function defaultDir(): Promise<URL> {
  try {
    return (await import('@lit-ui/ui-lit/assets')).clientAssetsDir;
  } catch (error) {
    throw new Error('lit-ui: cannot locate the browser bundle (@lit-ui/ui-lit/assets); build @lit-ui/ui-lit or pass assetsDir', {
      cause: error,
    });
  }
}

/** Where the browser bundle lives, as a file-system path. */
async function resolveDir(assetsDir: URL | string | undefined): Promise<string> {
  const dir = assetsDir ?? (await defaultDir());
  return dir instanceof URL || dir.startsWith('file:') ? fileURLToPath(dir) : dir;
}

/**
 * Express middleware serving the browser bundle at `<mount>/<file>`: every
 * top-level file of the bundle directory with a known extension. `client.js`
 * (and anything not content-hashed) gets `cache-control: no-cache` with an
 * ETag, so a new release is picked up on the next load; `chunk-*` files are
 * content-hashed and served `immutable` for a year. A request for a missing
 * asset gets 404, not the host page.
 *
 * @param assetsDir - Directory of the bundle (`URL` or path). Default
 *   `clientAssetsDir` of `@lit-ui/ui-lit/assets`.
 * @returns Middleware; non-asset requests go to `next()`, I/O errors to `next(error)`.
 *
 * @example
 * ```ts
 * router.use(assets(new URL('./bundle/', import.meta.url)));
 * ```
 */
export function assets(assetsDir?: URL | string) {
  let dir: Promise<string> | undefined;
  return (req: ExpressRequest, res: ExpressResponse, next: NextFunction): void => {
    const name = req.method === 'GET' || req.method === 'HEAD' ? assetName(req.path) : undefined;
    if (!name) {
      next();
      return;
    }
    // A failed lookup is not cached: the bundle may be built later (development).
    dir ??= resolveDir(assetsDir).catch((error: unknown) => {
      dir = undefined;
      throw error;
    });
    dir.then((root) => serveFile(req, res, join(root, name), name)).catch(next);
  };
}

async function serveFile(req: ExpressRequest, res: ExpressResponse, file: string, name: string): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('Not found');
    return;
  }
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const extension = name.slice(name.lastIndexOf('.') + 1);
  res.setHeader('content-type', CONTENT_TYPES[extension] ?? 'application/octet-stream');
  res.setHeader('cache-control', name.startsWith('chunk-') ? IMMUTABLE : 'no-cache');
  res.setHeader('etag', etag);
  res.setHeader('x-content-type-options', 'nosniff');
  const cached = req.headers['if-none-match'];
  if (cached !== undefined && cached.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('content-length', info.size);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // On failure (the client left, the file vanished) pipeline destroys the response;
  // the status line is already sent, so there is nothing more to tell the client.
  await pipeline(createReadStream(file), res).catch(() => undefined);
}
