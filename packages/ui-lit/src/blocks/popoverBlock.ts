import { html } from 'lit';
import { BlockElement } from './blockElement.js';
import { iconSpan } from '../renderers/display/icon.js';
import { renderLabelText } from '../renderers/widgets/labelText.js';
import { plainLabel } from './expanderBlock.js';
import type { BlockNodeOf } from './layoutBlocks.js';

/**
 * `<lit-ui-popover>`: the renderer of `st.popover(label)`. A button that
 * opens a floating panel holding the block's children; a click outside or
 * Escape closes it (focus returns to the button).
 */
export class PopoverBlock extends BlockElement<BlockNodeOf<'popover'>> {
  /** Reactive properties, plus whether the panel is open. */
  static override properties = { ...BlockElement.properties, open: { state: true } };

  /** True while the panel is shown. */
  declare open: boolean;

  private readonly onDocPointer = (event: Event): void => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  private readonly onDocKey = (event: KeyboardEvent): void => {
    if (this.open && event.key === 'Escape') {
      this.open = false;
      this.querySelector<HTMLElement>('.lu-popover-button')?.focus();
    }
  };

  constructor() {
    super();
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onDocPointer, true);
    document.addEventListener('keydown', this.onDocKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onDocPointer, true);
    document.removeEventListener('keydown', this.onDocKey);
  }

  protected override render(): unknown {
    const { label, icon, disabled, useContainerWidth, layout } = this.node.proto;
    const panelId = `${this.idPrefix}-popover`;
    // A width in px or 'stretch' (its sized box's, elementLayout.ts) sizes the button, as `useContainerWidth` does.
    const wide = useContainerWidth === true || (layout?.width !== undefined && layout.width !== 'content');
    return html`<div class="lu-popover${wide ? ' lu-popover--wide' : ''}">
      <button
        type="button"
        class="lu-button lu-popover-button"
        aria-haspopup="dialog"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${panelId}
        ?disabled=${disabled === true}
        @click=${() => (this.open = !this.open)}
      >
        ${iconSpan(icon)}
        <span>${renderLabelText(label)}</span>
        <svg class="lu-chevron" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </button>
      <div class="lu-popover-panel lu-stack" id=${panelId} role="dialog" aria-label=${plainLabel(label)} ?hidden=${!this.open}>
        ${this.env.renderChildren(this.node, this.path, this.env)}
      </div>
    </div>`;
  }
}
