import { html } from 'lit';
import { chevronIcon, ComboboxBase, type ComboboxProto } from './comboboxBase.js';
import { plainLabelText } from './labelText.js';

type SelectboxProto = ComboboxProto & { readonly value: number | string | null };

/**
 * `<lit-ui-selectbox>`: as Streamlit's `st.selectbox`. A field showing the
 * chosen option (or the placeholder, default "Choose an option", when the
 * value is null) that opens a filterable list (see {@link ComboboxBase}).
 * Picking an option sends its index: `ctx.widgets.set(proto, index)`; with
 * `acceptNewOptions`, typed text confirmed with Enter (or its "Add" entry)
 * is sent as the text itself, and shown as the chosen value.
 *
 * @example
 * html`<lit-ui-selectbox .proto=${proto} .ctx=${ctx}></lit-ui-selectbox>`
 */
export class SelectboxWidget extends ComboboxBase<SelectboxProto> {
  /** Index of the chosen option, or null. */
  protected get selected(): number | null {
    const v = this.value;
    return typeof v === 'number' && v >= 0 && v < this.proto.options.length ? v : null;
  }

  /** The typed value chosen (`acceptNewOptions`), or null. */
  protected get typed(): string | null {
    return typeof this.value === 'string' ? this.value : null;
  }

  protected override chooseNew(text: string): void {
    this.closeList();
    if (text !== this.typed) this.ctx.widgets.set(this.proto, text);
  }

  protected override choose(index: number): void {
    this.closeList();
    if (index !== this.selected) this.ctx.widgets.set(this.proto, index);
  }

  protected override openList(highlight = this.selected ?? -1): void {
    super.openList(highlight);
  }

  protected override onKeyDown(event: KeyboardEvent): void {
    // Printable keys start filtering from an empty field (the chosen text is replaced).
    if (this.filter === null && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      (event.target as HTMLInputElement).select();
    }
    super.onKeyDown(event);
  }

  protected override render(): unknown {
    const selected = this.selected;
    const text = selected === null ? (this.typed ?? '') : plainLabelText(this.proto.options[selected] ?? '');
    const placeholder = this.proto.placeholder ?? 'Choose an option';
    return html`${this.renderLabel()}
      <div class="lu-select${this.open ? ' lu-select--open' : ''}${this.disabled ? ' lu-select--disabled' : ''}">
        <div class="lu-field lu-select-field${this.disabled ? ' lu-field--disabled' : ''}" @pointerdown=${(e: PointerEvent) => this.onFieldPointerDown(e)}>
          ${this.renderComboInput(this.filter ?? text, this.filter !== null && text !== '' ? text : placeholder)}
          <span class="lu-select-actions">${chevronIcon}</span>
        </div>
        ${this.renderList((i) => i === selected)}
      </div>`;
  }
}
