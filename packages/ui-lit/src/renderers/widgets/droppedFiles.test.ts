import { describe, expect, it } from 'vitest';
import { droppedFiles } from './droppedFiles.js';

/** A file entry of the entry API, as a drop gives it. */
const fileEntry = (file: File) => ({ isDirectory: false, isFile: true, name: file.name, file: (ok: (f: File) => void) => ok(file) });

/** A directory entry whose reader answers its children in batches of two, then an empty batch. */
function dirEntry(name: string, children: unknown[]) {
  return {
    isDirectory: true,
    isFile: false,
    name,
    createReader() {
      let at = 0;
      return {
        readEntries(ok: (batch: unknown[]) => void) {
          ok(children.slice(at, at + 2));
          at += 2;
        },
      };
    },
  };
}

/** A drop's DataTransfer: file items with their entries, and the flat `files` list browsers also give. */
function drop(entries: { entry: unknown; file: File | null }[]): DataTransfer {
  const items = entries.map(({ entry, file }) => ({ kind: 'file', webkitGetAsEntry: () => entry, getAsFile: () => file }));
  return { items, files: entries.flatMap(({ file }) => (file ? [file] : [])) } as unknown as DataTransfer;
}

const file = (name: string) => new File([name], name, { type: 'text/csv' });

describe('droppedFiles', () => {
  const top = file('top.csv');
  const folder = dirEntry('data', [fileEntry(file('a.csv')), fileEntry(file('b.csv')), dirEntry('sub', [fileEntry(file('c.csv'))])]);
  const transfer = () =>
    drop([
      { entry: fileEntry(top), file: top },
      { entry: folder, file: new File([], 'data') },
    ]);

  it('walks dropped folders, subfolders included, for a directory uploader', async () => {
    expect((await droppedFiles(transfer(), true)).map((f) => f.name)).toEqual(['top.csv', 'a.csv', 'b.csv', 'c.csv']);
  });

  it('leaves dropped folders out otherwise', async () => {
    expect((await droppedFiles(transfer(), false)).map((f) => f.name)).toEqual(['top.csv']);
  });

  it('takes the flat file list where the drop has no items', async () => {
    const plain = { items: [], files: [top] } as unknown as DataTransfer;
    expect((await droppedFiles(plain, true)).map((f) => f.name)).toEqual(['top.csv']);
  });
});
