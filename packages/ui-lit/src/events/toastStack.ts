import { html, LitElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ElementProto } from '@lit-ui/core/protocol';
import { iconSpan } from '../renderers/display/icon.js';
import { rendererFor } from '../renderers/registry.js';
import type { RenderContext } from '../renderers/types.js';

/** How long a toast stays, in ms (as Streamlit's st.toast). */
export const TOAST_DURATION_MS = 4000;
const LEAVE_MS = 200;

interface ShownToast {
  readonly nonce: string;
  readonly proto: ElementProto;
  leaving: boolean;
}

/**
 * `<lit-ui-toasts>`: shows the `toast` elements of the `event` root as a
 * stack at the top right. Each toast (by `nonce`) shows once, for 4 s, or
 * until its close button is pressed; the body renders as markdown when a
 * `markdown` renderer is registered.
 */
export class ToastStack extends LitElement {
  /** Reactive properties. */
  static override properties = {
    toasts: { attribute: false },
    ctx: { attribute: false },
  };

  /** Toast protos currently in the `event` root. */
  declare toasts: readonly ElementProto[];
  /** Render context handed to the markdown renderer. */
  declare ctx: RenderContext | undefined;

  private readonly seen = new Set<string>();
  private shown: ShownToast[] = [];
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor() {
    super();
    this.toasts = [];
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(): void {
    for (const proto of this.toasts) {
      const nonce = typeof proto['nonce'] === 'string' ? proto['nonce'] : JSON.stringify(proto);
      if (this.seen.has(nonce)) continue;
      this.seen.add(nonce);
      this.shown = [...this.shown, { nonce, proto, leaving: false }];
      this.later(() => this.dismiss(nonce), TOAST_DURATION_MS);
    }
  }

  /** Hides the toast with `nonce` (it never shows again). */
  dismiss(nonce: string): void {
    const toast = this.shown.find((t) => t.nonce === nonce);
    if (toast === undefined || toast.leaving) return;
    toast.leaving = true;
    this.requestUpdate();
    this.later(() => {
      this.shown = this.shown.filter((t) => t !== toast);
      this.requestUpdate();
    }, LEAVE_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private later(fn: () => void, ms: number): void {
    const handle = setTimeout(() => {
      this.timers.delete(handle);
      fn();
    }, ms);
    this.timers.add(handle);
  }

  private body(proto: ElementProto): unknown {
    const text = typeof proto['body'] === 'string' ? proto['body'] : '';
    const markdown = rendererFor('markdown');
    if (markdown === undefined || this.ctx === undefined) return text;
    try {
      return markdown({ type: 'markdown', body: text }, this.ctx);
    } catch {
      return text;
    }
  }

  protected override render(): unknown {
    return html`<div class="lu-toasts" role="region" aria-label="Notifications" aria-live="polite">
      ${repeat(
        this.shown,
        (t) => t.nonce,
        (t) => {
          const icon = typeof t.proto['icon'] === 'string' ? t.proto['icon'] : undefined;
          return html`<div class="lu-toast${t.leaving ? ' lu-toast--leaving' : ''}" role="status">
            ${iconSpan(icon, 'lu-toast-icon')}
            <div class="lu-toast-body">${this.body(t.proto)}</div>
            <button type="button" class="lu-icon-button lu-toast-close" aria-label="Dismiss notification" @click=${() => this.dismiss(t.nonce)}>
              <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
                <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
              </svg>
            </button>
          </div>`;
        },
      )}
    </div>`;
  }
}
