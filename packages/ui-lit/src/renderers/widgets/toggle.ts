import { html, type TemplateResult } from 'lit';
import { CheckboxWidget } from './checkbox.js';

/**
 * `<lit-ui-toggle>`: as Streamlit's `st.toggle`. An on/off switch: a
 * checkbox input with `role="switch"`, drawn as a pill whose knob slides to
 * the right and fills with the primary color when on. A change sends
 * `ctx.widgets.set(proto, on)`; Space toggles it from the keyboard.
 *
 * @example
 * html`<lit-ui-toggle .proto=${proto} .ctx=${ctx}></lit-ui-toggle>`
 */
export class ToggleWidget extends CheckboxWidget {
  protected override get inputRole(): 'switch' {
    return 'switch';
  }

  protected override renderIndicator(): TemplateResult {
    return html`<span class="lu-switch" aria-hidden="true"><span class="lu-switch-knob"></span></span>`;
  }
}
