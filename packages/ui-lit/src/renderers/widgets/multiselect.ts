import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { chevronIcon, ComboboxBase, type ComboboxProto } from './comboboxBase.js';
import { plainLabelText } from './labelText.js';

/** A chosen entry: an option index, or a typed value (`acceptNewOptions`). */
type Entry = number | string;
type MultiselectProto = ComboboxProto & { readonly value: readonly Entry[]; readonly maxSelections?: number };

const cross = (size: number) => html`<svg viewBox="0 0 16 16" width=${size} height=${size} aria-hidden="true">
  <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
</svg>`;

/**
 * `<lit-ui-multiselect>`: as Streamlit's `st.multiselect`. The chosen
 * options show as chips (each with a × to remove it) inside the field, in
 * the order they were picked; the field's input filters a list of the
 * options not yet chosen (see {@link ComboboxBase}), which stays open for
 * more picks. Backspace in the empty input removes the last chip; a clear
 * button removes all. When `maxSelections` is reached the options are
 * disabled with a note. Every change sends the list of indices:
 * `ctx.widgets.set(proto, [2, 0])`. Placeholder: "Choose options". With
 * `acceptNewOptions`, typed text confirmed with Enter (or its "Add" entry)
 * becomes a chip too, sent as the text itself: `[2, 'typed']`.
 *
 * @example
 * html`<lit-ui-multiselect .proto=${proto} .ctx=${ctx}></lit-ui-multiselect>`
 */
export class MultiselectWidget extends ComboboxBase<MultiselectProto> {
  /** The chosen entries (option indices, typed texts), in the order picked. */
  protected get selected(): Entry[] {
    const v = this.value;
    const n = this.proto.options.length;
    return Array.isArray(v) ? v.filter((i): i is Entry => (typeof i === 'number' && i >= 0 && i < n) || typeof i === 'string') : [];
  }

  /** True when `maxSelections` options are chosen. */
  protected get full(): boolean {
    const max = this.proto.maxSelections;
    return typeof max === 'number' && this.selected.length >= max;
  }

  protected override listed(index: number): boolean {
    return !this.selected.includes(index);
  }

  protected override enabled(): boolean {
    return !this.full;
  }

  private update_(next: Entry[]): void {
    this.ctx.widgets.set(this.proto, next);
  }

  protected override choose(index: number): void {
    if (this.full || this.selected.includes(index)) return;
    this.filter = null;
    this.update_([...this.selected, index]);
    this.active = this.full ? -1 : (this.shown.find((i) => i !== index) ?? -1);
  }

  protected override chooseNew(text: string): void {
    if (this.full) return;
    this.filter = null;
    if (!this.selected.includes(text)) this.update_([...this.selected, text]);
    this.active = -1;
  }

  /** Removes entry `index` (an option index or a typed text) from the selection. */
  protected removeOption(index: Entry): void {
    if (this.disabled) return;
    this.update_(this.selected.filter((i) => i !== index));
    this.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
  }

  protected override onKeyDown(event: KeyboardEvent): void {
    const input = event.target as HTMLInputElement;
    const last = this.selected[this.selected.length - 1];
    if (event.key === 'Backspace' && input.value === '' && last !== undefined) {
      event.preventDefault();
      this.removeOption(last);
      return;
    }
    super.onKeyDown(event);
  }

  protected override render(): unknown {
    const selected = this.selected;
    const { options, maxSelections } = this.proto;
    const placeholder = selected.length > 0 ? '' : (this.proto.placeholder ?? 'Choose options');
    const note = this.full
      ? `You can only select up to ${maxSelections} option${maxSelections === 1 ? '' : 's'}. Remove an option first.`
      : undefined;
    return html`${this.renderLabel()}
      <div class="lu-select lu-multiselect${this.open ? ' lu-select--open' : ''}${this.disabled ? ' lu-select--disabled' : ''}">
        <div class="lu-field lu-select-field lu-multi-field${this.disabled ? ' lu-field--disabled' : ''}" @pointerdown=${(e: PointerEvent) => this.onFieldPointerDown(e)}>
          <div class="lu-chips">
            ${repeat(
              selected,
              (i) => i,
              (i) => {
                const text = typeof i === 'string' ? i : plainLabelText(options[i] ?? '');
                return html`<span class="lu-chip"><span class="lu-chip-text" title=${text}>${text}</span
                ><button type="button" class="lu-chip-remove" tabindex="-1" aria-label="Remove ${text}" ?disabled=${this.disabled}
                  @click=${() => this.removeOption(i)}>${cross(12)}</button></span>`;
              },
            )}
            ${this.renderComboInput(this.filter ?? '', placeholder, 'lu-multi-input')}
          </div>
          <span class="lu-select-actions">
            ${
              selected.length > 0 && !this.disabled
                ? html`<button type="button" class="lu-select-clear" tabindex="-1" aria-label="Clear all" @click=${() => this.update_([])}>${cross(14)}</button>`
                : nothing
            }
            ${chevronIcon}
          </span>
        </div>
        ${this.renderList(() => false, note)}
      </div>`;
  }
}
