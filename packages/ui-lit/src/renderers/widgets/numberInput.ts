import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { WidgetProto } from '../types.js';
import { decimalsOf, formatWidgetNumber } from './widgetNumber.js';
import { WidgetElement } from './widgetElement.js';

type NumberInputProto = WidgetProto &
  Pick<ElementProtoOf<'numberInput'>, 'min' | 'max' | 'step' | 'format' | 'isInt' | 'placeholder'> & { readonly value: number | null };

const NUMBER = /[-+]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?/i;

/**
 * `<lit-ui-number-input>`: as Streamlit's `st.number_input`. A field showing
 * the value through `format` (printf: `'%d'`, `'%.2f'`, `'%0.1f%%'`,
 * `'%e'`), with − / + stepper buttons. Typing edits a draft committed on
 * Enter or blur; ArrowUp/ArrowDown and the steppers change the value by
 * `step` at once. Values are clamped to `min`/`max` and rounded for integer
 * widgets (`isInt`); a null value shows an empty field with `placeholder`.
 *
 * @example
 * html`<lit-ui-number-input .proto=${proto} .ctx=${ctx}></lit-ui-number-input>`
 */
export class NumberInputWidget extends WidgetElement<NumberInputProto> {
  static override properties = { ...WidgetElement.properties, draft: { state: true }, focused: { state: true } };

  /** The text being edited, or undefined when the field shows the formatted value. */
  declare draft: string | undefined;
  /** True while the field has focus. */
  declare focused: boolean;

  /** True once the server has shown this widget empty: clearing the field then sends null. */
  private clearable = false;
  private lastShown: unknown;

  constructor() {
    super();
    this.draft = undefined;
    this.focused = false;
  }

  /** The shown value as a number, or null. */
  protected get number(): number | null {
    const v = this.value;
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  }

  /** The number formatted for display, or '' for null. */
  protected formatted(n: number | null): string {
    const { format, step, isInt } = this.proto;
    return n === null ? '' : formatWidgetNumber(n, format, step, isInt);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.proto.value === null) this.clearable = true;
    const shown = this.value;
    if (this.lastShown !== undefined && shown !== this.lastShown) this.draft = undefined;
    this.lastShown = shown;
  }

  /** Clamps to the bounds and rounds integers; `decimals` trims float noise of sums (0.1 + 0.2). */
  protected normalizeNumber(n: number, decimals?: number): number {
    const { min, max, isInt } = this.proto;
    let v = isInt ? Math.round(n) : decimals === undefined ? n : Number(n.toFixed(Math.min(15, decimals)));
    if (typeof min === 'number') v = Math.max(min, v);
    if (typeof max === 'number') v = Math.min(max, v);
    return v;
  }

  /** Sends `next` when it differs from the shown value. */
  protected send(next: number | null): void {
    this.draft = undefined;
    if (next === this.number) return;
    this.lastShown = next;
    this.ctx.widgets.set(this.proto, next);
  }

  /** Parses and commits the draft; an unreadable draft reverts. */
  protected commit(): void {
    const draft = this.draft;
    if (draft === undefined) return;
    if (draft.trim() === '') return this.send(this.clearable ? null : this.number);
    const match = NUMBER.exec(draft);
    if (match === null) return this.send(this.number);
    this.send(this.normalizeNumber(Number(match[0].replace(/,/g, ''))));
  }

  /** Steps by `direction` × `step` from the draft or the value (min, or 0, when empty). */
  protected stepBy(direction: 1 | -1): void {
    if (this.disabled) return;
    if (this.draft !== undefined) this.commit();
    const { min, step } = this.proto;
    const base = this.number;
    if (base === null) return this.send(this.normalizeNumber(typeof min === 'number' ? min : 0));
    this.send(this.normalizeNumber(base + direction * step, Math.max(decimalsOf(step), decimalsOf(base))));
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      this.stepBy(event.key === 'ArrowUp' ? 1 : -1);
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      this.commit();
      if (this.proto.formId !== undefined) this.ctx.widgets.submitForm(this.proto.formId);
    }
  }

  protected override render(): unknown {
    const { min, max, placeholder } = this.proto;
    const n = this.number;
    const dirty = this.draft !== undefined && this.draft !== this.formatted(n);
    const atMin = n !== null && typeof min === 'number' && n <= min;
    const atMax = n !== null && typeof max === 'number' && n >= max;
    const hint = this.proto.formId !== undefined ? 'Press Enter to submit form' : 'Press Enter to apply';
    return html`${this.renderLabel()}
      <div class="lu-field lu-field--number${this.disabled ? ' lu-field--disabled' : ''}">
        <input
          class="lu-field-input"
          id=${this.controlId}
          type="text"
          inputmode=${this.proto.isInt ? 'numeric' : 'decimal'}
          role="spinbutton"
          autocomplete="off"
          aria-label=${this.plainLabel}
          aria-valuenow=${n ?? nothing}
          aria-valuetext=${n === null ? nothing : this.formatted(n)}
          aria-valuemin=${min ?? nothing}
          aria-valuemax=${max ?? nothing}
          .value=${live(this.draft ?? this.formatted(n))}
          placeholder=${placeholder ?? nothing}
          ?disabled=${this.disabled}
          @input=${(e: Event) => (this.draft = (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}
          @focus=${() => (this.focused = true)}
          @blur=${() => {
            this.focused = false;
            this.commit();
          }}
        />
        ${dirty && this.focused ? html`<div class="lu-text-instructions"><span class="lu-text-hint">${hint}</span></div>` : nothing}
        <div class="lu-stepper">
          <button type="button" tabindex="-1" class="lu-stepper-button" aria-label="Decrement" ?disabled=${this.disabled || atMin}
            @pointerdown=${(e: Event) => e.preventDefault()} @click=${() => this.stepBy(-1)}>
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M3 8h10" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" /></svg>
          </button>
          <button type="button" tabindex="-1" class="lu-stepper-button" aria-label="Increment" ?disabled=${this.disabled || atMax}
            @pointerdown=${(e: Event) => e.preventDefault()} @click=${() => this.stepBy(1)}>
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M3 8h10M8 3v10" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" /></svg>
          </button>
        </div>
      </div>`;
  }
}
