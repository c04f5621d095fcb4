import { readdir } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDiskMediaStorage } from './diskMediaStorage.js';

describe('createDiskMediaStorage', () => {
  it('writes streams to its own temporary folder and reads them back as sliceable Blobs', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'disk-store-test-'));
    const storage = createDiskMediaStorage({ dir: parent });
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    expect(await storage.put('abc', new Blob([bytes]).stream())).toBe(300_000);
    expect(await storage.put('svg', new Blob(['<svg/>']))).toBe(6);
    const blob = (await storage.get('abc'))!;
    expect(blob.size).toBe(300_000);
    expect(new Uint8Array(await blob.slice(1000, 1004).arrayBuffer())).toEqual(bytes.slice(1000, 1004));
    expect(await storage.get('nope')).toBeUndefined();
    const [folder] = await readdir(parent);
    expect((await readdir(join(parent, folder!))).sort()).toEqual(['abc', 'svg']);
    await storage.delete('abc');
    expect(await storage.get('abc')).toBeUndefined();
    await storage.close!();
    expect(await readdir(parent)).toEqual([]);
  });

  it('stops at maxBytes while streaming and leaves no file behind', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'disk-store-test-'));
    const storage = createDiskMediaStorage({ dir: parent });
    await expect(storage.put('big', new Blob([new Uint8Array(5000)]).stream(), { maxBytes: 4096 })).rejects.toMatchObject({ code: 'UploadTooLarge' });
    expect(await storage.get('big')).toBeUndefined();
    const [folder] = await readdir(parent);
    expect(await readdir(join(parent, folder!))).toEqual([]);
    await expect(storage.put('../escape', new Blob(['x']))).rejects.toThrow('Invalid media key');
    await storage.close!();
  });
});
