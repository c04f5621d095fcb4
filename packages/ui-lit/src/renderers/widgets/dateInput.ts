import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import type { JsonValue } from '@lit-ui/core/protocol';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { WidgetProto } from '../types.js';
import { WidgetElement } from './widgetElement.js';

type DateInputProto = WidgetProto & Pick<ElementProtoOf<'dateInput'>, 'isRange' | 'min' | 'max' | 'format'>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `<lit-ui-date-input>`: as Streamlit's `st.date_input`. A native date field
 * (the browser's calendar picker, keyboard editable) bounded by `min`/`max`;
 * a range (`isRange`) shows a start and an end field in one box. Values are
 * `'YYYY-MM-DD'` (`[start, end]` for a range, `[start]` while only the start
 * is picked, `[]` when cleared). Changes are sent debounced (typing a year
 * passes through other dates) and flushed when the field loses focus; dates
 * outside the bounds are never sent.
 *
 * @example
 * html`<lit-ui-date-input .proto=${proto} .ctx=${ctx}></lit-ui-date-input>`
 */
export class DateInputWidget extends WidgetElement<DateInputProto> {
  private clearable = false;
  private pending = false;

  /** The shown days: one item, or two for a range (`''` for an empty side). */
  protected get days(): string[] {
    const v = this.value;
    const list = Array.isArray(v) ? v : [v];
    const days = list.map((d) => (typeof d === 'string' ? d : ''));
    return this.proto.isRange ? [days[0] ?? '', days[1] ?? ''] : [days[0] ?? ''];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.proto.value === null) this.clearable = true;
  }

  private inBounds(day: string): boolean {
    const { min, max } = this.proto;
    return ISO_DAY.test(day) && (min === undefined || day >= min) && (max === undefined || day <= max);
  }

  private onChange(side: number, event: Event): void {
    const input = event.target as HTMLInputElement;
    const days = this.days;
    days[side] = input.value;
    let wire: JsonValue;
    if (this.proto.isRange) {
      const filled = days.filter((d) => d !== '');
      if (!filled.every((d) => this.inBounds(d))) return;
      wire = filled.sort();
    } else {
      const day = days[0] ?? '';
      if (day === '' && !this.clearable) return;
      if (day !== '' && !this.inBounds(day)) return;
      wire = day === '' ? null : day;
    }
    if (JSON.stringify(wire) === JSON.stringify(this.value)) return;
    this.pending = true;
    this.ctx.widgets.set(this.proto, wire, { debounce: true });
  }

  private onBlur(): void {
    if (!this.pending) return;
    this.pending = false;
    this.ctx.widgets.set(this.proto, this.value as JsonValue);
    this.requestUpdate();
  }

  private renderInput(side: number, id: string, label: string, min: string | undefined, max: string | undefined): unknown {
    return html`<input
      type="date"
      class="lu-field-input lu-date-input"
      id=${id}
      aria-label=${label}
      min=${min ?? nothing}
      max=${max ?? nothing}
      .value=${live(this.days[side] ?? '')}
      ?disabled=${this.disabled}
      @change=${(e: Event) => this.onChange(side, e)}
      @blur=${() => this.onBlur()}
    />`;
  }

  protected override render(): unknown {
    const { isRange, min, max } = this.proto;
    const [start = '', end = ''] = this.days;
    return html`${this.renderLabel()}
      <div class="lu-field lu-field--date${isRange ? ' lu-field--range' : ''}${this.disabled ? ' lu-field--disabled' : ''}">
        ${this.renderInput(0, this.controlId, isRange ? `${this.plainLabel} (start)` : this.plainLabel, min, isRange && end !== '' ? end : max)}
        ${
          isRange
            ? html`<span class="lu-date-sep" aria-hidden="true">–</span>
              ${this.renderInput(1, `${this.uid}-end`, `${this.plainLabel} (end)`, start !== '' ? start : min, max)}`
            : nothing
        }
      </div>`;
  }
}
