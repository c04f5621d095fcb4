import { createWriteStream, openAsBlob } from 'node:fs';
import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Bundled into this entry; errors are recognised by their `code`, so the copy of LitUiError does not matter.
import { pumpStream, type MediaStorage } from '../media/mediaStorage.js';

/** Options of {@link createDiskMediaStorage}. */
export interface DiskMediaStorageOptions {
  /** Parent folder of the store's own temporary folder. Default: the OS temporary folder. */
  readonly dir?: string;
}

/**
 * A media storage on disk, for large media and uploads: each file is written
 * to a private temporary folder as it streams in (with backpressure: a 500 MB
 * upload or video never sits in the heap) and read back as a file-backed
 * `Blob`, sliced for HTTP ranges. `close()` removes the folder.
 *
 * @example
 * ```ts
 * import { createDiskMediaStorage } from '@lit-ui/core/node';
 * createRuntime(app, { media: { storage: createDiskMediaStorage(), maxBytes: 4 * 2 ** 30 } });
 * ```
 */
export function createDiskMediaStorage(options: DiskMediaStorageOptions = {}): MediaStorage {
  let folder: Promise<string> | undefined;
  const sizes = new Map<string, number>();
  const pathOf = async (key: string) => {
    if (!/^[A-Za-z0-9_-]+$/.test(key)) throw new Error(`Invalid media key ${JSON.stringify(key)}`);
    folder ??= mkdtemp(join(options.dir ?? tmpdir(), 'lit-ui-media-'));
    return join(await folder, key);
  };
  return {
    async put(key, data, limits) {
      const path = await pathOf(key);
      const out = createWriteStream(path, { flags: 'wx' });
      const source = data instanceof ReadableStream ? data : data.stream();
      try {
        const size = await pumpStream(source, limits, (chunk) => writeChunk(out, chunk));
        await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
        sizes.set(key, size);
        return size;
      } catch (error) {
        // Wait until the file is closed (it may still be opening), then remove it.
        await new Promise<void>((resolve) => out.destroy().once('close', () => resolve()));
        await unlink(path).catch(() => undefined);
        throw error;
      }
    },
    async get(key) {
      if (!sizes.has(key)) return undefined;
      return openAsBlob(await pathOf(key)).catch(() => undefined);
    },
    async delete(key) {
      if (!sizes.delete(key)) return;
      await unlink(await pathOf(key)).catch(() => undefined);
    },
    async close() {
      sizes.clear();
      if (folder) await rm(await folder, { recursive: true, force: true });
      folder = undefined;
    },
  };
}

/** Writes one chunk, waiting for `drain` when the file stream's buffer is full. */
function writeChunk(out: ReturnType<typeof createWriteStream>, chunk: Uint8Array): Promise<void> | void {
  if (out.write(chunk)) return;
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    out.once('error', onError);
    out.once('drain', () => {
      out.off('error', onError);
      resolve();
    });
  });
}
