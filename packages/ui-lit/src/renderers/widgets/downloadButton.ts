/* A lazy module: built from the kit it is given, it imports only types and other lazy modules. */
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { LazyKit } from '../lazyKit.js';
import { adoptStyles } from '../lazyStyles.js';
import type { WidgetProto } from '../types.js';
import { FILE_CSS } from './styles/fileStyles.js';

type DownloadProto = WidgetProto & Pick<ElementProtoOf<'downloadButton'>, 'fileName' | 'url' | 'onClick' | 'kind' | 'icon' | 'useContainerWidth'>;

/**
 * `<lit-ui-download-button>`: as Streamlit's `st.download_button`. A click
 * saves the file under its name — from its URL, or, for deferred data, from
 * the URL the runtime answers after producing it — then (unless `onClick`
 * is `'ignore'`) sends a one-run trigger. A failure shows under the button.
 * Loaded on first render: built from the `kit` it is given.
 *
 * @returns The element class, for `customElements.define('lit-ui-download-button', ...)`.
 */
export function downloadButtonWidget({ WidgetElement, html, nothing, iconSpan, renderLabelText }: LazyKit): CustomElementConstructor {
  return class DownloadButtonWidget extends WidgetElement<DownloadProto> {
    private error: string | undefined;
    private busy = false;

    override connectedCallback(): void {
      super.connectedCallback();
      adoptStyles(this, 'files', FILE_CSS);
    }

    private async click_(): Promise<void> {
      if (this.disabled || this.busy) return;
      this.busy = true;
      this.error = undefined;
      this.requestUpdate();
      try {
        if (!this.ctx.media) throw new Error('Downloads are not available here.');
        await this.ctx.media.download(this.proto.id, this.proto.url, this.proto.fileName);
        if (this.proto.onClick !== 'ignore') this.ctx.widgets.trigger(this.proto, true);
      } catch (error) {
        this.error = error instanceof Error ? error.message : String(error);
      } finally {
        this.busy = false;
        this.requestUpdate();
      }
    }

    protected override render(): unknown {
      const { kind, icon, useContainerWidth, help } = this.proto;
      const classes = `lu-button lu-widget-button lu-button--${kind ?? 'secondary'}${useContainerWidth === true ? ' lu-button--wide' : ''}`;
      return html`<button
          type="button"
          id=${this.controlId}
          class=${classes}
          ?disabled=${this.disabled}
          aria-busy=${this.busy ? 'true' : 'false'}
          title=${help ?? nothing}
          @click=${() => void this.click_()}
        >
          ${iconSpan(icon, 'lu-button-icon')}
          <span class="lu-button-label">${renderLabelText(this.proto.label)}</span>
        </button>
        ${this.error ? html`<div class="lu-uploader-error" role="alert">${this.error}</div>` : nothing}`;
    }
  };
}
