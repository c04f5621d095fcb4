import { ErrorCode, invalidArgument, LitUiError } from '../errors.js';
import { nodeBuiltin } from './nodeBuiltin.js';

/** A local file media commands can serve without reading it into memory. */
export interface LocalFile {
  /** Changes when the file does (path, size, modification time). */
  readonly key: string;
  /** Size in bytes. */
  readonly size: number;
  /** The file's base name. */
  readonly name: string;
  /** Opens the file as a file-backed Blob (read on demand, sliceable). */
  open(): Promise<Blob>;
}

interface NodeFs {
  statSync(path: string, options: { throwIfNoEntry: false }): { size: number; mtimeMs: number; isFile(): boolean } | undefined;
  openAsBlob(path: string, options?: { type?: string }): Promise<Blob>;
}
interface NodePath {
  resolve(path: string): string;
  basename(path: string): string;
}

/**
 * Finds a local file for `st.image('./logo.png')`, `st.video(path)`, ...:
 * as Streamlit, a relative path is relative to the working directory. Uses
 * Node's `fs` found at run time (no `node:` import in core), so it works
 * wherever the runtime runs on Node, Deno or Bun.
 *
 * @throws LitUiError `InvalidArgument` when there is no such file;
 *   `MediaUnavailable` on runtimes without a file system.
 */
export function localFile(path: string): LocalFile {
  const fs = nodeBuiltin<NodeFs>('node:fs');
  const paths = nodeBuiltin<NodePath>('node:path');
  if (!fs || !paths) {
    throw new LitUiError(ErrorCode.MediaUnavailable, `This JavaScript runtime has no file system: pass bytes or a URL instead of the path ${path}.`);
  }
  const absolute = paths.resolve(path);
  const stat = fs.statSync(absolute, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw invalidArgument(`No such file: ${path} (resolved to ${absolute}). Pass a URL, bytes, or an existing file path.`);
  return { key: `${absolute}\n${stat.size}\n${stat.mtimeMs}`, size: stat.size, name: paths.basename(absolute), open: () => fs.openAsBlob(absolute) };
}
