/* A lazy module: imports nothing from the initial bundle. */

/** The entry API's reader callbacks, as a promise: every file under `dir`, subfolders walked. */
async function filesUnder(dir: FileSystemDirectoryEntry): Promise<File[]> {
  const reader = dir.createReader();
  const entries: FileSystemEntry[] = [];
  // readEntries answers in batches (100 in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory
        ? filesUnder(entry as FileSystemDirectoryEntry)
        : new Promise<File[]>((resolve, reject) => (entry as FileSystemFileEntry).file((file) => resolve([file]), reject)),
    ),
  );
  return nested.flat();
}

/**
 * The files of a drop on an uploader. With `folders` (an uploader in
 * `'directory'` mode), each dropped folder gives every file inside it,
 * subfolders included (read through the entry API, as the browser's folder
 * picker would list them); otherwise dropped folders are left out and only
 * files count. Call it in the drop event's handler: the items are readable
 * only there.
 *
 * @returns The files, in drop order (a folder's in the order the browser reads them).
 */
export function droppedFiles(data: DataTransfer, folders: boolean): Promise<File[]> {
  const items = [...(data.items ?? [])].filter((item) => item.kind === 'file');
  if (items.length === 0) return Promise.resolve([...data.files]);
  const picked: (File | FileSystemDirectoryEntry)[] = [];
  for (const item of items) {
    const entry = item.webkitGetAsEntry?.() ?? null;
    if (entry?.isDirectory) {
      if (folders) picked.push(entry as FileSystemDirectoryEntry);
      continue;
    }
    const file = item.getAsFile();
    if (file) picked.push(file);
  }
  return Promise.all(picked.map((p) => (p instanceof File ? Promise.resolve([p]) : filesUnder(p)))).then((lists) => lists.flat());
}
