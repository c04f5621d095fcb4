import type { UploadedFileInfo, UploadProgress } from '../renderers/types.js';

/**
 * The transfers of the side channel (uploads and deferred downloads),
 * loaded on the first one by dynamic `import()` so apps without files do
 * not download them (as vega-embed loads with the first chart).
 */

/** An upload or download the runtime refused: its HTTP status, error code and message (shown under the widget). */
export class SideChannelError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * POSTs `file` to `url` with `XMLHttpRequest` (for upload progress), with `headers`.
 *
 * @returns The runtime's description of the stored file; rejects with a {@link SideChannelError} when refused, interrupted or aborted.
 */
export function sendFile(
  url: string,
  headers: Record<string, string>,
  file: File,
  onProgress?: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<UploadedFileInfo> {
  return new Promise((resolve, reject) => {
    const aborted = () => new SideChannelError(0, 'Aborted', `${file.name}: upload cancelled.`);
    // Cancelled while this module loaded.
    if (signal?.aborted) return reject(aborted());
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (e) => onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      let body: { code?: string; message?: string } & Partial<UploadedFileInfo> = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // not JSON: a proxy's error page
      }
      if (xhr.status === 201) resolve(body as UploadedFileInfo);
      else
        reject(
          new SideChannelError(xhr.status, body.code ?? String(xhr.status), body.message ?? `${file.name}: upload failed (HTTP ${xhr.status}).`),
        );
    };
    xhr.onerror = () => reject(new SideChannelError(0, 'NetworkError', `${file.name}: the upload was interrupted (network error).`));
    xhr.onabort = () => reject(aborted());
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/**
 * Asks the runtime (POST `url` with `headers`) to produce a deferred download.
 *
 * @returns The URL to fetch the file from; rejects with a {@link SideChannelError} when refused.
 */
export async function requestDownload(url: string, headers: Record<string, string>): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers });
  const body = (await res.json().catch(() => ({}))) as { url?: string; code?: string; message?: string };
  if (!res.ok || body.url === undefined)
    throw new SideChannelError(res.status, body.code ?? String(res.status), body.message ?? 'The download failed.');
  return body.url;
}

/** Saves `href` under `fileName` through a hidden `<a download>` click. */
export function saveAs(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}
