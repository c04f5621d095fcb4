/* A lazy module: built from the kit it is given, it imports only types and other lazy modules. */
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { UploadedFileInfo, WidgetProto } from '../types.js';
import type { LazyKit } from '../lazyKit.js';
import { adoptStyles } from '../lazyStyles.js';
import { formatBytes } from './fileFormat.js';
import { FILE_CSS } from './styles/fileStyles.js';
import { clearUpload, replaceWithUpload } from './singleUpload.js';

type AudioInputProto = WidgetProto & Pick<ElementProtoOf<'audioInput'>, 'sampleRate'>;

/**
 * `<lit-ui-audio-input>`: as Streamlit's `st.audio_input`. "Record" asks for
 * the microphone (at the widget's `sampleRate` when the browser can) and
 * records with MediaRecorder; "Stop" uploads the recording (WebM, or what
 * the browser records) over the side channel; "Clear" frees it. Errors show
 * in place. Loaded on first use: built from the `kit` it is given.
 *
 * @returns The element class, for `customElements.define('lit-ui-audio-input', ...)`.
 */
export function audioInputWidget({ WidgetElement, html, nothing }: LazyKit): CustomElementConstructor {
  return class AudioInputWidget extends WidgetElement<AudioInputProto> {
    private recorder: MediaRecorder | undefined;
    private error: string | undefined;
    private busy = false;

    private get recording(): UploadedFileInfo | undefined {
      return ((this.value as UploadedFileInfo[] | null) ?? [])[0];
    }

    override connectedCallback(): void {
      super.connectedCallback();
      adoptStyles(this, 'files', FILE_CSS);
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      if (this.recorder?.state === 'recording') this.recorder.stop();
    }

    private async record(): Promise<void> {
      this.error = undefined;
      let stream: MediaStream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ audio: { sampleRate: this.proto.sampleRate, channelCount: 1 } });
      } catch (error) {
        this.error = `The microphone is not available: ${error instanceof Error ? error.message : String(error)}`;
        this.requestUpdate();
        return;
      }
      const chunks: Blob[] = [];
      const recorder = new MediaRecorder(stream);
      recorder.ondataavailable = (e) => chunks.push(e.data);
      recorder.onstop = () => {
        for (const track of stream.getTracks()) track.stop();
        this.recorder = undefined;
        const type = (recorder.mimeType || 'audio/webm').split(';')[0]!;
        void this.upload(new File(chunks, `recording.${type.includes('ogg') ? 'ogg' : type.includes('mp4') ? 'm4a' : 'webm'}`, { type }));
      };
      this.recorder = recorder;
      recorder.start();
      this.requestUpdate();
    }

    private async upload(file: File): Promise<void> {
      this.busy = true;
      this.requestUpdate();
      try {
        await replaceWithUpload(this.ctx, this.proto, file);
      } catch (error) {
        this.error = error instanceof Error ? error.message : String(error);
      } finally {
        this.busy = false;
        this.requestUpdate();
      }
    }

    protected override render(): unknown {
      const recording = this.recorder !== undefined;
      const file = this.recording;
      return html`${this.renderLabel(null)}
        <div class="lu-audio-input" role="group" aria-labelledby=${this.labelId}>
          ${
            recording
              ? html`<button type="button" id=${this.controlId} class="lu-button lu-button--primary" @click=${() => this.recorder?.stop()}>⏹ Stop</button>
                  <span class="lu-audio-input-status" role="status">Recording…</span>`
              : html`<button type="button" id=${this.controlId} class="lu-button lu-button--secondary" ?disabled=${this.disabled || this.busy} @click=${() => void this.record()}>
                  🎙 ${file ? 'Record again' : 'Record'}
                </button>`
          }
          ${file && !recording ? html`<span class="lu-uploader-name">${file.name}</span><span class="lu-uploader-size">${formatBytes(file.size)}</span>` : nothing}
          ${file && !recording ? html`<button type="button" class="lu-uploader-remove" aria-label="Clear recording" ?disabled=${this.disabled} @click=${() => clearUpload(this.ctx, this.proto)}>×</button>` : nothing}
        </div>
        ${this.error ? html`<div class="lu-uploader-error" role="alert">${this.error}</div>` : nothing}`;
    }
  };
}
