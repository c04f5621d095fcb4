import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { WidgetProto } from '../types.js';
import { renderLabelText } from './labelText.js';
import { WidgetElement } from './widgetElement.js';

/**
 * `<lit-ui-checkbox>`: as Streamlit's `st.checkbox`. A real checkbox input
 * inside its `<label>` (click anywhere on the row, Space toggles), drawn as a
 * rounded box filled with the primary color when checked. A change sends
 * `ctx.widgets.set(proto, checked)`.
 *
 * @example
 * html`<lit-ui-checkbox .proto=${proto} .ctx=${ctx}></lit-ui-checkbox>`
 */
export class CheckboxWidget extends WidgetElement<WidgetProto & { readonly value: boolean }> {
  /** ARIA role of the input: `switch` for toggles. */
  protected get inputRole(): 'checkbox' | 'switch' {
    return 'checkbox';
  }

  /** The box drawn in place of the native input. */
  protected renderIndicator(): TemplateResult {
    return html`<span class="lu-check-box" aria-hidden="true">
      <svg viewBox="0 0 16 16" width="12" height="12">
        <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
    </span>`;
  }

  private onChange(event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    if (checked !== (this.value === true)) this.ctx.widgets.set(this.proto, checked);
  }

  protected override render(): unknown {
    const checked = this.value === true;
    const visibility = this.proto.labelVisibility ?? 'visible';
    return html`<div class="lu-check-row">
      <label class="lu-check lu-check--${this.inputRole}${this.disabled ? ' lu-check--disabled' : ''}" for=${this.controlId}>
        <input
          type="checkbox"
          class="lu-check-input"
          id=${this.controlId}
          role=${this.inputRole}
          aria-label=${this.plainLabel}
          .checked=${live(checked)}
          ?disabled=${this.disabled}
          @change=${(e: Event) => this.onChange(e)}
        />
        ${this.renderIndicator()}
        <span class="lu-check-text lu-check-text--${visibility}">${renderLabelText(this.proto.label)}</span>
      </label>
      ${this.renderHelp()}
    </div>`;
  }
}
