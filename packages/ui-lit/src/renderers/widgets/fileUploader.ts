/* A lazy module: built from the kit it is given, it imports only types and other lazy modules. */
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { LazyKit } from '../lazyKit.js';
import { adoptStyles } from '../lazyStyles.js';
import type { UploadedFileInfo, WidgetProto } from '../types.js';
import { droppedFiles } from './droppedFiles.js';
import { acceptsFile, formatBytes } from './fileFormat.js';
import { FILE_CSS } from './styles/fileStyles.js';

type UploaderProto = WidgetProto & Pick<ElementProtoOf<'fileUploader'>, 'accept' | 'multiple' | 'maxBytes'>;

/** A file being sent, or refused, shown in the list until it lands or is dismissed. */
interface Pending {
  readonly key: number;
  readonly name: string;
  readonly size: number;
  loaded: number;
  error?: string;
  abort?: AbortController;
}

let nextKey = 0;

/**
 * `<lit-ui-file-uploader>`: as Streamlit's `st.file_uploader`. A drop zone
 * with a "Browse files" button (keyboard operable: Enter/Space opens the
 * picker), the list of files with their sizes and a × to remove each, a
 * progress bar while a file uploads, and errors in place (too large, refused
 * type, network). Files go over HTTP (`ctx.media.upload`), then the list of
 * file ids is set as the widget value, so forms and callbacks work as for
 * any widget. Size and type are checked here for a quick answer and again
 * by the server. Loaded on first render: built from the `kit` it is given.
 *
 * @returns The element class, for `customElements.define('lit-ui-file-uploader', ...)`.
 */
export function fileUploaderWidget({ WidgetElement, html, nothing, repeat }: LazyKit): CustomElementConstructor {
  return class FileUploaderWidget extends WidgetElement<UploaderProto> {
    private pending: Pending[] = [];
    private dragging = false;

    override connectedCallback(): void {
      super.connectedCallback();
      adoptStyles(this, 'files', FILE_CSS);
    }

    private get files(): UploadedFileInfo[] {
      return (this.value as UploadedFileInfo[] | null) ?? [];
    }

    private get multiple(): boolean {
      return this.proto.multiple !== false;
    }

    private browse(): void {
      if (!this.disabled) this.querySelector<HTMLInputElement>('input[type=file]')?.click();
    }

    private async take(list: FileList | File[]): Promise<void> {
      const chosen = [...list];
      if (chosen.length === 0 || this.disabled) return;
      // A folder's files of other types are left out, not refused one by one (as Streamlit's directory mode).
      const files =
        this.proto.multiple === 'directory' ? chosen.filter((f) => acceptsFile(this.proto.accept, f)) : this.multiple ? chosen : chosen.slice(0, 1);
      await Promise.all(files.map((file) => this.send(file)));
    }

    private async send(file: File): Promise<void> {
      const item: Pending = { key: nextKey++, name: file.name, size: file.size, loaded: 0 };
      this.pending = [...this.pending.filter((p) => !p.error), item];
      const fail = (message: string) => {
        item.error = message;
        this.requestUpdate();
      };
      if (!acceptsFile(this.proto.accept, file))
        return fail(`${file.name}: this file type is not allowed (allowed: ${this.proto.accept?.join(', ')}).`);
      if (file.size > this.proto.maxBytes) return fail(`${file.name} is larger than the limit of ${formatBytes(this.proto.maxBytes)}.`);
      const media = this.ctx.media;
      if (!media) return fail('Uploads are not available here.');
      item.abort = new AbortController();
      this.requestUpdate();
      try {
        const info = await media.upload(
          this.proto.id,
          file,
          (p) => {
            item.loaded = p.loaded;
            this.requestUpdate();
          },
          item.abort.signal,
        );
        this.pending = this.pending.filter((p) => p !== item);
        const previous = this.files;
        if (!this.multiple) for (const old of previous) void media.remove(old.fileId);
        this.ctx.widgets.set(
          this.proto,
          (this.multiple ? [...previous, info] : [info]).map((f) => ({ ...f })),
        );
        this.requestUpdate();
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
      }
    }

    private removeFile(fileId: string): void {
      void this.ctx.media?.remove(fileId);
      this.ctx.widgets.set(
        this.proto,
        this.files.filter((f) => f.fileId !== fileId).map((f) => ({ ...f })),
      );
    }

    private dismiss(item: Pending): void {
      item.abort?.abort();
      this.pending = this.pending.filter((p) => p !== item);
      this.requestUpdate();
    }

    private onDrop(event: DragEvent): void {
      event.preventDefault();
      this.dragging = false;
      this.requestUpdate();
      // The drop's items are readable only now, in the event's own task.
      if (event.dataTransfer && !this.disabled)
        void droppedFiles(event.dataTransfer, this.proto.multiple === 'directory').then((files) => this.take(files));
    }

    private onDrag(event: DragEvent, over: boolean): void {
      event.preventDefault();
      if (this.dragging === over) return;
      this.dragging = over;
      this.requestUpdate();
    }

    protected override render(): unknown {
      const accept = this.proto.accept?.join(',');
      const limit = `Limit ${formatBytes(this.proto.maxBytes)} per file${this.proto.accept ? ` • ${this.proto.accept.map((t) => t.replace(/^\./, '').toUpperCase()).join(', ')}` : ''}`;
      const zoneClass = `lu-uploader-zone${this.dragging ? ' lu-uploader-zone--over' : ''}${this.disabled ? ' lu-uploader-zone--disabled' : ''}`;
      return html`${this.renderLabel(this.controlId)}
        <div
          class=${zoneClass}
          @dragover=${(e: DragEvent) => this.onDrag(e, true)}
          @dragleave=${(e: DragEvent) => this.onDrag(e, false)}
          @drop=${(e: DragEvent) => this.onDrop(e)}
        >
          <span class="lu-uploader-hint">
            <span class="lu-uploader-title">Drag and drop ${this.multiple ? 'files' : 'a file'} here</span>
            <span class="lu-uploader-limit">${limit}</span>
          </span>
          <button type="button" id=${this.controlId} class="lu-button lu-button--secondary" ?disabled=${this.disabled} @click=${() => this.browse()}>
            Browse files
          </button>
          <input
            type="file"
            hidden
            tabindex="-1"
            aria-labelledby=${this.labelId}
            accept=${accept ?? nothing}
            ?multiple=${this.multiple}
            ?webkitdirectory=${this.proto.multiple === 'directory'}
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              void this.take(input.files ?? []).finally(() => (input.value = ''));
            }}
          />
        </div>
        <ul class="lu-uploader-files" aria-label="Uploaded files">
          ${repeat(
            this.files,
            (f) => f.fileId,
            (f) =>
              html`<li class="lu-uploader-file">
                <span class="lu-uploader-name">${f.name}</span><span class="lu-uploader-size">${formatBytes(f.size)}</span>
                <button type="button" class="lu-uploader-remove" aria-label="Remove ${f.name}" ?disabled=${this.disabled} @click=${() => this.removeFile(f.fileId)}>×</button>
              </li>`,
          )}
          ${repeat(
            this.pending,
            (p) => p.key,
            (p) =>
              html`<li class="lu-uploader-file ${p.error ? 'lu-uploader-file--error' : ''}">
                <span class="lu-uploader-name">${p.name}</span><span class="lu-uploader-size">${formatBytes(p.size)}</span>
                <button type="button" class="lu-uploader-remove" aria-label="Dismiss ${p.name}" @click=${() => this.dismiss(p)}>×</button>
                ${
                  p.error
                    ? html`<span class="lu-uploader-error" role="alert">${p.error}</span>`
                    : html`<progress class="lu-uploader-progress" max=${p.size || 1} value=${p.loaded} aria-label="Uploading ${p.name}"></progress>`
                }
              </li>`,
          )}
        </ul>`;
    }
  };
}
