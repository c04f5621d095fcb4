import { relative, sep } from 'node:path';
import { watch } from 'chokidar';

/** A folder being watched for changes to source files. */
export interface FolderWatcher {
  /** Resolves once the initial scan is done: changes from then on are reported. */
  readonly ready: Promise<void>;
  /** Stops watching; resolves when every file handle is released. */
  close(): Promise<void>;
}

/** Watches `folder` and reports each changed file's path (a seam: tests pass their own). */
export type WatchFolder = (folder: string, onChange: (path: string) => void) => FolderWatcher;

/** Files whose change reloads the app: JavaScript, TypeScript and JSON modules. */
const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx|json)$/;

/**
 * Whether a change to `path` (inside `folder`) can change the app: a source
 * file outside `node_modules` and outside dot-folders (`.git`, `.next`).
 *
 * @param folder - The watched folder.
 * @param path - A path under it.
 * @param isFile - Whether `path` is a file (folders are walked unless ignored).
 */
export function isWatchedPath(folder: string, path: string, isFile: boolean): boolean {
  const parts = relative(folder, path).split(sep);
  if (parts.some((part) => part === 'node_modules' || (part.startsWith('.') && part !== '..' && part !== '.'))) return false;
  return !isFile || SOURCE_FILE.test(path);
}

/**
 * The default {@link WatchFolder}: chokidar over `folder`, recursive, without
 * `node_modules` and dot-folders, reporting added, changed and removed
 * source files (editors that save by writing a new file and renaming it included).
 */
export const watchFolder: WatchFolder = (folder, onChange) => {
  const watcher = watch(folder, {
    ignoreInitial: true,
    ignored: (path, stats) => !isWatchedPath(folder, path, stats?.isFile() ?? SOURCE_FILE.test(path)),
  });
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  watcher.on('all', (event, path) => {
    if (event === 'add' || event === 'change' || event === 'unlink') onChange(path);
  });
  return { ready, close: () => watcher.close() };
};
