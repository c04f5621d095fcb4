import { SESSION_ID_HEADER, SESSION_TOKEN_HEADER, type ForwardMsg } from '@lit-ui/core/protocol';
import type { MediaChannel, UploadedFileInfo, UploadProgress } from '../renderers/types.js';

/** Header names of the media routes besides the session's (as `MediaHeader` in `@lit-ui/core`). */
const HEADER = { widget: 'x-lit-ui-widget', fileName: 'x-lit-ui-file-name' } as const;

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
 * The browser half of the runtime's HTTP side channel (DESIGN: large
 * payloads never ride inside deltas): resolves media URLs against the app's
 * mount, uploads files with `XMLHttpRequest` (for progress), deletes them,
 * and fetches deferred downloads — each with the session's id and token in
 * headers, never in a URL. Learns both from `newSession`.
 */
export class SideChannel implements MediaChannel {
  private base = '';
  private sessionId = '';
  private token = '';

  /** The app's mount URL changed (`src`, resolved against the page URL). */
  mount(src: string, pageUrl: string): void {
    const url = new URL(src || '/', pageUrl);
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    this.base = url.href;
  }

  /** Reads the session id and token of a `newSession`. */
  receive(msg: ForwardMsg): void {
    if (msg.type !== 'newSession') return;
    this.sessionId = msg.sessionId;
    this.token = msg.sessionToken ?? '';
  }

  url(path: string): string {
    return /^[a-z][a-z0-9+.-]*:/i.test(path) ? path : new URL(path, this.base || globalThis.location?.href).href;
  }

  upload(widgetId: string, file: File, onProgress?: (progress: UploadProgress) => void, signal?: AbortSignal): Promise<UploadedFileInfo> {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', this.url('_lit-ui/upload'));
      for (const [name, value] of Object.entries(this.headers({ [HEADER.widget]: widgetId, [HEADER.fileName]: encodeURIComponent(file.name) }))) {
        xhr.setRequestHeader(name, value);
      }
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
      xhr.onabort = () => reject(new SideChannelError(0, 'Aborted', `${file.name}: upload cancelled.`));
      signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(file);
    });
  }

  async remove(fileId: string): Promise<void> {
    await fetch(this.url(`_lit-ui/upload/${encodeURIComponent(fileId)}`), { method: 'DELETE', headers: this.headers() }).catch(() => undefined);
  }

  async download(widgetId: string, url: string | undefined, fileName: string): Promise<void> {
    let href = url;
    if (href === undefined) {
      const res = await fetch(this.url('_lit-ui/download'), { method: 'POST', headers: this.headers({ [HEADER.widget]: widgetId }) });
      const body = (await res.json().catch(() => ({}))) as { url?: string; code?: string; message?: string };
      if (!res.ok || body.url === undefined)
        throw new SideChannelError(res.status, body.code ?? String(res.status), body.message ?? 'The download failed.');
      href = body.url;
    }
    const link = document.createElement('a');
    link.href = this.url(href);
    link.download = fileName;
    link.rel = 'noopener';
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { [SESSION_ID_HEADER]: this.sessionId, [SESSION_TOKEN_HEADER]: this.token, ...extra };
  }
}
