import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { WidgetProto } from '../types.js';
import { renderLabelText } from './labelText.js';
import { WidgetElement } from './widgetElement.js';

type RadioProto = WidgetProto & Pick<ElementProtoOf<'radio'>, 'options' | 'horizontal' | 'captions'> & { readonly value: number | null };

/**
 * `<lit-ui-radio>`: as Streamlit's `st.radio`. A `role="radiogroup"` named by
 * the label, holding one native radio input per option (so arrow keys move
 * the choice, as in any radio group), stacked or in a row (`horizontal`),
 * each with its caption under it (`captions`). Picking an option sends its
 * index: `ctx.widgets.set(proto, index)`; a null value checks none.
 *
 * @example
 * html`<lit-ui-radio .proto=${proto} .ctx=${ctx}></lit-ui-radio>`
 */
export class RadioWidget extends WidgetElement<RadioProto> {
  /** Index of the chosen option, or null. */
  protected get selected(): number | null {
    const v = this.value;
    return typeof v === 'number' ? v : null;
  }

  private pick(index: number): void {
    if (index !== this.selected) this.ctx.widgets.set(this.proto, index);
  }

  protected override render(): unknown {
    const { options, captions, horizontal } = this.proto;
    const selected = this.selected;
    return html`${this.renderLabel(null)}
      <div
        class="lu-radio-group${horizontal === true ? ' lu-radio-group--horizontal' : ''}"
        role="radiogroup"
        aria-labelledby=${this.labelId}
        aria-disabled=${this.disabled ? 'true' : nothing}
      >
        ${repeat(
          options,
          (_o, i) => i,
          (option, i) => {
            const id = `${this.uid}-opt-${i}`;
            const caption = captions?.[i];
            return html`<label class="lu-radio${this.disabled ? ' lu-radio--disabled' : ''}" for=${id}>
            <input
              type="radio"
              class="lu-radio-input"
              id=${id}
              name=${this.uid}
              .value=${String(i)}
              .checked=${live(i === selected)}
              aria-labelledby="${id}-text"
              aria-describedby=${caption ? `${id}-caption` : nothing}
              ?disabled=${this.disabled}
              @change=${() => this.pick(i)}
            />
            <span class="lu-radio-dot" aria-hidden="true"></span>
            <span class="lu-radio-text">
              <span id="${id}-text">${renderLabelText(option)}</span>
              ${caption ? html`<span class="lu-radio-caption" id="${id}-caption">${renderLabelText(caption)}</span>` : nothing}
            </span>
          </label>`;
          },
        )}
      </div>`;
  }
}
