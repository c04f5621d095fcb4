import { html, nothing } from 'lit';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { WidgetProto } from '../types.js';
import { iconSpan } from '../display/icon.js';
import { renderLabelText } from './labelText.js';
import { WidgetElement } from './widgetElement.js';

type ButtonProto = WidgetProto & Pick<ElementProtoOf<'button'>, 'kind' | 'icon' | 'useContainerWidth'>;

/**
 * `<lit-ui-button>`: as Streamlit's `st.button`. A click sends a one-run
 * trigger (`ctx.widgets.trigger(proto, true)`). `kind` picks the look:
 * `primary` (filled with the primary color), `secondary` (outlined, the
 * default) or `tertiary` (text only); `icon` (an emoji) goes before the
 * label; `useContainerWidth` stretches it; `help` is its tooltip.
 *
 * @example
 * html`<lit-ui-button .proto=${proto} .ctx=${ctx}></lit-ui-button>`
 */
export class ButtonWidget extends WidgetElement<ButtonProto> {
  /** Sends the click as a trigger; a `formSubmitButton` trigger also submits its form's held changes. */
  protected click_(): void {
    if (!this.disabled) this.ctx.widgets.trigger(this.proto, true);
  }

  protected override render(): unknown {
    const { kind, icon, useContainerWidth, help } = this.proto;
    const classes = `lu-button lu-widget-button lu-button--${kind ?? 'secondary'}${useContainerWidth === true ? ' lu-button--wide' : ''}`;
    return html`<button
      type="button"
      id=${this.controlId}
      class=${classes}
      ?disabled=${this.disabled}
      title=${help ?? nothing}
      @click=${() => this.click_()}
    >
      ${iconSpan(icon, 'lu-button-icon')}
      <span class="lu-button-label">${renderLabelText(this.proto.label)}</span>
    </button>`;
  }
}

/**
 * `<lit-ui-form-submit-button>`: as Streamlit's `st.form_submit_button`. Looks
 * like {@link ButtonWidget}; its trigger makes the shell's widget manager send
 * every change held by the form together with the click, in one rerun.
 */
export class FormSubmitButtonWidget extends ButtonWidget {}
