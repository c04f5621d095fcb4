import { ErrorCode, LitUiError } from '../errors.js';
import type { MediaEntry, MediaManager } from './mediaManager.js';

/** What travels in a file uploader's widget value for each file. */
export interface UploadedFileInfo {
  /** The runtime's id of the stored file (unguessable; valid only in its session). */
  readonly fileId: string;
  /** The file's name as the browser gave it (a relative path for directory uploads). */
  readonly name: string;
  /** MIME type, e.g. `'text/csv'`. */
  readonly type: string;
  /** Size in bytes. */
  readonly size: number;
}

/**
 * A file the user uploaded, as Streamlit's `UploadedFile`, shaped like the web
 * platform's `File`: `name`, `type`, `size` (bytes), `arrayBuffer()`,
 * `text()`, `bytes()`, `stream()`, plus `fileId`. The bytes stay in the
 * runtime's media storage (memory or disk) and are read on demand.
 *
 * @example
 * const file = st.fileUploader('Data', { type: ['csv'] });
 * if (file) st.dataframe(csvParse(await file.text()));
 */
export class UploadedFile implements UploadedFileInfo {
  /** The runtime's id of the stored file (unguessable; valid only in its session). */
  readonly fileId: string;
  /** The file's name as the browser gave it (a relative path for directory uploads). */
  readonly name: string;
  /** MIME type, e.g. `'text/csv'`. */
  readonly type: string;
  /** Size in bytes. */
  readonly size: number;

  /** @internal */
  constructor(
    private readonly entry: MediaEntry,
    private readonly manager: MediaManager,
  ) {
    this.fileId = entry.id;
    this.name = entry.fileName ?? 'file';
    this.type = entry.mime;
    this.size = entry.size;
  }

  /** The bytes as a Blob. @throws LitUiError `MediaNotFound` once the file was removed or its session ended. */
  async blob(): Promise<Blob> {
    const blob = await this.manager.open(this.entry);
    if (!blob)
      throw new LitUiError(ErrorCode.MediaNotFound, `The uploaded file ${this.name} is no longer available (it was removed, or its session ended).`);
    return blob;
  }

  /** The bytes. @throws LitUiError `MediaNotFound` (see {@link blob}). */
  async arrayBuffer(): Promise<ArrayBuffer> {
    return (await this.blob()).arrayBuffer();
  }

  /** The bytes as a `Uint8Array`. @throws LitUiError `MediaNotFound` (see {@link blob}). */
  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.arrayBuffer());
  }

  /** The content decoded as UTF-8. @throws LitUiError `MediaNotFound` (see {@link blob}). */
  async text(): Promise<string> {
    return (await this.blob()).text();
  }

  /** The bytes as a stream (read from storage as it is consumed); it errors with `MediaNotFound` when the file is gone. */
  stream(): ReadableStream<Uint8Array> {
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        reader ??= (await this.blob()).stream().getReader();
        const { done, value } = await reader.read();
        if (done) controller.close();
        else if (value) controller.enqueue(value);
      },
      cancel: (reason) => reader?.cancel(reason),
    });
  }

  /** The wire form (what the widget value carries). */
  toJSON(): UploadedFileInfo {
    return { fileId: this.fileId, name: this.name, type: this.type, size: this.size };
  }
}
