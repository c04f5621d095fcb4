import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { inlineStyle } from '../../directives/inlineStyle.js';
import type { WidgetProto } from '../types.js';
import { WidgetElement } from './widgetElement.js';

type ColorPickerProto = WidgetProto & { readonly value: string };

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * `<lit-ui-color-picker>`: as Streamlit's `st.color_picker`. A rounded
 * swatch of the color with its hex code beside it; the swatch is a native
 * color input (Enter/Space or a click opens the browser's picker). The swatch
 * follows the picker live; the change is sent when the picker commits it:
 * `ctx.widgets.set(proto, '#ff4b4b')`.
 *
 * @example
 * html`<lit-ui-color-picker .proto=${proto} .ctx=${ctx}></lit-ui-color-picker>`
 */
export class ColorPickerWidget extends WidgetElement<ColorPickerProto> {
  static override properties = { ...WidgetElement.properties, preview: { state: true } };

  /** The color under the picker before it is committed, or undefined. */
  declare preview: string | undefined;

  constructor() {
    super();
    this.preview = undefined;
  }

  /** The committed color, lower-case `#rrggbb` (black when unreadable). */
  protected get color(): string {
    const v = this.value;
    return typeof v === 'string' && HEX.test(v) ? v.toLowerCase() : '#000000';
  }

  private onChange(event: Event): void {
    const next = (event.target as HTMLInputElement).value.toLowerCase();
    this.preview = undefined;
    if (HEX.test(next) && next !== this.color) this.ctx.widgets.set(this.proto, next);
  }

  protected override render(): unknown {
    const shown = this.preview ?? this.color;
    return html`${this.renderLabel()}
      <div class="lu-color${this.disabled ? ' lu-color--disabled' : ''}">
        <span class="lu-color-swatch" style=${inlineStyle({ backgroundColor: shown })}>
          <input
            type="color"
            class="lu-color-input"
            id=${this.controlId}
            aria-label=${this.plainLabel}
            .value=${live(shown)}
            ?disabled=${this.disabled}
            @input=${(e: Event) => (this.preview = (e.target as HTMLInputElement).value.toLowerCase())}
            @change=${(e: Event) => this.onChange(e)}
          />
        </span>
        <span class="lu-color-hex">${shown}</span>
      </div>`;
  }
}
