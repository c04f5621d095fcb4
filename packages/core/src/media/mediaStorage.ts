import { ErrorCode, LitUiError } from '../errors.js';

/** Limits of one {@link MediaStorage.put}. */
export interface MediaPutOptions {
  /** Refuse (and keep nothing) once the data passes this many bytes. Default unlimited. */
  readonly maxBytes?: number;
  /** Code of the error raised past `maxBytes`. Default `UploadTooLarge`. */
  readonly tooLargeCode?: typeof ErrorCode.UploadTooLarge | typeof ErrorCode.MediaStorageFull;
}

/**
 * Where the media manager keeps bytes: media of `st.image`/`st.audio`/...,
 * download data and uploaded files. Keys are the manager's ids (unguessable,
 * `[A-Za-z0-9_-]`). Reads hand back a `Blob`, so ranges are `blob.slice()`
 * and bodies stream without copying; a disk store hands back file-backed
 * Blobs, so a 500 MB video never sits in the heap.
 *
 * The in-memory store ({@link createMemoryMediaStorage}) is the default; the
 * disk store is `createDiskMediaStorage` from `@lit-ui/core/node`.
 */
export interface MediaStorage {
  /**
   * Stores `data` under `key`, streaming it when it is a stream.
   *
   * @returns The number of bytes stored.
   * @throws LitUiError `options.tooLargeCode` (default `UploadTooLarge`) once
   *   the data passes `options.maxBytes`, or the stream's own error; in both
   *   cases nothing is kept under `key` and the stream is cancelled.
   */
  put(key: string, data: Blob | ReadableStream<Uint8Array>, options?: MediaPutOptions): Promise<number>;
  /** The bytes stored under `key`, or undefined when there are none. */
  get(key: string): Promise<Blob | undefined>;
  /** Forgets `key` (no error when it is unknown). */
  delete(key: string): Promise<void>;
  /** Frees everything (e.g. removes the disk store's folder). */
  close?(): Promise<void>;
}

/** The error of a put that passed its limit. */
export function tooLarge(options: MediaPutOptions | undefined): LitUiError {
  const code = options?.tooLargeCode ?? ErrorCode.UploadTooLarge;
  return new LitUiError(
    code,
    code === ErrorCode.MediaStorageFull
      ? 'The server has no room left for this file (media.maxBytes); try again later.'
      : `The file is larger than the limit of ${options?.maxBytes} bytes.`,
  );
}

/**
 * Reads `stream` to its end, handing each chunk to `write` and counting bytes;
 * cancels the stream and throws the `tooLargeCode` error (a LitUiError) once it passes `maxBytes`.
 *
 * @returns The number of bytes read.
 */
export async function pumpStream(
  stream: ReadableStream<Uint8Array>,
  options: MediaPutOptions | undefined,
  write: (chunk: Uint8Array) => void | Promise<void>,
): Promise<number> {
  const max = options?.maxBytes ?? Infinity;
  const reader = stream.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return size;
      if (!value) continue;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(options);
      }
      await write(value);
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * The default {@link MediaStorage}: Blobs in this process's memory. The
 * media manager bounds its total with the runtime option `media.maxBytes`.
 *
 * @example
 * createRuntime(app, { media: { storage: createMemoryMediaStorage() } });
 */
export function createMemoryMediaStorage(): MediaStorage {
  const blobs = new Map<string, Blob>();
  return {
    async put(key, data, options) {
      if (!(data instanceof ReadableStream)) {
        if (options?.maxBytes !== undefined && data.size > options.maxBytes) throw tooLarge(options);
        blobs.set(key, data);
        return data.size;
      }
      // Chunks of a byte stream are ArrayBuffer-backed (the DOM's Blob type takes no other views).
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      const size = await pumpStream(data, options, (chunk) => void chunks.push(chunk as Uint8Array<ArrayBuffer>));
      blobs.set(key, new Blob(chunks));
      return size;
    },
    get: (key) => Promise.resolve(blobs.get(key)),
    delete: (key) => Promise.resolve(void blobs.delete(key)),
    close: () => Promise.resolve(blobs.clear()),
  };
}
