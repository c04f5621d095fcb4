import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Logger } from '@lit-ui/core';
import { negotiateCoding, type ContentCoding } from '@lit-ui/core/node';
import { clientAssetsDir } from '../assets.js';
import { createInitialImports } from './initialImports.js';
import { ASSET_CONTENT_TYPES } from './mountRoute.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Files worth compressing (fonts in woff/woff2 and images are compressed already). */
const COMPRESSIBLE = new Set(['js', 'mjs', 'map', 'json', 'css', 'svg', 'wasm', 'ttf']);
/** Files up to this size are compressed once and kept (the bundle's largest chunk is far below it); larger ones stream. */
const MAX_KEPT_BYTES = 8 * 1024 * 1024;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** One file's compressed bodies, for the version `etag` names. */
interface Compressed {
  readonly etag: string;
  readonly bodies: Map<ContentCoding, Promise<Uint8Array>>;
}

/** The suffix of a precompressed sibling's name (`client.js.br`, `client.js.gz`), by content coding. */
const SIBLING_SUFFIX: Readonly<Record<ContentCoding, string>> = { br: '.br', gzip: '.gz' };

/**
 * The bytes of the precompressed sibling (`name` + `suffix`) of the file `name` of `root`
 * (written by the build, `scripts/precompress.mjs`), or undefined
 * when there is none or it is older than the file (`mtimeMs`: a file
 * rebuilt without its siblings: never old bytes).
 */
async function precompressed(root: string, name: string, suffix: string, mtimeMs: number): Promise<Uint8Array | undefined> {
  const sibling = join(root, name + suffix);
  const info = await stat(sibling).catch(() => undefined);
  if (!info?.isFile() || info.mtimeMs < mtimeMs) return undefined;
  return readFile(sibling).catch(() => undefined);
}

/** Compresses a bundle file once, harder than on-the-fly compression can afford (brotli 9, gzip 9). */
function compress(bytes: Uint8Array, coding: ContentCoding): Promise<Uint8Array> {
  if (coding === 'gzip') return gzipped(bytes, { level: 9 });
  return brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } });
}

/** Serves files of one bundle directory as web Responses. */
export interface StaticAssets {
  /**
   * The Response for the top-level file `name` (already checked to be a
   * plain file name with a known extension): 200 with the file, 304 when the
   * request's `If-None-Match` holds its ETag, 404 when it does not exist.
   */
  serve(request: Request, name: string, extension: string): Promise<Response>;
  /**
   * The file names `client.js` imports statically, transitively (not
   * itself; lazy chunks not included), read from the directory once per
   * version of `client.js`; `[]` when it does not exist. The host page
   * preloads them (`<link rel="modulepreload">`).
   */
  initialImports(): Promise<readonly string[]>;
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
 * Text files (JavaScript, CSS, JSON, SVG, WebAssembly) go out compressed
 * when the request's `Accept-Encoding` allows (brotli, else gzip): from the
 * precompressed sibling the build wrote (`client.js.br`, `client.js.gz`,
 * brotli 11 and gzip 9; used only when not older than the file), else
 * compressed on the first request (brotli 9, gzip 9); either way kept in
 * memory per version (about a third of the bundle's size), so the first
 * visitor does not wait for a compression; `Vary: Accept-Encoding` says so
 * to caches. Other bodies are streamed from disk.
 *
 * @param assetsDir - Directory of the bundle (`URL` or path). Default
 *   `clientAssetsDir` of `@lit-ui/ui-lit/assets` (this package's own build).
 * @param logger - Told once when the directory does not exist (the bundle is
 *   not built, or `assetsDir` is wrong); requests then get 404.
 * @param compressFiles - Send text files compressed as the request allows. Default
 *   true; false streams every file as it is (for hosts that compress and drop
 *   a handler's `Content-Encoding`, as Next.js does).
 * @returns A {@link StaticAssets}.
 *
 * @example
 * ```ts
 * const assets = createStaticAssets(new URL('./bundle/', import.meta.url));
 * const response = await assets.serve(request, 'client.js', 'js');
 * ```
 */
export function createStaticAssets(assetsDir: URL | string = clientAssetsDir, logger?: Logger, compressFiles = true): StaticAssets {
  const root = toPath(assetsDir);
  let warned = false;
  const missing = async (): Promise<Response> => {
    if (!warned && !(await stat(root).catch(() => undefined))?.isDirectory()) {
      warned = true;
      logger?.warn(`lit-ui: the browser bundle directory ${root} does not exist; build @lit-ui/ui-lit or pass assetsDir`);
    }
    return notFound();
  };
  const kept = new Map<string, Compressed>();
  /** The compressed body of the file `name` at version `etag`: its precompressed sibling, else compressed on its first request. */
  const compressedBody = (name: string, etag: string, mtimeMs: number, coding: ContentCoding): Promise<Uint8Array> => {
    const file = join(root, name);
    const known = kept.get(file);
    const entry: Compressed = known?.etag === etag ? known : { etag, bodies: new Map() };
    kept.set(file, entry);
    let body = entry.bodies.get(coding);
    if (!body) {
      body = precompressed(root, name, SIBLING_SUFFIX[coding], mtimeMs).then(async (bytes) => bytes ?? compress(await readFile(file), coding));
      // A failure (the file vanished mid-release) is not kept: the next request tries again.
      body.catch(() => entry.bodies.delete(coding));
      entry.bodies.set(coding, body);
    }
    return body;
  };
  return {
    initialImports: createInitialImports(root),
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
      const compressible = compressFiles && COMPRESSIBLE.has(extension) && info.size <= MAX_KEPT_BYTES;
      if (compressible) headers['vary'] = 'Accept-Encoding';
      if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
      const coding = compressible ? negotiateCoding(request.headers.get('accept-encoding') ?? undefined) : undefined;
      if (coding) {
        const body = await compressedBody(name, etag, info.mtimeMs, coding).catch(() => undefined);
        if (body) {
          headers['content-encoding'] = coding;
          headers['content-length'] = String(body.byteLength);
          return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
        }
      }
      headers['content-length'] = String(info.size);
      if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
      // Node's web stream type and the Fetch body type come from different declaration sets; the same class at run time.
      const body = Readable.toWeb(createReadStream(file)) as unknown as ReadableStream<Uint8Array>;
      return new Response(body, { status: 200, headers });
    },
  };
}
