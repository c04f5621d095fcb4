import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import { iconSpan } from '../display/icon.js';
import type { WidgetProto } from '../types.js';
import { renderLabelText } from './labelText.js';
import { WidgetElement } from './widgetElement.js';

type ButtonGroupProto = WidgetProto & Pick<ElementProtoOf<'pills'>, 'options' | 'selectionMode'> & { readonly value: number[] };

const LEADING_ICON = /^\s*(:material\/[a-z0-9_]+:)\s*/i;

/**
 * The selected indices after a click on option `index`, as Streamlit's
 * button groups: in single mode the clicked option alone, or none when it
 * was already chosen; in multi mode the clicked option toggled, in option order.
 */
export function toggledSelection(current: readonly number[], index: number, mode: 'single' | 'multi'): number[] {
  const chosen = current.includes(index);
  if (mode === 'single') return chosen ? [] : [index];
  return chosen ? current.filter((i) => i !== index) : [...current, index].sort((a, b) => a - b);
}

/**
 * Base of `<lit-ui-pills>` and `<lit-ui-segmented-control>`: a `role="group"`
 * named by the label, holding one native button per option with
 * `aria-pressed` showing whether it is chosen (so Tab reaches each and
 * Enter/Space toggles it). A click sends the new list of selected indices:
 * `ctx.widgets.set(proto, indices)`. A leading `:material/name:` in an option
 * shows as its icon; the rest is inline markdown.
 */
export class ButtonGroupElement extends WidgetElement<ButtonGroupProto> {
  /** Class of the group, naming its look. */
  protected readonly look: string = 'lu-pills';

  /** The selected indices shown. */
  protected get selected(): number[] {
    const v = this.value;
    return Array.isArray(v) ? v.filter((i): i is number => typeof i === 'number') : [];
  }

  private toggle(index: number): void {
    if (this.disabled) return;
    this.ctx.widgets.set(this.proto, toggledSelection(this.selected, index, this.proto.selectionMode));
  }

  protected override render(): unknown {
    const selected = this.selected;
    return html`${this.renderLabel(null)}
      <div class="lu-button-group ${this.look}" role="group" aria-labelledby=${this.labelId} aria-disabled=${this.disabled ? 'true' : nothing}>
        ${repeat(
          this.proto.options,
          (_o, i) => i,
          (option, i) => {
            const icon = LEADING_ICON.exec(option)?.[1];
            const text = icon === undefined ? option : option.replace(LEADING_ICON, '');
            const on = selected.includes(i);
            return html`<button
              type="button"
              class="lu-group-option${on ? ' lu-group-option--on' : ''}"
              aria-pressed=${on ? 'true' : 'false'}
              ?disabled=${this.disabled}
              @click=${() => this.toggle(i)}
            >
              ${iconSpan(icon, 'lu-group-icon')}${text === '' ? nothing : html`<span class="lu-group-text">${renderLabelText(text)}</span>`}
            </button>`;
          },
        )}
      </div>`;
  }
}

/** `<lit-ui-pills>`: as Streamlit's `st.pills`, rounded toggle buttons that wrap onto new rows. */
export class PillsWidget extends ButtonGroupElement {}

/** `<lit-ui-segmented-control>`: as Streamlit's `st.segmented_control`, joined toggle buttons in one row. */
export class SegmentedControlWidget extends ButtonGroupElement {
  protected override readonly look: string = 'lu-segmented';
}
