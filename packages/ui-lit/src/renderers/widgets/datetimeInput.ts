import { html, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { WidgetProto } from '../types.js';
import { formatEpoch } from './dateFormat.js';
import { WidgetElement } from './widgetElement.js';

type DatetimeInputProto = WidgetProto & Pick<ElementProtoOf<'datetimeInput'>, 'min' | 'max' | 'step' | 'format'>;

const MOMENT = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;

/**
 * `<lit-ui-datetime-input>`: as Streamlit's `st.datetime_input`. A native
 * date-and-time field (the browser's picker, keyboard editable) bounded by
 * `min`/`max`, whose time moves by `step` seconds. Values are
 * `'YYYY-MM-DDTHH:MM'` wall-clock times (no time zone: the app's value is
 * shown as it is, whatever the browser's zone). The field shows the
 * browser's locale format; its tooltip writes the value in the app's
 * `format` (as `2024/05/06 14:30`). Changes are sent
 * debounced while the user types and flushed when the field loses focus;
 * values outside the bounds are never sent, and clearing sends null only
 * for a widget that started empty.
 *
 * @example
 * html`<lit-ui-datetime-input .proto=${proto} .ctx=${ctx}></lit-ui-datetime-input>`
 */
export class DatetimeInputWidget extends WidgetElement<DatetimeInputProto> {
  private clearable = false;
  private pending = false;

  /** The shown value, `'YYYY-MM-DDTHH:MM'`, or '' when empty. */
  protected get moment(): string {
    const v = this.value;
    return typeof v === 'string' ? v : '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.proto.value === null) this.clearable = true;
  }

  private onChange(event: Event): void {
    const raw = (event.target as HTMLInputElement).value.slice(0, 16);
    const { min, max } = this.proto;
    if (raw === '' ? !this.clearable : !MOMENT.test(raw) || raw < min || raw > max) return;
    const wire = raw === '' ? null : raw;
    if (wire === this.value) return;
    this.pending = true;
    this.ctx.widgets.set(this.proto, wire, { debounce: true });
  }

  private onBlur(): void {
    if (this.pending) {
      this.pending = false;
      this.ctx.widgets.set(this.proto, this.value === null ? null : this.moment);
    }
    this.requestUpdate();
  }

  protected override render(): unknown {
    const { min, max, format } = this.proto;
    const step = this.proto.step >= 60 ? this.proto.step : 900;
    const shown = this.moment === '' ? '' : formatEpoch(Date.parse(`${this.moment}:00Z`), `${format} HH:mm`);
    return html`${this.renderLabel()}
      <div class="lu-field lu-field--datetime${this.disabled ? ' lu-field--disabled' : ''}">
        <input
          type="datetime-local"
          class="lu-field-input lu-datetime-input"
          id=${this.controlId}
          aria-label=${this.plainLabel}
          title=${shown}
          min=${min}
          max=${max}
          step=${step}
          .value=${live(this.moment)}
          ?disabled=${this.disabled}
          @change=${(e: Event) => this.onChange(e)}
          @blur=${() => this.onBlur()}
        />
      </div>`;
  }
}
