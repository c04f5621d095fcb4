import { css, html, type CSSResult } from 'lit';
import type { ElementRenderer } from '../types.js';
import { ButtonWidget, FormSubmitButtonWidget } from './button.js';
import { ChatInputWidget } from './chatInput.js';
import { CheckboxWidget } from './checkbox.js';
import { ColorPickerWidget } from './colorPicker.js';
import { DateInputWidget } from './dateInput.js';
import { MultiselectWidget } from './multiselect.js';
import { NumberInputWidget } from './numberInput.js';
import { RadioWidget } from './radio.js';
import { SelectboxWidget } from './selectbox.js';
import { SelectSliderWidget } from './selectSlider.js';
import { SliderWidget } from './slider.js';
import { chatStyles } from './styles/chatStyles.js';
import { choiceStyles } from './styles/choiceStyles.js';
import { fieldStyles } from './styles/fieldStyles.js';
import { pickerStyles } from './styles/pickerStyles.js';
import { selectStyles } from './styles/selectStyles.js';
import { sliderStyles } from './styles/sliderStyles.js';
import { TextAreaWidget } from './textArea.js';
import { TextInputWidget } from './textInput.js';
import { TimeInputWidget } from './timeInput.js';
import { ToggleWidget } from './toggle.js';

/**
 * The renderer of every widget type (Streamlit's input widgets), by element
 * type. Each renders the widget's custom element (`lit-ui-<kebab-type>`)
 * with the proto and the render context; the element keeps itself in sync
 * with `ctx.widgets`.
 *
 * @example
 * for (const [type, renderer] of Object.entries(widgetRenderers)) registerElement(type, renderer);
 */
export const widgetRenderers: Record<string, ElementRenderer> = {
  button: (proto, ctx) => html`<lit-ui-button .proto=${proto} .ctx=${ctx}></lit-ui-button>`,
  formSubmitButton: (proto, ctx) => html`<lit-ui-form-submit-button .proto=${proto} .ctx=${ctx}></lit-ui-form-submit-button>`,
  checkbox: (proto, ctx) => html`<lit-ui-checkbox .proto=${proto} .ctx=${ctx}></lit-ui-checkbox>`,
  toggle: (proto, ctx) => html`<lit-ui-toggle .proto=${proto} .ctx=${ctx}></lit-ui-toggle>`,
  textInput: (proto, ctx) => html`<lit-ui-text-input .proto=${proto} .ctx=${ctx}></lit-ui-text-input>`,
  textArea: (proto, ctx) => html`<lit-ui-text-area .proto=${proto} .ctx=${ctx}></lit-ui-text-area>`,
  numberInput: (proto, ctx) => html`<lit-ui-number-input .proto=${proto} .ctx=${ctx}></lit-ui-number-input>`,
  slider: (proto, ctx) => html`<lit-ui-slider .proto=${proto} .ctx=${ctx}></lit-ui-slider>`,
  selectSlider: (proto, ctx) => html`<lit-ui-select-slider .proto=${proto} .ctx=${ctx}></lit-ui-select-slider>`,
  selectbox: (proto, ctx) => html`<lit-ui-selectbox .proto=${proto} .ctx=${ctx}></lit-ui-selectbox>`,
  radio: (proto, ctx) => html`<lit-ui-radio .proto=${proto} .ctx=${ctx}></lit-ui-radio>`,
  multiselect: (proto, ctx) => html`<lit-ui-multiselect .proto=${proto} .ctx=${ctx}></lit-ui-multiselect>`,
  dateInput: (proto, ctx) => html`<lit-ui-date-input .proto=${proto} .ctx=${ctx}></lit-ui-date-input>`,
  timeInput: (proto, ctx) => html`<lit-ui-time-input .proto=${proto} .ctx=${ctx}></lit-ui-time-input>`,
  colorPicker: (proto, ctx) => html`<lit-ui-color-picker .proto=${proto} .ctx=${ctx}></lit-ui-color-picker>`,
  chatInput: (proto, ctx) => html`<lit-ui-chat-input .proto=${proto} .ctx=${ctx}></lit-ui-chat-input>`,
};

/**
 * The widget custom elements by tag name, for the registration module to
 * `customElements.define` (this module defines nothing).
 */
export const widgetElements: Record<string, CustomElementConstructor> = {
  'lit-ui-button': ButtonWidget,
  'lit-ui-form-submit-button': FormSubmitButtonWidget,
  'lit-ui-checkbox': CheckboxWidget,
  'lit-ui-toggle': ToggleWidget,
  'lit-ui-text-input': TextInputWidget,
  'lit-ui-text-area': TextAreaWidget,
  'lit-ui-number-input': NumberInputWidget,
  'lit-ui-slider': SliderWidget,
  'lit-ui-select-slider': SelectSliderWidget,
  'lit-ui-selectbox': SelectboxWidget,
  'lit-ui-radio': RadioWidget,
  'lit-ui-multiselect': MultiselectWidget,
  'lit-ui-date-input': DateInputWidget,
  'lit-ui-time-input': TimeInputWidget,
  'lit-ui-color-picker': ColorPickerWidget,
  'lit-ui-chat-input': ChatInputWidget,
};

/**
 * All widget CSS, themed by the app's `--lit-ui-*` variables; the app adds it
 * to its single stylesheet so the widgets' light DOM is styled.
 */
export const widgetStyles: CSSResult = css`
  ${fieldStyles}
  ${pickerStyles}
  ${choiceStyles}
  ${sliderStyles}
  ${selectStyles}
  ${chatStyles}
`;

export {
  ButtonWidget,
  FormSubmitButtonWidget,
  ChatInputWidget,
  CheckboxWidget,
  ColorPickerWidget,
  DateInputWidget,
  MultiselectWidget,
  NumberInputWidget,
  RadioWidget,
  SelectboxWidget,
  SelectSliderWidget,
  SliderWidget,
  TextAreaWidget,
  TextInputWidget,
  TimeInputWidget,
  ToggleWidget,
};
export { WidgetElement } from './widgetElement.js';
