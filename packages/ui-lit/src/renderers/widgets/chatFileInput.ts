/* A lazy module: built from the kit it is given, it imports only types and other lazy modules. */
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { LazyKit } from '../lazyKit.js';
import { adoptStyles } from '../lazyStyles.js';
import type { UploadedFileInfo } from '../types.js';
import { FILE_CSS } from './styles/fileStyles.js';

type ChatFileProto = Pick<ElementProtoOf<'chatInput'>, 'acceptFile' | 'fileType'>;

/**
 * `<lit-ui-chat-file-input>`: `st.chat_input` with `acceptFile`, as
 * Streamlit's. The chat input plus a 📎 button that picks files (one,
 * several, or a folder's, of the `fileType` types), listed above the box
 * with a × each; sending uploads them over the side channel, then triggers
 * `{ text, files }` (the file ids). A refused attachment shows above the box
 * and nothing is sent. Loaded on first render: built from the `kit` it is given.
 *
 * @returns The element class, for `customElements.define('lit-ui-chat-file-input', ...)`.
 */
export function chatFileInputWidget({ ChatInputWidget, html, nothing }: LazyKit): CustomElementConstructor {
  return class ChatFileInputWidget extends ChatInputWidget {
    static override properties = { ...ChatInputWidget.properties, files: { state: true }, error: { state: true } };

    /** Files attached to the message, uploaded when it is sent. */
    declare files: File[];
    /** Why the last send failed (an attachment refused). */
    declare error: string | undefined;

    constructor() {
      super();
      this.files = [];
      this.error = undefined;
    }

    private get options(): ChatFileProto {
      return this.proto as unknown as ChatFileProto;
    }

    override connectedCallback(): void {
      super.connectedCallback();
      adoptStyles(this, 'files', FILE_CSS);
    }

    protected override hasContent(): boolean {
      return super.hasContent() || this.files.length > 0;
    }

    protected override submit(): void {
      if (!this.disabled && this.hasContent()) void this.send();
    }

    private async send(): Promise<void> {
      const [text, files] = [this.text, this.files];
      this.error = undefined;
      try {
        const media = this.ctx.media;
        if (!media && files.length > 0) throw new Error('Attachments are not available here.');
        const infos: UploadedFileInfo[] = [];
        for (const file of files) infos.push({ ...(await media!.upload(this.proto.id, file)) });
        this.ctx.widgets.trigger(this.proto, { text, files: infos.map((f) => ({ ...f })) });
        this.text = '';
        this.files = [];
        this.textarea?.focus();
      } catch (error) {
        this.error = error instanceof Error ? error.message : String(error);
      }
    }

    private attach(list: FileList | null): void {
      const chosen = [...(list ?? [])];
      this.files = this.options.acceptFile === true ? chosen.slice(0, 1) : [...this.files, ...chosen];
      this.error = undefined;
    }

    protected override renderAttachments(): { above: unknown; inBox: unknown } {
      const { acceptFile, fileType } = this.options;
      const above = html`${
        this.files.length > 0
          ? html`<ul class="lu-uploader-files lu-chat-files" aria-label="Attached files">
              ${this.files.map(
                (f, i) =>
                  html`<li class="lu-uploader-file">
                    <span class="lu-uploader-name">${f.name}</span><span></span>
                    <button type="button" class="lu-uploader-remove" aria-label="Remove ${f.name}" @click=${() => (this.files = this.files.filter((_, j) => j !== i))}>
                      ×
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${this.error ? html`<div class="lu-uploader-error" role="alert">${this.error}</div>` : nothing}`;
      const inBox = html`<button
          type="button"
          class="lu-chat-attach"
          aria-label="Attach files"
          ?disabled=${this.disabled}
          @click=${() => this.querySelector<HTMLInputElement>('input[type=file]')?.click()}
        >
          📎
        </button>
        <input
          type="file"
          hidden
          tabindex="-1"
          accept=${fileType?.join(',') ?? nothing}
          ?multiple=${acceptFile !== true}
          ?webkitdirectory=${acceptFile === 'directory'}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            this.attach(input.files);
            input.value = '';
          }}
        />`;
      return { above, inBox };
    }
  };
}
