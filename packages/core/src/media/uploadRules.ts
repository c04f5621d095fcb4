import { essence } from './mediaTypes.js';

/** What an uploader widget accepts, enforced by the server (the browser's `accept` is only a hint). */
export interface UploadRules {
  /** Largest file, in bytes. */
  readonly maxBytes: number;
  /**
   * Allowed file types as Streamlit's `type`: extensions (`'csv'`, `'.csv'`),
   * MIME types (`'text/csv'`) or MIME wildcards (`'image/*'`); undefined: any.
   */
  readonly types: readonly string[] | undefined;
  /** More than one file per widget value. */
  readonly multiple: boolean;
}

/**
 * Normalises Streamlit's `type` parameter: one string or a list, extensions
 * lower-cased with a leading dot; `jpg` and `jpeg` imply each other (as Streamlit).
 */
export function normaliseTypes(type: string | readonly string[] | undefined): string[] | undefined {
  if (type === undefined) return undefined;
  const list = (typeof type === 'string' ? [type] : [...type]).map((t) => t.trim().toLowerCase()).filter(Boolean);
  const out = new Set<string>();
  for (const t of list) {
    const item = t.includes('/') || t.startsWith('.') ? t : `.${t}`;
    out.add(item);
    if (item === '.jpg') out.add('.jpeg');
    if (item === '.jpeg') out.add('.jpg');
  }
  return [...out];
}

/** True when a file called `name` with MIME type `mime` fits `types` (normalised by {@link normaliseTypes}). */
export function acceptsFile(types: readonly string[] | undefined, name: string, mime: string): boolean {
  if (!types) return true;
  const lower = name.toLowerCase();
  const bare = essence(mime);
  return types.some((t) => {
    if (t.startsWith('.')) return lower.endsWith(t) && lower.length > t.length;
    if (t.endsWith('/*')) return bare.startsWith(t.slice(0, -1));
    return bare === t;
  });
}
