import { SESSION_ID_HEADER, SESSION_TOKEN_HEADER, type ForwardMsg } from '@lit-ui/core/protocol';
import type { MediaChannel, UploadedFileInfo, UploadProgress } from '../renderers/types.js';

/** Header names of the media routes besides the session's (as `MediaHeader` in `@lit-ui/core`). */
const HEADER = { widget: 'x-lit-ui-widget', fileName: 'x-lit-ui-file-name' } as const;

/**
 * The browser half of the runtime's HTTP side channel (DESIGN: large
 * payloads never ride inside deltas): resolves media URLs against the app's
 * mount, uploads files with `XMLHttpRequest` (for progress), deletes them,
 * and fetches deferred downloads — each with the session's id and token in
 * headers, never in a URL. Learns both from `newSession`. The transfers
 * themselves (`sideChannelTransfer.ts`) load with the first one.
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

  async upload(widgetId: string, file: File, onProgress?: (progress: UploadProgress) => void, signal?: AbortSignal): Promise<UploadedFileInfo> {
    const { sendFile } = await import('./sideChannelTransfer.js');
    const headers = this.headers({ [HEADER.widget]: widgetId, [HEADER.fileName]: encodeURIComponent(file.name) });
    return sendFile(this.url('_lit-ui/upload'), headers, file, onProgress, signal);
  }

  async remove(fileId: string): Promise<void> {
    await fetch(this.url(`_lit-ui/upload/${encodeURIComponent(fileId)}`), { method: 'DELETE', headers: this.headers() }).catch(() => undefined);
  }

  async download(widgetId: string, url: string | undefined, fileName: string): Promise<void> {
    const { requestDownload, saveAs } = await import('./sideChannelTransfer.js');
    const href = url ?? (await requestDownload(this.url('_lit-ui/download'), this.headers({ [HEADER.widget]: widgetId })));
    saveAs(this.url(href), fileName);
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { [SESSION_ID_HEADER]: this.sessionId, [SESSION_TOKEN_HEADER]: this.token, ...extra };
  }
}
