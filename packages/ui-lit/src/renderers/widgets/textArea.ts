import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { inlineStyle } from '../../directives/inlineStyle.js';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import { TextFieldElement, type TextFieldProto } from './textField.js';

type TextAreaProto = TextFieldProto & Pick<ElementProtoOf<'textArea'>, 'height'>;

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * `<lit-ui-text-area>`: as Streamlit's `st.text_area`. A multi-line field
 * (`height` in px, default three lines, resizable) that commits on
 * Ctrl+Enter (⌘+Enter on a Mac) or blur — Enter alone adds a line. In a
 * form, Ctrl+Enter also submits the form. `maxChars` shows an `n/max` counter.
 *
 * @example
 * html`<lit-ui-text-area .proto=${proto} .ctx=${ctx}></lit-ui-text-area>`
 */
export class TextAreaWidget extends TextFieldElement<TextAreaProto> {
  protected override get hint(): string {
    const keys = isMac ? '⌘+Enter' : 'Ctrl+Enter';
    return this.proto.formId !== undefined ? `Press ${keys} to submit form` : `Press ${keys} to apply`;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    this.commitFromKey();
  }

  protected override render(): unknown {
    const { placeholder, maxChars, height } = this.proto;
    const style = typeof height === 'number' ? { height: `${height}px` } : {};
    return html`${this.renderLabel()}
      <div class="lu-field lu-field--area${this.disabled ? ' lu-field--disabled' : ''}">
        <textarea
          class="lu-field-input lu-field-textarea"
          id=${this.controlId}
          aria-label=${this.plainLabel}
          style=${inlineStyle(style)}
          .value=${live(this.text)}
          placeholder=${placeholder ?? nothing}
          maxlength=${maxChars ?? nothing}
          ?disabled=${this.disabled}
          @input=${(e: Event) => this.onInput(e)}
          @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}
          @focus=${() => this.onFocus()}
          @blur=${() => this.onBlur()}
        ></textarea>
        ${this.renderInstructions()}
      </div>`;
  }
}
