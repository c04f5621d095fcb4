import { html, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import type { WidgetProto } from '../types.js';
import { WidgetElement } from './widgetElement.js';

type TimeInputProto = WidgetProto & { readonly value: string | null; readonly step: number };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * `<lit-ui-time-input>`: as Streamlit's `st.time_input`. A native time field
 * whose picker and arrow keys move by `step` seconds (default 900, 15
 * minutes). Values are `'HH:MM'`; changes are sent debounced while the user
 * types and flushed when the field loses focus. A null value shows an empty
 * field, and clearing sends null only for a widget that started empty.
 *
 * @example
 * html`<lit-ui-time-input .proto=${proto} .ctx=${ctx}></lit-ui-time-input>`
 */
export class TimeInputWidget extends WidgetElement<TimeInputProto> {
  private clearable = false;
  private pending = false;

  /** The shown time, `'HH:MM'`, or '' when empty. */
  protected get time(): string {
    const v = this.value;
    return typeof v === 'string' ? v : '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.proto.value === null) this.clearable = true;
  }

  private onChange(event: Event): void {
    const raw = (event.target as HTMLInputElement).value.slice(0, 5);
    if (raw === '' ? !this.clearable : !TIME.test(raw)) return;
    const wire = raw === '' ? null : raw;
    if (wire === this.value) return;
    this.pending = true;
    this.ctx.widgets.set(this.proto, wire, { debounce: true });
  }

  private onBlur(): void {
    if (this.pending) {
      this.pending = false;
      this.ctx.widgets.set(this.proto, this.value === null ? null : this.time);
    }
    this.requestUpdate();
  }

  protected override render(): unknown {
    const step = this.proto.step > 0 ? this.proto.step : 900;
    return html`${this.renderLabel()}
      <div class="lu-field lu-field--time${this.disabled ? ' lu-field--disabled' : ''}">
        <input
          type="time"
          class="lu-field-input lu-time-input"
          id=${this.controlId}
          aria-label=${this.plainLabel}
          step=${step}
          .value=${live(this.time)}
          ?disabled=${this.disabled}
          @change=${(e: Event) => this.onChange(e)}
          @blur=${() => this.onBlur()}
        />
      </div>`;
  }
}
