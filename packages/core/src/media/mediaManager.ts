import { nanoid } from 'nanoid';
import { ErrorCode, invalidArgument, LitUiError } from '../errors.js';
import type { Logger, Scheduler } from '../runtime/runtimeOptions.js';
import type { MediaHasher } from './mediaHash.js';
import type { MediaStorage, MediaPutOptions } from './mediaStorage.js';
import { extensionOf } from './mediaTypes.js';

/** What media commands accept as bytes: text (UTF-8), bytes, or a `Blob`. */
export type MediaBytes = string | Uint8Array | ArrayBuffer | Blob;

/** True for the values {@link MediaBytes} allows. */
export function isMediaBytes(value: unknown): value is MediaBytes {
  return typeof value === 'string' || value instanceof Uint8Array || value instanceof ArrayBuffer || value instanceof Blob;
}

function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  return value.constructor?.name ?? 'an object';
}

/** How a media file is served. */
export interface MediaServeOptions {
  /** MIME type, e.g. `'image/png'`. */
  readonly mime: string;
  /** Served as a download (`Content-Disposition: attachment`) with this name. */
  readonly fileName?: string;
  readonly attachment?: boolean;
}

/** One media file the manager holds. */
export interface MediaEntry extends MediaServeOptions {
  readonly id: string;
  /** Size in bytes. */
  readonly size: number;
  /** Where its bytes come from: the storage, a Blob the app passed, or a file opened on demand. */
  readonly source: 'storage' | Blob | (() => Promise<Blob>);
  /** Resolves when the bytes are stored (a storage write may still be under way). */
  readonly ready: Promise<boolean>;
  /** True for uploads: private to their session, never served by URL. */
  readonly upload: boolean;
}

interface Held {
  readonly entry: MediaEntry;
  /** Bytes counted against `maxBytes`. */
  readonly counted: number;
  readonly owners: Set<string>;
  expiry?: unknown;
  releasedAt: number;
}

/** Settings of a {@link MediaManager}. */
export interface MediaManagerSettings {
  readonly storage: MediaStorage;
  /** Most bytes held at once (stored bytes and Blobs the app passed). */
  readonly maxBytes: number;
  /** How long a file no session references is kept (a reconnect, a reload, a late fetch), in ms. */
  readonly graceMs: number;
  readonly hasher: () => MediaHasher;
  readonly scheduler: Scheduler;
  readonly logger: Logger | undefined;
}

/**
 * The runtime's media manager, as Streamlit's MediaFileManager: holds the
 * bytes behind media elements, downloads and uploads, so that large payloads
 * never ride inside deltas. Files are content-addressed (see
 * {@link MediaHasher}): one image shown to 20 sessions is stored once. Each
 * session holds references; a file no session references is freed after
 * `graceMs`. Total bytes are bounded by `maxBytes`: when full, files in
 * their grace period are freed first (oldest first), then adding fails with
 * `MediaStorageFull`.
 */
export class MediaManager {
  private readonly held = new Map<string, Held>();
  private readonly blobIds = new WeakMap<Blob, Map<string, string>>();
  private hasherInstance: MediaHasher | undefined;
  private used = 0;

  constructor(private readonly settings: MediaManagerSettings) {}

  /** Bytes held now (counted against `maxBytes`). */
  get bytes(): number {
    return this.used;
  }

  /** Number of files held (served media and uploads). */
  get count(): number {
    return this.held.size;
  }

  /** The mount-relative URL a client fetches `entry` from: `_lit-ui/media/<id>.<ext>`. */
  static url(entry: Pick<MediaEntry, 'id' | 'mime'>): string {
    return `_lit-ui/media/${entry.id}.${extensionOf(entry.mime)}`;
  }

  /**
   * Adds (or finds) the media file of `data` served as `options`, owned by
   * `owner` (a session id). Synchronous: the id is known at once, the bytes
   * reach the storage in the background and serving waits for them.
   *
   * @throws LitUiError `MediaStorageFull` when `data` does not fit under `maxBytes`.
   */
  add(data: MediaBytes, options: MediaServeOptions, owner: string): MediaEntry {
    if (!isMediaBytes(data)) {
      throw invalidArgument(`Expected media data as a string, Uint8Array, ArrayBuffer or Blob, got ${describe(data)}.`);
    }
    if (data instanceof Blob) return this.addBlob(data, options, owner);
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data instanceof Uint8Array ? data : new Uint8Array(data);
    const id = this.hasher().id([options.mime, options.attachment ? 'attachment' : 'inline', options.fileName ?? '', bytes]);
    const found = this.reuse(id, owner);
    if (found) return found;
    this.makeRoom(bytes.byteLength);
    // Copy now: the app may reuse its buffer once the command returns. The DOM's Blob type (ui-lit/dev compiles this
    // file with it) takes only ArrayBuffer-backed views, core's own does not; the constructor copies from any view.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed under the DOM lib, not under core's
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
    const entry = this.track({ id, ...options, size: blob.size, source: 'storage', upload: false }, blob.size, owner, this.store(id, blob));
    return entry;
  }

  /**
   * Adds a file read on demand (a local path): nothing is copied or counted;
   * `version` must change when the file does (e.g. its size and mtime).
   */
  addLazy(key: string, size: number, open: () => Promise<Blob>, options: MediaServeOptions, owner: string): MediaEntry {
    const id = this.hasher().id([options.mime, options.attachment ? 'attachment' : 'inline', options.fileName ?? '', `file:${key}`]);
    return this.reuse(id, owner) ?? this.track({ id, ...options, size, source: open, upload: false }, 0, owner, Promise.resolve(true));
  }

  /**
   * Stores an upload streamed from a request body under a fresh random id,
   * owned by `owner` only, never served by URL.
   *
   * @throws LitUiError `UploadTooLarge` past `maxBytes` of the file,
   *   `MediaStorageFull` past the manager's room; nothing is kept.
   */
  async upload(body: ReadableStream<Uint8Array>, options: MediaServeOptions & { readonly maxBytes: number }, owner: string): Promise<MediaEntry> {
    const id = nanoid(32);
    const room = this.settings.maxBytes - this.used;
    const limit: MediaPutOptions =
      room < options.maxBytes ? { maxBytes: Math.max(0, room), tooLargeCode: ErrorCode.MediaStorageFull } : { maxBytes: options.maxBytes };
    const size = await this.settings.storage.put(id, body, limit);
    if (this.used + size > this.settings.maxBytes) {
      // Another write took the room meanwhile.
      await this.settings.storage.delete(id);
      throw new LitUiError(ErrorCode.MediaStorageFull, 'The server has no room left for this file (media.maxBytes); try again later.');
    }
    const { mime, fileName } = options;
    return this.track(
      { id, mime, ...(fileName !== undefined ? { fileName } : {}), size, source: 'storage', upload: true },
      size,
      owner,
      Promise.resolve(true),
    );
  }

  /** The entry of `id`, if held. */
  get(id: string): MediaEntry | undefined {
    return this.held.get(id)?.entry;
  }

  /** True when `owner` holds a reference to `id`. */
  owns(id: string, owner: string): boolean {
    return this.held.get(id)?.owners.has(owner) ?? false;
  }

  /** The bytes of `entry` as a Blob, or undefined when they are gone (freed, failed, a changed file). */
  async open(entry: MediaEntry): Promise<Blob | undefined> {
    if (!(await entry.ready) || !this.held.has(entry.id)) return undefined;
    if (entry.source === 'storage') return this.settings.storage.get(entry.id);
    if (entry.source instanceof Blob) return entry.source;
    return entry.source().catch(() => undefined);
  }

  /** `owner` references `id` (again); cancels a pending free. */
  acquire(id: string, owner: string): void {
    const held = this.held.get(id);
    if (!held) return;
    held.owners.add(owner);
    if (held.expiry !== undefined) this.settings.scheduler.clearTimeout(held.expiry);
    held.expiry = undefined;
  }

  /** `owner` no longer references `id`; with no owner left it is freed after `graceMs` (uploads at once). */
  release(id: string, owner: string): void {
    const held = this.held.get(id);
    if (!held || !held.owners.delete(owner) || held.owners.size > 0) return;
    if (held.entry.upload) return void this.free(id);
    held.releasedAt = this.settings.scheduler.now();
    held.expiry = this.settings.scheduler.setTimeout(() => void this.free(id), this.settings.graceMs);
  }

  /** Frees `id` now, whoever references it. */
  async free(id: string): Promise<void> {
    const held = this.held.get(id);
    if (!held) return;
    if (held.expiry !== undefined) this.settings.scheduler.clearTimeout(held.expiry);
    this.held.delete(id);
    this.used -= held.counted;
    if (held.entry.source === 'storage')
      await this.settings.storage.delete(id).catch((e: unknown) => this.settings.logger?.warn('media: delete failed', e));
  }

  /** Frees everything and closes the storage. */
  async close(): Promise<void> {
    await Promise.all([...this.held.keys()].map((id) => this.free(id)));
    await this.settings.storage.close?.();
  }

  private addBlob(blob: Blob, options: MediaServeOptions, owner: string): MediaEntry {
    // A Blob's bytes can only be read asynchronously: it is identified by the object (Blobs are immutable).
    const key = `${options.mime}\n${options.attachment ? 1 : 0}\n${options.fileName ?? ''}`;
    let ids = this.blobIds.get(blob);
    const known = ids?.get(key);
    const found = known !== undefined ? this.reuse(known, owner) : undefined;
    if (found) return found;
    this.makeRoom(blob.size);
    const id = nanoid(32);
    if (!ids) this.blobIds.set(blob, (ids = new Map<string, string>()));
    ids.set(key, id);
    return this.track({ id, ...options, size: blob.size, source: blob, upload: false }, blob.size, owner, Promise.resolve(true));
  }

  private reuse(id: string, owner: string): MediaEntry | undefined {
    const held = this.held.get(id);
    if (!held) return undefined;
    this.acquire(id, owner);
    return held.entry;
  }

  private track(entry: Omit<MediaEntry, 'ready'>, counted: number, owner: string, ready: Promise<boolean>): MediaEntry {
    const full: MediaEntry = { ...entry, ready };
    this.held.set(entry.id, { entry: full, counted, owners: new Set([owner]), releasedAt: 0 });
    this.used += counted;
    return full;
  }

  private store(id: string, blob: Blob): Promise<boolean> {
    return this.settings.storage.put(id, blob).then(
      () => true,
      (error: unknown) => {
        this.settings.logger?.error(`media: storing ${id} failed`, error);
        void this.free(id);
        return false;
      },
    );
  }

  private makeRoom(size: number): void {
    if (this.used + size <= this.settings.maxBytes) return;
    const idle = [...this.held].filter(([, h]) => h.owners.size === 0).sort(([, a], [, b]) => a.releasedAt - b.releasedAt);
    for (const [id] of idle) {
      if (this.used + size <= this.settings.maxBytes) break;
      void this.free(id);
    }
    if (this.used + size > this.settings.maxBytes) {
      throw new LitUiError(
        ErrorCode.MediaStorageFull,
        `This media file (${size} bytes) does not fit: the runtime holds ${this.used} of its media.maxBytes (${this.settings.maxBytes}).`,
      );
    }
  }

  private hasher(): MediaHasher {
    return (this.hasherInstance ??= this.settings.hasher());
  }
}
