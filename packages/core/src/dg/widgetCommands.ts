import { buttonDefinition, type ButtonOptions } from '../widgets/button.js';
import { chatInputDefinition, type ChatInputOptions, type ChatInputValue } from '../widgets/chatInput.js';
import { checkboxDefinition, type CheckboxOptions } from '../widgets/checkbox.js';
import { colorPickerDefinition, type ColorPickerOptions } from '../widgets/colorPicker.js';
import { dateInputDefinition, type DateInputOptions, type DateLike } from '../widgets/dateInput.js';
import { datetimeInputDefinition, type DatetimeInputOptions } from '../widgets/datetimeInput.js';
import { multiselectDefinition, type MultiselectOptions } from '../widgets/multiselect.js';
import { numberInputDefinition, type NumberInputOptions } from '../widgets/numberInput.js';
import { renderWidget } from '../widgets/renderWidget.js';
import { selectboxDefinition, type RadioOptions, type SelectboxOptions } from '../widgets/selectbox.js';
import { selectSliderDefinition, type SelectSliderOptions } from '../widgets/selectSlider.js';
import { sliderDefinition, type SliderOptions } from '../widgets/slider.js';
import { textAreaDefinition, textInputDefinition, type TextAreaOptions, type TextInputOptions } from '../widgets/textInput.js';
import { timeInputDefinition, type TimeInputOptions } from '../widgets/timeInput.js';
import { LayoutCommands } from './layoutCommands.js';
import { coreOf } from './deltaGeneratorBase.js';

/**
 * Streamlit's input widgets, from `st.button` to `st.chatInput`: part of {@link DeltaGenerator}, which is what apps
 * use (this class is never made on its own).
 */
export abstract class WidgetCommands extends LayoutCommands {
  // Each returns its value synchronously, registers its widget id and follows Streamlit's
  // rules: a value set in `st.sessionState[key]` before the widget wins; callbacks run before
  // the next run. Each throws LitUiError `DuplicateWidgetID` for a second widget with the same
  // id in a run, and `InvalidArgument` for inconsistent options.

  /**
   * A button, as Streamlit's `st.button`: true for the one run after a click.
   * @throws LitUiError `ButtonInForm` inside a form.
   * @example if (st.button('Go')) go();
   */
  button(label: string, options: ButtonOptions = {}): boolean {
    return renderWidget(coreOf(this), buttonDefinition('button', label, options));
  }

  /** A checkbox, as Streamlit's `st.checkbox`. */
  checkbox(label: string, options: CheckboxOptions = {}): boolean {
    return renderWidget(coreOf(this), checkboxDefinition('checkbox', label, options));
  }

  /** An on/off switch, as Streamlit's `st.toggle`. */
  toggle(label: string, options: CheckboxOptions = {}): boolean {
    return renderWidget(coreOf(this), checkboxDefinition('toggle', label, options));
  }

  /** A one-line text field, as Streamlit's `st.text_input`; commits on Enter or blur. @example const name = st.textInput('Name'); */
  textInput(label: string, options: TextInputOptions & { readonly value: null }): string | null;
  textInput(label: string, options?: TextInputOptions & { readonly value?: string }): string;
  textInput(label: string, options: TextInputOptions = {}): string | null {
    return renderWidget(coreOf(this), textInputDefinition(label, options));
  }

  /** A multi-line text field, as Streamlit's `st.text_area`. */
  textArea(label: string, options: TextAreaOptions & { readonly value: null }): string | null;
  textArea(label: string, options?: TextAreaOptions & { readonly value?: string }): string;
  textArea(label: string, options: TextAreaOptions = {}): string | null {
    return renderWidget(coreOf(this), textAreaDefinition(label, options));
  }

  /** A number field with − / + steppers, as Streamlit's `st.number_input`. */
  numberInput(label: string, options: NumberInputOptions & { readonly value: null }): number | null;
  numberInput(label: string, options?: NumberInputOptions): number;
  numberInput(label: string, options: NumberInputOptions = {}): number | null {
    return renderWidget(coreOf(this), numberInputDefinition(label, options));
  }

  /**
   * A slider over numbers or dates, as Streamlit's `st.slider`; a `[low, high]` value makes a range slider.
   * @example const hp = st.slider('Horsepower', { minValue: 40, maxValue: 230, value: 100 });
   * @example const [lo, hi] = st.slider('Range', { value: [20, 80] });
   */
  slider(label: string, options: SliderOptions & { readonly value: readonly [Date, Date] }): [Date, Date];
  slider(label: string, options: SliderOptions & { readonly value: readonly [number, number] }): [number, number];
  slider(label: string, options: SliderOptions & ({ readonly value: Date } | { readonly minValue: Date })): Date;
  slider(label: string, options?: SliderOptions): number;
  slider(label: string, options: SliderOptions = {}): unknown {
    return renderWidget(coreOf(this), sliderDefinition(label, options));
  }

  /** A slider over discrete options, as Streamlit's `st.select_slider`. */
  selectSlider<T>(label: string, options: readonly T[], opts: SelectSliderOptions<T> & { readonly value: readonly [T, T] }): [T, T];
  selectSlider<T>(label: string, options: readonly T[], opts?: SelectSliderOptions<T>): T;
  selectSlider<T>(label: string, options: readonly T[], opts: SelectSliderOptions<T> = {}): unknown {
    return renderWidget(coreOf(this), selectSliderDefinition(label, options, opts));
  }

  /**
   * A dropdown, as Streamlit's `st.selectbox`: the chosen option (null with `index: null` until one is chosen, or with no options).
   * With `acceptNewOptions: true` the user may also type a value that is not an option, as Streamlit's `accept_new_options`:
   * the widget returns that text (`formatFunc` does not apply to it).
   * @example const origin = st.sidebar.selectbox('Origin', ['USA', 'Europe', 'Japan']);
   */
  selectbox<T>(label: string, options: readonly T[], opts: SelectboxOptions<T> & { readonly acceptNewOptions: true }): T | string | null;
  /** With `index: null`: null until the user picks an option. */
  selectbox<T>(label: string, options: readonly T[], opts: SelectboxOptions<T> & { readonly index: null }): T | null;
  selectbox<T>(label: string, options: readonly T[], opts?: SelectboxOptions<T>): T;
  selectbox<T>(label: string, options: readonly T[], opts: SelectboxOptions<T> = {}): T | null {
    return renderWidget(coreOf(this), selectboxDefinition('selectbox', label, options, opts));
  }

  /** Radio buttons, as Streamlit's `st.radio`. */
  radio<T>(label: string, options: readonly T[], opts: RadioOptions<T> & { readonly index: null }): T | null;
  radio<T>(label: string, options: readonly T[], opts?: RadioOptions<T>): T;
  radio<T>(label: string, options: readonly T[], opts: RadioOptions<T> = {}): T | null {
    return renderWidget(coreOf(this), selectboxDefinition('radio', label, options, opts));
  }

  /**
   * A multi-choice dropdown, as Streamlit's `st.multiselect`: the chosen options. With `acceptNewOptions: true` the
   * user may also type values, returned as their text.
   * @example const tags = st.multiselect('Tags', ['news', 'tech'], { acceptNewOptions: true });
   */
  multiselect<T>(label: string, options: readonly T[], opts: MultiselectOptions<T> & { readonly acceptNewOptions: true }): (T | string)[];
  /** Without `acceptNewOptions`: the chosen options, in option order of picking. */
  multiselect<T>(label: string, options: readonly T[], opts?: MultiselectOptions<T>): T[];
  multiselect<T>(label: string, options: readonly T[], opts: MultiselectOptions<T> = {}): T[] {
    return renderWidget(coreOf(this), multiselectDefinition(label, options, opts));
  }

  /** A date picker, as Streamlit's `st.date_input`: `Date`s at UTC midnight; a list value makes a range. */
  dateInput(label: string, options: DateInputOptions & { readonly value: readonly DateLike[] }): Date[];
  dateInput(label: string, options: DateInputOptions & { readonly value: null }): Date | null;
  dateInput(label: string, options?: DateInputOptions): Date;
  dateInput(label: string, options: DateInputOptions = {}): unknown {
    return renderWidget(coreOf(this), dateInputDefinition(label, options));
  }

  /** A time picker, as Streamlit's `st.time_input`: `'HH:MM'`. */
  timeInput(label: string, options: TimeInputOptions & { readonly value: null }): string | null;
  timeInput(label: string, options?: TimeInputOptions): string;
  timeInput(label: string, options: TimeInputOptions = {}): string | null {
    return renderWidget(coreOf(this), timeInputDefinition(label, options));
  }

  /**
   * A date and time input, as Streamlit's `st.datetime_input`: a `Date` whose UTC fields are the picked wall-clock
   * time (one-minute precision, as `st.dateInput` gives UTC midnights), or null while empty (`value: null`).
   * @throws LitUiError `InvalidArgument` for an unreadable value or bound, a value outside the bounds, a step outside
   *   60 s – 23 h, or an unknown date format.
   * @example const at = st.datetimeInput('Meeting', { value: '2025-11-19 16:45', step: 1800 });
   */
  datetimeInput(label: string, options: DatetimeInputOptions & { readonly value: null }): Date | null;
  datetimeInput(label: string, options?: DatetimeInputOptions): Date;
  datetimeInput(label: string, options: DatetimeInputOptions = {}): Date | null {
    return renderWidget(coreOf(this), datetimeInputDefinition(label, options));
  }

  /** A color picker, as Streamlit's `st.color_picker`: `'#rrggbb'`. */
  colorPicker(label: string, options: ColorPickerOptions = {}): string {
    return renderWidget(coreOf(this), colorPickerDefinition(label, options));
  }

  /**
   * A chat input, as Streamlit's `st.chat_input`: the submitted text for the one
   * run after a submit, else null. On `st` at the top level it is pinned to the
   * bottom of the page; in a container it sits inline. With `acceptFile`
   * (`true`, `'multiple'` or `'directory'`; `fileType` as the uploader's `type`)
   * the user can attach files, uploaded over HTTP like an uploader's, and the
   * value is `{ text, files }`, as Streamlit's.
   * @throws LitUiError `ButtonInForm` inside a form.
   * @example const prompt = st.chatInput('Ask me anything'); if (prompt) st.chatMessage('user').markdown(prompt);
   * @example const msg = st.chatInput('Ask about a file', { acceptFile: true, fileType: ['pdf'] }); if (msg) answer(msg.text, msg.files);
   */
  chatInput(placeholder: string, options: ChatInputOptions & { readonly acceptFile: true | 'multiple' | 'directory' }): ChatInputValue | null;
  /** A chat input with attachments, its placeholder in the options: the message `{ text, files }` for one run, else null. */
  chatInput(options: ChatInputOptions & { readonly acceptFile: true | 'multiple' | 'directory' }): ChatInputValue | null;
  /** A chat input without attachments: the submitted text for one run, else null. */
  chatInput(placeholder?: string | ChatInputOptions, options?: ChatInputOptions): string | null;
  chatInput(placeholder?: string | ChatInputOptions, options: ChatInputOptions = {}): string | ChatInputValue | null {
    const merged = typeof placeholder === 'string' ? { ...options, placeholder } : { ...placeholder, ...options };
    const { media, maxUploadBytes } = coreOf(this).host;
    return renderWidget(coreOf(this), chatInputDefinition(merged, { media, maxBytes: maxUploadBytes }), true);
  }
}
