import { html, nothing } from 'lit';
import type { BlockProtoOf } from '@lit-ui/core/protocol';
import { BlockElement } from './blockElement.js';
import { plainLabel } from './expanderBlock.js';
import type { BlockNodeOf } from './layoutBlocks.js';

/** What can take keyboard focus inside a dialog. */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';

/**
 * `<lit-ui-dialog>`: the renderer of a `dialog(title, fn)` block, a real
 * modal (`<dialog>` + `showModal()`). Widths: small 500px, medium 750px,
 * large 1280px. When `dismissible`, the × button, Escape and a backdrop click
 * close it: it hides at once and the app sends `dialogClosed { id }`. It
 * opens again when a later delta brings a proto with `isOpen` set. It is
 * `aria-modal` and keeps keyboard focus inside: Tab from the last control
 * wraps to the first (and Shift+Tab the other way), never out to the page.
 */
export class DialogBlock extends BlockElement<BlockNodeOf<'dialog'>> {
  /** The proto the user closed the dialog on; it stays hidden for that proto. */
  private closedFor: BlockProtoOf<'dialog'> | undefined;
  /** True while the element itself is closing the `<dialog>` (no `dialogClosed`). */
  private closingQuietly = false;

  private get dialog(): HTMLDialogElement | null {
    return this.querySelector('dialog');
  }

  /** True when the dialog should be showing. */
  get shown(): boolean {
    return this.node.proto.isOpen && this.closedFor !== this.node.proto;
  }

  /** Closes the dialog as the user would (×, Escape, backdrop). */
  dismiss(): void {
    const proto = this.node.proto;
    if (!proto.dismissible || this.closedFor === proto) return;
    this.closedFor = proto;
    this.closeQuietly();
    this.env.dialogClosed(proto.fragmentId);
    this.requestUpdate();
  }

  private closeQuietly(): void {
    const dialog = this.dialog;
    if (dialog === null || !dialog.open) return;
    this.closingQuietly = true;
    dialog.close();
    this.closingQuietly = false;
  }

  private onCancel(event: Event): void {
    event.preventDefault();
    this.dismiss();
  }

  private onClose(): void {
    if (this.closingQuietly) return;
    // Closed by the browser (e.g. a second Escape): treat as a dismissal, or reopen when not dismissible.
    if (this.node.proto.dismissible) this.dismiss();
    else void this.updateComplete.then(() => this.sync());
  }

  /** The dialog's keyboard-focusable controls, in tab order (document order; lit-ui sets no positive tabindex). */
  private focusables(dialog: HTMLDialogElement): HTMLElement[] {
    const candidates = dialog.querySelectorAll<HTMLElement>(FOCUSABLE);
    return [...candidates].filter((el) => el.tabIndex >= 0 && !el.closest('[inert]') && el.getClientRects().length > 0);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const dialog = this.dialog;
    if (event.key !== 'Tab' || dialog === null) return;
    const controls = this.focusables(dialog);
    const first = controls[0];
    const last = controls.at(-1);
    if (first === undefined || last === undefined) {
      event.preventDefault();
      return;
    }
    const active = (this.getRootNode() as Document | ShadowRoot).activeElement;
    const inside = active instanceof HTMLElement && dialog.contains(active);
    if (event.shiftKey && (active === first || !inside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !inside)) {
      event.preventDefault();
      first.focus();
    }
  }

  private onClick(event: MouseEvent): void {
    const dialog = this.dialog;
    if (dialog === null || event.target !== dialog) return;
    const r = dialog.getBoundingClientRect();
    const inside = event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom;
    if (!inside) this.dismiss();
  }

  private sync(): void {
    const dialog = this.dialog;
    if (dialog === null) return;
    if (this.shown && !dialog.open) {
      if (typeof dialog.showModal === 'function' && this.isConnected) dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!this.shown && dialog.open) {
      this.closeQuietly();
    }
  }

  protected override updated(): void {
    this.sync();
  }

  override disconnectedCallback(): void {
    this.closeQuietly();
    super.disconnectedCallback();
  }

  protected override render(): unknown {
    const { title, width, dismissible } = this.node.proto;
    const titleId = `${this.idPrefix}-dialog-title`;
    return html`<dialog
      class="lu-dialog lu-dialog--${width}"
      aria-labelledby=${titleId}
      aria-modal="true"
      @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}
      @cancel=${(e: Event) => this.onCancel(e)}
      @close=${() => this.onClose()}
      @click=${(e: MouseEvent) => this.onClick(e)}
    >
      <div class="lu-dialog-inner">
        <div class="lu-dialog-header">
          <h2 class="lu-dialog-title" id=${titleId}>${plainLabel(title)}</h2>
          ${
            dismissible
              ? html`<button type="button" class="lu-icon-button lu-dialog-close" aria-label="Close" @click=${() => this.dismiss()}>
                <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
                  <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
                </svg>
              </button>`
              : nothing
          }
        </div>
        <div class="lu-stack lu-dialog-body">${this.shown ? this.env.renderChildren(this.node, this.path, this.env) : nothing}</div>
      </div>
    </dialog>`;
  }
}
