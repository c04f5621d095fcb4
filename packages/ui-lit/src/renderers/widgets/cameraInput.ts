/* A lazy module: built from the kit it is given, it imports only types and other lazy modules. */
import type { UploadedFileInfo } from '../types.js';
import type { LazyKit } from '../lazyKit.js';
import { adoptStyles } from '../lazyStyles.js';
import { FILE_CSS } from './styles/fileStyles.js';
import { clearUpload, replaceWithUpload } from './singleUpload.js';

/**
 * `<lit-ui-camera-input>`: as Streamlit's `st.camera_input`. "Take photo"
 * opens the camera (getUserMedia) in a live preview; "Capture" draws the
 * frame to a canvas (shown as the snapshot: no `blob:` URL, so a strict CSP
 * holds), encodes it as JPEG and uploads it over the side channel; "Clear
 * photo" frees it. Errors (no camera, permission refused, upload refused)
 * show in place. Loaded on first use: built from the `kit` it is given.
 *
 * @returns The element class, for `customElements.define('lit-ui-camera-input', ...)`.
 */
export function cameraInputWidget({ WidgetElement, html, nothing }: LazyKit): CustomElementConstructor {
  return class CameraInputWidget extends WidgetElement {
    private stream: MediaStream | undefined;
    private error: string | undefined;
    private busy = false;

    private get photo(): UploadedFileInfo | undefined {
      return ((this.value as UploadedFileInfo[] | null) ?? [])[0];
    }

    override connectedCallback(): void {
      super.connectedCallback();
      adoptStyles(this, 'files', FILE_CSS);
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      this.stopCamera();
    }

    private async startCamera(): Promise<void> {
      this.error = undefined;
      this.busy = true;
      this.requestUpdate();
      let stream: MediaStream | undefined;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
      } catch (error) {
        this.error = `The camera is not available: ${error instanceof Error ? error.message : String(error)}`;
      }
      // The preview plays before "Capture" shows, so a capture always has a frame to draw.
      const video = this.querySelector('video');
      if (video && stream) {
        video.srcObject = stream;
        await video.play().catch(() => undefined);
        await firstFrame(video);
      }
      this.stream = stream;
      this.busy = false;
      this.requestUpdate();
    }

    private stopCamera(): void {
      for (const track of this.stream?.getTracks() ?? []) track.stop();
      this.stream = undefined;
    }

    private async capture(): Promise<void> {
      const video = this.querySelector('video');
      const canvas = this.querySelector('canvas');
      if (!video || !canvas || this.busy) return;
      await firstFrame(video);
      canvas.width = video.videoWidth || 640;
      canvas.height = video.videoHeight || 480;
      canvas.getContext('2d')?.drawImage(video, 0, 0, canvas.width, canvas.height);
      this.stopCamera();
      this.busy = true;
      this.requestUpdate();
      try {
        const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9));
        if (!blob) throw new Error('The snapshot could not be encoded.');
        await replaceWithUpload(this.ctx, this.proto, new File([blob], 'camera.jpg', { type: 'image/jpeg' }));
      } catch (error) {
        this.error = error instanceof Error ? error.message : String(error);
      } finally {
        this.busy = false;
        this.requestUpdate();
      }
    }

    private clear(): void {
      clearUpload(this.ctx, this.proto);
      this.error = undefined;
    }

    protected override render(): unknown {
      const live = this.stream !== undefined;
      const photo = this.photo;
      return html`${this.renderLabel(null)}
        <div class="lu-camera" role="group" aria-labelledby=${this.labelId}>
          <video class="lu-camera-view" ?hidden=${!live} muted playsinline aria-label="Camera preview"></video>
          <canvas class="lu-camera-view" ?hidden=${live || photo === undefined} aria-label="Snapshot"></canvas>
          <div class="lu-camera-actions">
            ${
              live
                ? html`<button type="button" id=${this.controlId} class="lu-button lu-button--primary" ?disabled=${this.busy} @click=${() => void this.capture()}>
                    Capture
                  </button>`
                : html`<button type="button" id=${this.controlId} class="lu-button lu-button--secondary" ?disabled=${this.disabled || this.busy} @click=${() => void this.startCamera()}>
                    ${photo ? 'Retake photo' : 'Take photo'}
                  </button>`
            }
            ${photo && !live ? html`<button type="button" class="lu-button lu-button--tertiary" ?disabled=${this.disabled} @click=${() => this.clear()}>Clear photo</button>` : nothing}
          </div>
          ${this.error ? html`<div class="lu-uploader-error" role="alert">${this.error}</div>` : nothing}
        </div>`;
    }
  };
}

/** Resolves once `video` has a frame to draw (at most 5 s: a camera that never delivers one still lets the user go on). */
function firstFrame(video: HTMLVideoElement): Promise<void> {
  if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      video.removeEventListener('loadeddata', done);
      resolve();
    };
    const timer = setTimeout(done, 5000);
    video.addEventListener('loadeddata', done);
  });
}
