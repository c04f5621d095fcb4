import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { WidgetProto } from '../types.js';
import { WidgetElement } from './widgetElement.js';

type ChatInputProto = WidgetProto & {
  readonly placeholder: string;
  readonly maxChars?: number;
  readonly acceptFile?: true | 'multiple' | 'directory';
  readonly fileType?: string[];
  readonly maxBytes?: number;
};

const MAX_HEIGHT_PX = 200;

/**
 * `<lit-ui-chat-input>`: as Streamlit's `st.chat_input`. A rounded text box
 * that grows with its text (up to 200px, then scrolls) and a send button
 * with an arrow. Enter sends (Shift+Enter adds a line): the text goes out as
 * a one-run trigger, `ctx.widgets.trigger(proto, text)`, and the box
 * clears. Blank text is never sent; `maxChars` limits the length and shows
 * a counter near the limit. It has no visible label: the placeholder names
 * it. It usually sits in the app's sticky bottom container.
 *
 * @example
 * html`<lit-ui-chat-input .proto=${proto} .ctx=${ctx}></lit-ui-chat-input>`
 */
export class ChatInputWidget extends WidgetElement<ChatInputProto> {
  static override properties = { ...WidgetElement.properties, text: { state: true }, files: { state: true }, error: { state: true } };

  /** The message being written. */
  declare text: string;
  /** Files attached to it (with `acceptFile`), uploaded when it is sent. */
  declare files: File[];
  /** Why the last send failed (an attachment refused). */
  declare error: string | undefined;

  constructor() {
    super();
    this.text = '';
    this.files = [];
    this.error = undefined;
  }

  private get textarea(): HTMLTextAreaElement | null {
    return this.querySelector<HTMLTextAreaElement>('textarea');
  }

  /** Sends the message as a trigger and clears the box; blank messages are ignored. Attachments are uploaded first. */
  protected submit(): void {
    if (this.disabled || (this.text.trim() === '' && this.files.length === 0)) return;
    if (this.proto.acceptFile) {
      void this.submitWithFiles();
      return;
    }
    this.ctx.widgets.trigger(this.proto, this.text);
    this.text = '';
    this.textarea?.focus();
  }

  private async submitWithFiles(): Promise<void> {
    const [text, files] = [this.text, this.files];
    this.error = undefined;
    try {
      if (!this.ctx.media && files.length > 0) throw new Error('Attachments are not available here.');
      const infos = [];
      for (const file of files) infos.push({ ...(await this.ctx.media!.upload(this.proto.id, file)) });
      this.ctx.widgets.trigger(this.proto, { text, files: infos });
      this.text = '';
      this.files = [];
      this.textarea?.focus();
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  private attach(list: FileList | null): void {
    const chosen = [...(list ?? [])];
    this.files = this.proto.acceptFile === true ? chosen.slice(0, 1) : [...this.files, ...chosen];
    this.error = undefined;
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.submit();
    }
  }

  protected override updated(): void {
    const area = this.textarea;
    if (area === null) return;
    area.style.height = 'auto';
    const height = Math.min(MAX_HEIGHT_PX, area.scrollHeight);
    if (height > 0) area.style.height = `${height}px`;
    area.style.overflowY = area.scrollHeight > MAX_HEIGHT_PX ? 'auto' : 'hidden';
  }

  protected override render(): unknown {
    const { placeholder, maxChars } = this.proto;
    const empty = this.text.trim() === '' && this.files.length === 0;
    const acceptFile = this.proto.acceptFile;
    const nearLimit = typeof maxChars === 'number' && this.text.length >= maxChars * 0.8;
    return html`${
      this.files.length > 0
        ? html`<ul class="lu-uploader-files lu-chat-files" aria-label="Attached files">
              ${this.files.map(
                (f, i) =>
                  html`<li class="lu-uploader-file"><span class="lu-uploader-name">${f.name}</span><span></span>
                    <button type="button" class="lu-uploader-remove" aria-label="Remove ${f.name}" @click=${() => (this.files = this.files.filter((_, j) => j !== i))}>×</button></li>`,
              )}
            </ul>`
        : nothing
    }
      ${this.error ? html`<div class="lu-uploader-error" role="alert">${this.error}</div>` : nothing}
      <div class="lu-chat-input${this.disabled ? ' lu-chat-input--disabled' : ''}">
      ${
        acceptFile
          ? html`<button type="button" class="lu-chat-attach" aria-label="Attach files" ?disabled=${this.disabled} @click=${() => this.querySelector<HTMLInputElement>('input[type=file]')?.click()}>📎</button>
              <input
                type="file"
                hidden
                tabindex="-1"
                accept=${this.proto.fileType?.join(',') ?? nothing}
                ?multiple=${acceptFile !== true}
                ?webkitdirectory=${acceptFile === 'directory'}
                @change=${(e: Event) => {
                  const input = e.target as HTMLInputElement;
                  this.attach(input.files);
                  input.value = '';
                }}
              />`
          : nothing
      }
      <textarea
        class="lu-chat-input-text"
        id=${this.controlId}
        rows="1"
        aria-label=${placeholder || this.plainLabel}
        placeholder=${placeholder}
        maxlength=${maxChars ?? nothing}
        .value=${live(this.text)}
        ?disabled=${this.disabled}
        @input=${(e: Event) => this.onInput(e)}
        @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}
      ></textarea>
      ${nearLimit ? html`<span class="lu-chat-input-count" aria-live="polite">${this.text.length}/${maxChars}</span>` : nothing}
      <button type="button" class="lu-chat-send" aria-label="Send message" ?disabled=${this.disabled || empty} @click=${() => this.submit()}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path d="M12 19V5M5.5 11.5L12 5l6.5 6.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      </button>
    </div>`;
  }
}
