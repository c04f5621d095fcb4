import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import { TextFieldElement, type TextFieldProto } from './textField.js';

type TextInputProto = TextFieldProto & Pick<ElementProtoOf<'textInput'>, 'inputType' | 'autocomplete'>;

const eye = html`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
  <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" />
  <circle cx="12" cy="12" r="3" fill="none" stroke="currentColor" stroke-width="1.8" />
</svg>`;
const eyeOff = html`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
  <path d="M9.9 5.2A10.6 10.6 0 0 1 12 5c6.4 0 10 7 10 7a17.6 17.6 0 0 1-2.9 3.9M6.6 6.6C3.7 8.4 2 12 2 12s3.6 7 10 7a9.9 9.9 0 0 0 5.4-1.6M9.9 9.9a3 3 0 0 0 4.2 4.2"
    fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
  <path d="M3 3l18 18" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
</svg>`;

/**
 * `<lit-ui-text-input>`: as Streamlit's `st.text_input`. A single-line field
 * that commits on Enter or blur (see {@link TextFieldElement}); in a form,
 * Enter also submits the form. `inputType: 'password'` masks the text and
 * adds an eye button to show or hide it; `maxChars` limits the length and
 * shows an `n/max` counter; `placeholder` shows while empty.
 *
 * @example
 * html`<lit-ui-text-input .proto=${proto} .ctx=${ctx}></lit-ui-text-input>`
 */
export class TextInputWidget extends TextFieldElement<TextInputProto> {
  static override properties = { ...TextFieldElement.properties, revealed: { state: true } };

  /** True while a password field shows its text. */
  declare revealed: boolean;

  constructor() {
    super();
    this.revealed = false;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.commitFromKey();
  }

  protected override render(): unknown {
    const { placeholder, maxChars, autocomplete, inputType } = this.proto;
    const password = inputType === 'password';
    const instructions = this.renderInstructions();
    return html`${this.renderLabel()}
      <div class="lu-field${this.disabled ? ' lu-field--disabled' : ''}${password ? ' lu-field--password' : ''}">
        <input
          class="lu-field-input"
          id=${this.controlId}
          type=${password && !this.revealed ? 'password' : 'text'}
          aria-label=${this.plainLabel}
          .value=${live(this.text)}
          placeholder=${placeholder ?? nothing}
          maxlength=${maxChars ?? nothing}
          autocomplete=${autocomplete ?? (password ? 'new-password' : nothing)}
          ?disabled=${this.disabled}
          @input=${(e: Event) => this.onInput(e)}
          @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}
          @focus=${() => this.onFocus()}
          @blur=${() => this.onBlur()}
        />
        ${instructions}
        ${
          password
            ? html`<button
              type="button"
              class="lu-field-button"
              aria-label=${this.revealed ? 'Hide password' : 'Show password'}
              aria-pressed=${this.revealed ? 'true' : 'false'}
              ?disabled=${this.disabled}
              @pointerdown=${(e: Event) => e.preventDefault()}
              @click=${() => (this.revealed = !this.revealed)}
            >
              ${this.revealed ? eyeOff : eye}
            </button>`
            : nothing
        }
      </div>`;
  }
}
