import { MediaHeader } from '../media/mediaRoutes.js';
import type { UploadedFileInfo } from '../media/uploadedFile.js';
import type { JsonValue } from '../protocol/elements.js';
import { ElementView, WidgetView, type ViewDriver } from './elementViews.js';

/** What media views need from their AppTest besides a {@link ViewDriver}: the runtime's HTTP side, as a browser reaches it. */
export interface MediaDriver extends ViewDriver {
  /** Fetches a URL through the runtime (relative URLs against the app's mount). */
  fetch(url: string, init?: RequestInit): Promise<Response>;
  /** Headers that name the session and carry its token. */
  sessionHeaders(): Record<string, string>;
  /** Work the next `run()` waits for first (an upload under way). */
  defer(work: Promise<unknown>): void;
}

/** A file for {@link FileUploaderView.upload}: its name, MIME type and bytes (or text). */
export interface TestFile {
  /** File name (with its extension: the uploader's `type` filter looks at it). */
  readonly name: string;
  /** MIME type. Default `'application/octet-stream'`. */
  readonly type?: string;
  /** The bytes (a string is sent as UTF-8). */
  readonly data: Uint8Array | ArrayBuffer | string | Blob;
}

/** What a download gives: the file as the browser would save it. */
export interface DownloadedFile {
  /** The name the browser saves under. */
  readonly fileName: string;
  /** MIME type. */
  readonly mime: string;
  /** The file's bytes. */
  readonly data: Uint8Array;
}

/** An error the side channel answered with (status and code, as the browser would show under the widget). */
export class SideChannelError extends Error {
  constructor(
    /** HTTP status of the refusal (403, 404, 413, 415, 500, 507). */
    readonly status: number,
    /** The error's stable code (docs/errors.md), e.g. `UploadTooLarge`. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = code;
  }
}

async function failure(res: Response): Promise<SideChannelError> {
  const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
  return new SideChannelError(res.status, body.code ?? String(res.status), body.message ?? `HTTP ${res.status}`);
}

/**
 * `image`, `audio`, `video` and `pdf` elements: `url` (the first image's for
 * `image`), `urls` and `captions` of images; options are on `proto`.
 * `value` is the URL (the list of URLs for `image`).
 */
export class MediaView extends ElementView {
  /** The URL the browser loads: absolute, or relative to the app's mount (`_lit-ui/media/<id>.<ext>`); fetch it with `at.fetch(url)`. */
  get url(): string {
    return this.urls[0] ?? '';
  }

  /** Every image URL (one for audio, video and pdf). */
  get urls(): string[] {
    const images = this.proto['images'] as { url: string }[] | undefined;
    return images ? images.map((i) => i.url) : [this.proto['url'] as string];
  }

  /** Captions of images (undefined where none). */
  get captions(): (string | undefined)[] {
    return ((this.proto['images'] as { caption?: string }[] | undefined) ?? []).map((i) => i.caption);
  }

  /** Subtitle tracks of a video: label and URL. */
  get subtitles(): {
    /** The track's label in the player's menu. */
    label: string;
    /** URL of the WebVTT file. */
    url: string;
  }[] {
    return (this.proto['subtitles'] as { label: string; url: string }[] | undefined) ?? [];
  }

  /** The URL (the list of URLs for `image`). */
  override get value(): unknown {
    return this.type === 'image' ? this.urls : this.url;
  }
}

/**
 * `st.fileUploader` (and camera/audio input): `upload(file | files)` sends
 * the files over HTTP as the browser does (with the session token), then
 * stages the widget value; `clear()` removes them. Refused uploads make
 * the next `run()` reject with a {@link SideChannelError} (`UploadTooLarge`,
 * `UploadTypeNotAllowed`, ...), and nothing is staged.
 */
export class FileUploaderView extends WidgetView {
  private get media(): MediaDriver {
    return this.driver as MediaDriver;
  }

  /** Uploads files (adding to the current ones for a multi-file uploader, replacing the file otherwise). */
  upload(files: TestFile | readonly TestFile[]): this {
    const list = Array.isArray(files) ? (files as readonly TestFile[]) : [files as TestFile];
    const multiple = this.proto['multiple'] === true || this.proto['multiple'] === 'directory';
    this.media.defer(
      (async () => {
        const infos: UploadedFileInfo[] = [];
        for (const file of list) infos.push(await this.send(file));
        const kept = multiple ? this.current() : [];
        if (!multiple) for (const old of this.current()) await this.remove(old.fileId);
        this.stageFiles([...kept, ...infos]);
      })(),
    );
    return this;
  }

  /** Removes every file (each is freed on the server, as the browser's × does). */
  clear(): this {
    this.media.defer(
      (async () => {
        for (const file of this.current()) await this.remove(file.fileId);
        this.stageFiles([]);
      })(),
    );
    return this;
  }

  /** The files of the widget's value as the app sees it (staged, else the session's). */
  private current(): UploadedFileInfo[] {
    const value = this.value as UploadedFileInfo | UploadedFileInfo[] | null;
    const files = value === null ? [] : Array.isArray(value) ? value : [value];
    return files.map(({ fileId, name, type, size }) => ({ fileId, name, type, size }));
  }

  private stageFiles(infos: readonly UploadedFileInfo[]): void {
    const wire = infos.map((i) => ({ ...i })) as unknown as JsonValue;
    const meta = this.driver.metadata(this.id);
    if (!meta) throw new Error(`fileUploader "${this.label}" is no longer on the page; run the app again.`);
    this.driver.stage(this.proto, { wire, value: meta.deserialize(wire), trigger: false });
  }

  /** @internal Sends one file to this widget's id; resolves to its info. */
  async send(file: TestFile): Promise<UploadedFileInfo> {
    const type = file.type ?? 'application/octet-stream';
    const body = file.data instanceof Blob ? new Uint8Array(await file.data.arrayBuffer()) : file.data;
    const res = await this.media.fetch('_lit-ui/upload', {
      method: 'POST',
      body,
      headers: {
        ...this.media.sessionHeaders(),
        [MediaHeader.widget]: this.id,
        [MediaHeader.fileName]: encodeURIComponent(file.name),
        'content-type': type,
      },
    });
    if (res.status !== 201) throw await failure(res);
    return (await res.json()) as UploadedFileInfo;
  }

  private async remove(fileId: string): Promise<void> {
    await this.media.fetch(`_lit-ui/upload/${encodeURIComponent(fileId)}`, { method: 'DELETE', headers: this.media.sessionHeaders() });
  }
}

/** `st.downloadButton`: `download()` fetches the file as the browser does, then clicks (runs `onClick` and reruns, unless `'ignore'`). */
export class DownloadButtonView extends WidgetView {
  /** File name the browser saves under. */
  get fileName(): string {
    return this.proto['fileName'] as string;
  }

  /**
   * Downloads the file — producing deferred data now — and, unless the
   * button's `onClick` is `'ignore'`, clicks it and waits for the rerun.
   *
   * @returns `{ fileName, mime, data }`.
   * @throws SideChannelError when the runtime refuses (`DownloadFailed` when deferred data throws).
   */
  async download(): Promise<DownloadedFile> {
    const media = this.driver as MediaDriver;
    let url = this.proto['url'] as string | undefined;
    let mime = this.proto['mime'] as string;
    if (url === undefined) {
      const res = await media.fetch('_lit-ui/download', { method: 'POST', headers: { ...media.sessionHeaders(), [MediaHeader.widget]: this.id } });
      if (!res.ok) throw await failure(res);
      ({ url, mime } = (await res.json()) as { url: string; mime: string });
    }
    const file = await media.fetch(url);
    if (!file.ok) throw new SideChannelError(file.status, 'MediaNotFound', `The download ${url} answered ${file.status}.`);
    const data = new Uint8Array(await file.arrayBuffer());
    if (this.proto['onClick'] !== 'ignore') await this.click().run();
    return { fileName: this.fileName, mime, data };
  }

  /** Clicks the button (as `download()` does, without fetching the file). */
  override click(): this {
    return this.setValue(true);
  }
}

/**
 * `st.chatInput` with `acceptFile`: `submit(text, files)` uploads the files
 * as the browser does, then sends the message `{ text, files }`; `input(text)`
 * sends text alone.
 */
export class ChatInputView extends WidgetView {
  /** Sends a message with attachments (a trigger: the value is set for one run). */
  submit(text: string, files: TestFile | readonly TestFile[] = []): this {
    const list = Array.isArray(files) ? (files as readonly TestFile[]) : [files as TestFile];
    const uploader = new FileUploaderView(this.driver, this.proto, this.path);
    (this.driver as MediaDriver).defer(
      (async () => {
        const infos: UploadedFileInfo[] = [];
        for (const file of list) infos.push(await uploader.send(file));
        this.setValue({ text, files: infos.map((i) => ({ ...i })) });
      })(),
    );
    return this;
  }
}

/** The view class of each side-channel element type. */
export const MEDIA_VIEWS: Readonly<Record<string, new (driver: ViewDriver, proto: never, path: never) => ElementView>> = {
  image: MediaView,
  audio: MediaView,
  video: MediaView,
  pdf: MediaView,
  fileUploader: FileUploaderView,
  cameraInput: FileUploaderView,
  audioInput: FileUploaderView,
  downloadButton: DownloadButtonView,
  chatInput: ChatInputView,
};
