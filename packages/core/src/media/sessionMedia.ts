import { MediaManager, type MediaBytes, type MediaEntry, type MediaServeOptions } from './mediaManager.js';
import type { UploadRules } from './uploadRules.js';

/** The data of `st.downloadButton`, produced when the user clicks (Streamlit's deferred data). */
export interface DeferredDownload {
  readonly data: () => MediaBytes | Promise<MediaBytes>;
  readonly fileName: string;
  readonly mime: string | undefined;
}

/** An uploaded file the session holds, and the uploader widget it was sent to. */
export interface HeldUpload {
  readonly widgetId: string;
  readonly entry: MediaEntry;
}

/**
 * One session's side of the media manager: the media its page references
 * (released when a completed full run no longer shows them, or when the
 * session ends), the rules of its uploader widgets, its uploaded files, the
 * deferred data of its download buttons. Side-channel requests reach it
 * through its session, found by the session id and token headers.
 */
export class SessionMedia {
  /** Media referenced by the page as of the last completed full run, plus any added since. */
  private readonly refs = new Set<string>();
  /** Media referenced by the run in progress. */
  private readonly runRefs = new Set<string>();
  private readonly uploads = new Map<string, HeldUpload>();
  /** Uploader widgets on the page: widget id → rules. */
  readonly uploaders = new Map<string, UploadRules>();
  /** Download buttons with deferred data: widget id → data. */
  readonly downloads = new Map<string, DeferredDownload>();
  private readonly runWidgets = new Set<string>();
  private closed = false;

  constructor(
    readonly manager: MediaManager,
    /** The session id: the owner of its references. */
    readonly owner: string,
  ) {}

  /** Adds (or finds) media for the page and returns its mount-relative URL. @throws LitUiError `MediaStorageFull`. */
  add(data: MediaBytes, options: MediaServeOptions): string {
    return this.reference(this.manager.add(data, options, this.owner));
  }

  /** Adds a file read on demand (see {@link MediaManager.addLazy}) and returns its URL. */
  addLazy(key: string, size: number, open: () => Promise<Blob>, options: MediaServeOptions): string {
    return this.reference(this.manager.addLazy(key, size, open, options, this.owner));
  }

  /** Records that the run in progress rendered the uploader or download button `widgetId`. */
  widgetRendered(widgetId: string): void {
    this.runWidgets.add(widgetId);
  }

  /**
   * A run ended. After a completed full run the page shows exactly what it
   * rendered: media it no longer references are released (freed after the
   * grace period), uploaders and download buttons it no longer shows are
   * forgotten, with their uploaded files. After other runs (fragment,
   * interrupted, failed) everything is kept.
   */
  runEnded(completedFullRun: boolean): void {
    if (completedFullRun) {
      for (const id of this.refs) if (!this.runRefs.has(id)) this.release(id);
      for (const id of this.uploaders.keys()) if (!this.runWidgets.has(id)) this.forgetUploader(id);
      for (const id of this.downloads.keys()) if (!this.runWidgets.has(id)) this.downloads.delete(id);
    }
    this.runRefs.clear();
    this.runWidgets.clear();
  }

  /** Stores an upload for `widgetId` (see {@link MediaManager.upload}). */
  async upload(widgetId: string, body: ReadableStream<Uint8Array>, options: MediaServeOptions & { readonly maxBytes: number }): Promise<MediaEntry> {
    const entry = await this.manager.upload(body, options, this.owner);
    if (this.closed) {
      await this.manager.free(entry.id);
      throw new Error('The session ended during the upload.');
    }
    this.uploads.set(entry.id, { widgetId, entry });
    return entry;
  }

  /** The upload `fileId` sent to `widgetId`, if this session holds it. */
  uploaded(fileId: string, widgetId?: string): HeldUpload | undefined {
    const held = this.uploads.get(fileId);
    return held && (widgetId === undefined || held.widgetId === widgetId) && this.manager.get(fileId) ? held : undefined;
  }

  /** Frees an upload (the user removed it). @returns false when the session holds no such upload. */
  deleteUpload(fileId: string): boolean {
    if (!this.uploads.delete(fileId)) return false;
    void this.manager.free(fileId);
    return true;
  }

  /** A committed value of `widgetId` no longer lists these of its files: free them. */
  keepUploads(widgetId: string, fileIds: ReadonlySet<string>, previous: ReadonlySet<string>): void {
    for (const id of previous) if (!fileIds.has(id) && this.uploads.get(id)?.widgetId === widgetId) this.deleteUpload(id);
  }

  /** The session ended: release its media, free its uploads. */
  close(): void {
    this.closed = true;
    for (const id of [...this.refs, ...this.runRefs]) this.release(id);
    for (const id of [...this.uploads.keys()]) this.deleteUpload(id);
    this.uploaders.clear();
    this.downloads.clear();
  }

  private reference(entry: MediaEntry): string {
    if (this.closed) this.manager.release(entry.id, this.owner);
    else {
      this.refs.add(entry.id);
      this.runRefs.add(entry.id);
    }
    return MediaManager.url(entry);
  }

  private release(id: string): void {
    this.refs.delete(id);
    this.runRefs.delete(id);
    this.manager.release(id, this.owner);
  }

  private forgetUploader(widgetId: string): void {
    this.uploaders.delete(widgetId);
    for (const [fileId, held] of this.uploads) if (held.widgetId === widgetId) this.deleteUpload(fileId);
  }
}
