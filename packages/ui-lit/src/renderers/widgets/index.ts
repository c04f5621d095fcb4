import { css, type CSSResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { WIDGET_TYPES, type WidgetType } from '@lit-ui/core/protocol';
import { elementTag } from '../elementTag.js';
import { defineLazily, type ElementLoader } from '../lazyElements.js';
import { lazyKit } from '../lazyKit.js';
import { lazyRenderer } from '../lazyRenderer.js';
import type { ElementRenderer } from '../types.js';
import { ButtonWidget, FormSubmitButtonWidget } from './button.js';
import { ButtonGroupElement, PillsWidget, SegmentedControlWidget } from './buttonGroup.js';
import { ChatInputWidget } from './chatInput.js';
import { CheckboxWidget } from './checkbox.js';
import { MultiselectWidget } from './multiselect.js';
import { NumberInputWidget } from './numberInput.js';
import { RadioWidget } from './radio.js';
import { SelectboxWidget } from './selectbox.js';
import { SelectSliderWidget } from './selectSlider.js';
import { SliderWidget } from './slider.js';
import { buttonGroupStyles } from './styles/buttonGroupStyles.js';
import { chatStyles } from './styles/chatStyles.js';
import { choiceStyles } from './styles/choiceStyles.js';
import { fieldStyles } from './styles/fieldStyles.js';
import { pickerStyles } from './styles/pickerStyles.js';
import { selectStyles } from './styles/selectStyles.js';
import { sliderStyles } from './styles/sliderStyles.js';
import { TextAreaWidget } from './textArea.js';
import { TextInputWidget } from './textInput.js';
import { ToggleWidget } from './toggle.js';

/** A widget whose class loads on first render, in its own chunk. */
interface LazyClass {
  /** Loads the class (a dynamic `import()`). */
  readonly load: ElementLoader;
}

/**
 * The custom element class of every widget type of the element map (the
 * compiler checks none is missing), or its loader for the rarely used,
 * heavy ones. Each is registered under its type's tag, {@link elementTag}:
 * `lit-ui-<kebab-type>`; eager ones by the registration module, lazy ones
 * by their renderer on first use.
 */
const widgetClasses = {
  button: ButtonWidget,
  formSubmitButton: FormSubmitButtonWidget,
  checkbox: CheckboxWidget,
  toggle: ToggleWidget,
  textInput: TextInputWidget,
  textArea: TextAreaWidget,
  numberInput: NumberInputWidget,
  slider: SliderWidget,
  selectSlider: SelectSliderWidget,
  selectbox: SelectboxWidget,
  radio: RadioWidget,
  multiselect: MultiselectWidget,
  dateInput: { load: () => import('./dateInput.js').then((m) => m.DateInputWidget) },
  timeInput: { load: () => import('./timeInput.js').then((m) => m.TimeInputWidget) },
  datetimeInput: { load: () => import('./datetimeInput.js').then((m) => m.DatetimeInputWidget) },
  colorPicker: { load: () => import('./colorPicker.js').then((m) => m.ColorPickerWidget) },
  chatInput: ChatInputWidget,
  dataEditor: { load: () => import('../display/dataEditor.js').then((m) => m.DataEditorView) },
  pills: PillsWidget,
  segmentedControl: SegmentedControlWidget,
  feedback: { load: () => import('./feedback.js').then((m) => m.FeedbackWidget) },
  // Built from the lazy kit (lit and the widget base stay in the initial file); each brings its own styles.
  fileUploader: { load: () => import('./fileUploader.js').then((m) => m.fileUploaderWidget(lazyKit)) },
  downloadButton: { load: () => import('./downloadButton.js').then((m) => m.downloadButtonWidget(lazyKit)) },
  cameraInput: { load: () => import('./cameraInput.js').then((m) => m.cameraInputWidget(lazyKit)) },
  audioInput: { load: () => import('./audioInput.js').then((m) => m.audioInputWidget(lazyKit)) },
} satisfies Record<WidgetType, CustomElementConstructor | LazyClass>;

/** Renders a widget as its custom element, with the proto and the render context as properties. */
function widgetRenderer(type: WidgetType): ElementRenderer {
  const tag = unsafeStatic(elementTag(type));
  const cls: CustomElementConstructor | LazyClass = widgetClasses[type];
  if (type === 'chatInput') {
    // With attachments, the chat input is its lazily loaded subclass, `<lit-ui-chat-file-input>`.
    const withFiles = lazyRenderer('chatFileInput', () => import('./chatFileInput.js').then((m) => m.chatFileInputWidget(lazyKit)));
    return (proto, ctx) => (proto['acceptFile'] ? withFiles(proto, ctx) : staticHtml`<${tag} .proto=${proto} .ctx=${ctx}></${tag}>`);
  }
  if (!('load' in cls)) return (proto, ctx) => staticHtml`<${tag} .proto=${proto} .ctx=${ctx}></${tag}>`;
  return (proto, ctx) => {
    void defineLazily(elementTag(type), cls.load);
    return staticHtml`<${tag} .proto=${proto} .ctx=${ctx}></${tag}>`;
  };
}

/**
 * The renderer of every widget type (Streamlit's input widgets), by element
 * type, derived from the element map: each renders the widget's custom
 * element (`lit-ui-<kebab-type>`) with the proto and the render context; the
 * element keeps itself in sync with `ctx.widgets`.
 *
 * @example
 * for (const [type, renderer] of Object.entries(widgetRenderers)) registerElement(type, renderer);
 */
export const widgetRenderers: Readonly<Record<string, ElementRenderer>> = Object.fromEntries(
  WIDGET_TYPES.map((type) => [type, widgetRenderer(type)]),
);

/**
 * The widget custom elements loaded with the bundle, by tag name, for the
 * registration module to `customElements.define` (this module defines
 * nothing). Lazy widgets (`dataEditor`, `datetimeInput`, the file widgets)
 * are defined by their renderer.
 */
export const widgetElements: Readonly<Record<string, CustomElementConstructor>> = Object.fromEntries(
  WIDGET_TYPES.flatMap((type) => {
    const cls: CustomElementConstructor | LazyClass = widgetClasses[type];
    return 'load' in cls ? [] : [[elementTag(type), cls]];
  }),
);

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
  ${buttonGroupStyles}
`;

export {
  ButtonWidget,
  FormSubmitButtonWidget,
  ChatInputWidget,
  CheckboxWidget,
  MultiselectWidget,
  NumberInputWidget,
  RadioWidget,
  SelectboxWidget,
  SelectSliderWidget,
  SliderWidget,
  TextAreaWidget,
  TextInputWidget,
  ToggleWidget,
  ButtonGroupElement,
  PillsWidget,
  SegmentedControlWidget,
};
export { WidgetElement } from './widgetElement.js';
