import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemScheduler } from '../runtime/runtimeOptions.js';
import { createMediaHasher } from './mediaHash.js';
import { MediaManager } from './mediaManager.js';
import { createMemoryMediaStorage, type MediaStorage } from './mediaStorage.js';
import { SessionMedia } from './sessionMedia.js';

function manager(options: { maxBytes?: number; storage?: MediaStorage } = {}) {
  return new MediaManager({
    storage: options.storage ?? createMemoryMediaStorage(),
    maxBytes: options.maxBytes ?? 1_000_000,
    graceMs: 60_000,
    hasher: createMediaHasher,
    scheduler: systemScheduler,
    logger: undefined,
  });
}

const bytes = (n: number, fill = 7) => new Uint8Array(n).fill(fill);

describe('MediaManager', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('stores equal content once, under one unguessable id per way of serving it', async () => {
    const media = manager();
    const a = media.add(bytes(1000), { mime: 'image/png' }, 's1');
    const b = media.add(bytes(1000), { mime: 'image/png' }, 's2');
    expect(b.id).toBe(a.id);
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(media.count).toBe(1);
    expect(media.bytes).toBe(1000);
    expect(media.add(bytes(1000), { mime: 'image/png', fileName: 'x.png', attachment: true }, 's1').id).not.toBe(a.id);
    expect(media.add(bytes(1000, 8), { mime: 'image/png' }, 's1').id).not.toBe(a.id);
    // Another runtime (another secret) gives the same bytes another id: ids cannot be confirmed from outside.
    expect(manager().add(bytes(1000), { mime: 'image/png' }, 's1').id).not.toBe(a.id);
    const blob = await media.open(a);
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(bytes(1000));
  });

  it('copies the bytes when added, so the app may reuse its buffer', async () => {
    const media = manager();
    const buffer = bytes(10, 1);
    const entry = media.add(buffer, { mime: 'application/octet-stream' }, 's1');
    buffer.fill(9);
    expect([...new Uint8Array(await (await media.open(entry))!.arrayBuffer())]).toEqual(Array(10).fill(1));
  });

  it('frees a file no session references after the grace period, and a new reference within it keeps it', async () => {
    const media = manager();
    const entry = media.add('hello', { mime: 'text/plain' }, 's1');
    media.release(entry.id, 's1');
    vi.advanceTimersByTime(59_000);
    media.add('hello', { mime: 'text/plain' }, 's2'); // a reload within the grace period
    vi.advanceTimersByTime(10_000);
    expect(media.get(entry.id)).toBeDefined();
    media.release(entry.id, 's2');
    vi.advanceTimersByTime(60_000);
    expect(media.get(entry.id)).toBeUndefined();
    expect(media.bytes).toBe(0);
    expect(await media.open(entry)).toBeUndefined();
  });

  it('keeps a file while any session references it', () => {
    const media = manager();
    const entry = media.add('x', { mime: 'text/plain' }, 's1');
    media.add('x', { mime: 'text/plain' }, 's2');
    media.release(entry.id, 's1');
    vi.advanceTimersByTime(600_000);
    expect(media.get(entry.id)).toBeDefined();
  });

  it('stays under maxBytes: frees unreferenced files first (oldest first), then refuses with MediaStorageFull', () => {
    const media = manager({ maxBytes: 2500 });
    const a = media.add(bytes(1000, 1), { mime: 'image/png' }, 's1');
    const b = media.add(bytes(1000, 2), { mime: 'image/png' }, 's1');
    media.release(a.id, 's1');
    vi.advanceTimersByTime(1);
    media.release(b.id, 's1');
    media.add(bytes(1000, 3), { mime: 'image/png' }, 's1');
    expect(media.get(a.id)).toBeUndefined();
    expect(media.get(b.id)).toBeDefined();
    media.add(bytes(1000, 4), { mime: 'image/png' }, 's1');
    expect(media.get(b.id)).toBeUndefined();
    expect(() => media.add(bytes(1000, 5), { mime: 'image/png' }, 's1')).toThrow(expect.objectContaining({ code: 'MediaStorageFull' }));
    expect(media.bytes).toBe(2000);
  });

  it('refuses data that is not text, bytes or a Blob with InvalidArgument', () => {
    expect(() => manager().add(42 as never, { mime: 'image/png' }, 's1')).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
  });

  it('keeps a Blob the app passed without copying, one id per Blob object', async () => {
    const media = manager();
    const blob = new Blob(['abc'], { type: 'text/plain' });
    const a = media.add(blob, { mime: 'text/plain' }, 's1');
    expect(media.add(blob, { mime: 'text/plain' }, 's2').id).toBe(a.id);
    expect(await (await media.open(a))!.text()).toBe('abc');
  });

  it('streams an upload in, enforcing its limit while streaming: past it nothing is stored', async () => {
    const media = manager();
    const stream = (n: number) => new Blob([bytes(n)]).stream();
    const ok = await media.upload(stream(100), { mime: 'text/plain', fileName: 'a.txt', maxBytes: 100 }, 's1');
    expect(ok).toMatchObject({ size: 100, upload: true, fileName: 'a.txt' });
    expect(ok.id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    await expect(media.upload(stream(101), { mime: 'text/plain', maxBytes: 100 }, 's1')).rejects.toMatchObject({ code: 'UploadTooLarge' });
    expect(media.count).toBe(1);
    expect(media.bytes).toBe(100);
    // An upload is private to its session: freed at once when released.
    media.release(ok.id, 's1');
    expect(media.get(ok.id)).toBeUndefined();
  });

  it('refuses an upload past the room left with MediaStorageFull', async () => {
    const media = manager({ maxBytes: 150 });
    media.add(bytes(100), { mime: 'image/png' }, 's1');
    await expect(media.upload(new Blob([bytes(80)]).stream(), { mime: 'text/plain', maxBytes: 1000 }, 's1')).rejects.toMatchObject({
      code: 'MediaStorageFull',
    });
    expect(media.bytes).toBe(100);
  });

  it('serves nothing for a file whose storage write failed', async () => {
    const failing: MediaStorage = { ...createMemoryMediaStorage(), put: () => Promise.reject(new Error('disk full')) };
    const media = manager({ storage: failing });
    const entry = media.add('x', { mime: 'text/plain' }, 's1');
    expect(await media.open(entry)).toBeUndefined();
    expect(media.get(entry.id)).toBeUndefined();
  });
});

describe('SessionMedia', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('releases media a completed full run no longer shows; fragment and interrupted runs keep everything', () => {
    const media = manager();
    const session = new SessionMedia(media, 's1');
    const first = session.add('one', { mime: 'text/plain' });
    session.add('two', { mime: 'text/plain' });
    session.runEnded(true);
    session.add('one', { mime: 'text/plain' });
    session.runEnded(false);
    vi.advanceTimersByTime(120_000);
    expect(media.count).toBe(2);
    session.add('one', { mime: 'text/plain' });
    session.runEnded(true);
    vi.advanceTimersByTime(60_000);
    expect(media.count).toBe(1);
    expect(first).toMatch(/^_lit-ui\/media\/[A-Za-z0-9_-]{32}\.txt$/);
  });

  it('frees its uploads when an uploader leaves the page, when removed, and when the session ends', async () => {
    const media = manager();
    const session = new SessionMedia(media, 's1');
    const rules = { maxBytes: 1000, types: undefined, multiple: true };
    session.uploaders.set('w1', rules);
    session.uploaders.set('w2', rules);
    const up = (w: string) => session.upload(w, new Blob(['data']).stream(), { mime: 'text/plain', fileName: 'a.txt', maxBytes: 1000 });
    const a = await up('w1');
    const b = await up('w1');
    const c = await up('w2');
    expect(session.uploaded(a.id, 'w1')).toBeDefined();
    expect(session.uploaded(a.id, 'w2')).toBeUndefined();
    expect(session.deleteUpload(a.id)).toBe(true);
    expect(session.deleteUpload(a.id)).toBe(false);
    expect(media.get(a.id)).toBeUndefined();
    session.widgetRendered('w2');
    session.runEnded(true);
    expect(media.get(b.id)).toBeUndefined();
    expect(session.uploaders.has('w1')).toBe(false);
    expect(media.get(c.id)).toBeDefined();
    session.close();
    expect(media.count).toBe(0);
  });
});
