import { alertProto } from '../elements/text.js';
import { ErrorCode, LitUiError, invalidArgument } from '../errors.js';
import type { WidgetType } from '../protocol/elements.js';
import { computeWidgetId } from '../state/widgetId.js';
import { buttonDefinition, type ButtonOptions } from '../widgets/button.js';
import { chatInputDefinition, type ChatInputOptions } from '../widgets/chatInput.js';
import { checkboxDefinition, type CheckboxOptions } from '../widgets/checkbox.js';
import { colorPickerDefinition, type ColorPickerOptions } from '../widgets/colorPicker.js';
import { dateInputDefinition, type DateInputOptions, type DateLike } from '../widgets/dateInput.js';
import { multiselectDefinition, type MultiselectOptions } from '../widgets/multiselect.js';
import { numberInputDefinition, type NumberInputOptions } from '../widgets/numberInput.js';
import { selectboxDefinition, type RadioOptions, type SelectboxOptions } from '../widgets/selectbox.js';
import { selectSliderDefinition, type SelectSliderOptions } from '../widgets/selectSlider.js';
import { sliderDefinition, type SliderOptions } from '../widgets/slider.js';
import { textAreaDefinition, textInputDefinition, type TextAreaOptions, type TextInputOptions } from '../widgets/textInput.js';
import { timeInputDefinition, type TimeInputOptions } from '../widgets/timeInput.js';
import type { WidgetDefinition } from '../widgets/widgetDefinition.js';
import { LayoutCommands } from './layoutCommands.js';

/**
 * Widgets. Each returns its current value synchronously (known when the run
 * starts), registers its id, and follows Streamlit's rules: a value set in
 * `st.sessionState[key]` before the widget wins; callbacks run before the
 * next run; inside a form only `formSubmitButton` may have a callback.
 */
export class WidgetCommands extends LayoutCommands {
  /** A button, as Streamlit's `st.button`: true for the one run after a click. @example if (st.button('Go')) go(); */
  button(label: string, options: ButtonOptions = {}): boolean {
    return this.renderWidget(buttonDefinition('button', label, options));
  }

  /**
   * A form's submit button, as Streamlit's `st.form_submit_button`: sends the
   * form's held changes and is true for the one run after the click.
   * @throws LitUiError `SubmitButtonOutsideForm` outside a form.
   */
  formSubmitButton(label = 'Submit', options: ButtonOptions = {}): boolean {
    const run = this.currentRun();
    const formId = this.resolve(run).formId;
    return this.renderWidget(buttonDefinition('formSubmitButton', label, options, formId));
  }

  /** A checkbox, as Streamlit's `st.checkbox`. */
  checkbox(label: string, options: CheckboxOptions = {}): boolean {
    return this.renderWidget(checkboxDefinition('checkbox', label, options));
  }

  /** An on/off switch, as Streamlit's `st.toggle`. */
  toggle(label: string, options: CheckboxOptions = {}): boolean {
    return this.renderWidget(checkboxDefinition('toggle', label, options));
  }

  /** A one-line text field, as Streamlit's `st.text_input`; commits on Enter or blur. @example const name = st.textInput('Name'); */
  textInput(label: string, options: TextInputOptions & { readonly value: null }): string | null;
  textInput(label: string, options?: TextInputOptions & { readonly value?: string }): string;
  textInput(label: string, options: TextInputOptions = {}): string | null {
    return this.renderWidget(textInputDefinition(label, options));
  }

  /** A multi-line text field, as Streamlit's `st.text_area`. */
  textArea(label: string, options: TextAreaOptions & { readonly value: null }): string | null;
  textArea(label: string, options?: TextAreaOptions & { readonly value?: string }): string;
  textArea(label: string, options: TextAreaOptions = {}): string | null {
    return this.renderWidget(textAreaDefinition(label, options));
  }

  /** A number field with − / + steppers, as Streamlit's `st.number_input`. */
  numberInput(label: string, options: NumberInputOptions & { readonly value: null }): number | null;
  numberInput(label: string, options?: NumberInputOptions): number;
  numberInput(label: string, options: NumberInputOptions = {}): number | null {
    return this.renderWidget(numberInputDefinition(label, options));
  }

  /**
   * A slider over numbers or dates, as Streamlit's `st.slider`; a `[low,
   * high]` value makes a range slider.
   * @example const hp = st.slider('Horsepower', { minValue: 40, maxValue: 230, value: 100 });
   * @example const [lo, hi] = st.slider('Range', { value: [20, 80] });
   */
  slider(label: string, options: SliderOptions & { readonly value: readonly [Date, Date] }): [Date, Date];
  slider(label: string, options: SliderOptions & { readonly value: readonly [number, number] }): [number, number];
  slider(label: string, options: SliderOptions & ({ readonly value: Date } | { readonly minValue: Date })): Date;
  slider(label: string, options?: SliderOptions): number;
  slider(label: string, options: SliderOptions = {}): unknown {
    return this.renderWidget(sliderDefinition(label, options));
  }

  /** A slider over discrete options, as Streamlit's `st.select_slider`. */
  selectSlider<T>(label: string, options: readonly T[], opts: SelectSliderOptions<T> & { readonly value: readonly [T, T] }): [T, T];
  selectSlider<T>(label: string, options: readonly T[], opts?: SelectSliderOptions<T>): T;
  selectSlider<T>(label: string, options: readonly T[], opts: SelectSliderOptions<T> = {}): unknown {
    return this.renderWidget(selectSliderDefinition(label, options, opts));
  }

  /**
   * A dropdown, as Streamlit's `st.selectbox`: returns the chosen option
   * (null with `index: null` until one is chosen, or with no options).
   * @example const origin = st.sidebar.selectbox('Origin', ['USA', 'Europe', 'Japan']);
   */
  selectbox<T>(label: string, options: readonly T[], opts: SelectboxOptions<T> & { readonly index: null }): T | null;
  selectbox<T>(label: string, options: readonly T[], opts?: SelectboxOptions<T>): T;
  selectbox<T>(label: string, options: readonly T[], opts: SelectboxOptions<T> = {}): T | null {
    return this.renderWidget(selectboxDefinition('selectbox', label, options, opts));
  }

  /** Radio buttons, as Streamlit's `st.radio`. */
  radio<T>(label: string, options: readonly T[], opts: RadioOptions<T> & { readonly index: null }): T | null;
  radio<T>(label: string, options: readonly T[], opts?: RadioOptions<T>): T;
  radio<T>(label: string, options: readonly T[], opts: RadioOptions<T> = {}): T | null {
    return this.renderWidget(selectboxDefinition('radio', label, options, opts));
  }

  /** A multi-choice dropdown, as Streamlit's `st.multiselect`: returns the chosen options. */
  multiselect<T>(label: string, options: readonly T[], opts: MultiselectOptions<T> = {}): T[] {
    return this.renderWidget(multiselectDefinition(label, options, opts));
  }

  /** A date picker, as Streamlit's `st.date_input`: `Date`s at UTC midnight; a list value makes a range. */
  dateInput(label: string, options: DateInputOptions & { readonly value: readonly DateLike[] }): Date[];
  dateInput(label: string, options: DateInputOptions & { readonly value: null }): Date | null;
  dateInput(label: string, options?: DateInputOptions): Date;
  dateInput(label: string, options: DateInputOptions = {}): unknown {
    return this.renderWidget(dateInputDefinition(label, options));
  }

  /** A time picker, as Streamlit's `st.time_input`: `'HH:MM'`. */
  timeInput(label: string, options: TimeInputOptions & { readonly value: null }): string | null;
  timeInput(label: string, options?: TimeInputOptions): string;
  timeInput(label: string, options: TimeInputOptions = {}): string | null {
    return this.renderWidget(timeInputDefinition(label, options));
  }

  /** A color picker, as Streamlit's `st.color_picker`: `'#rrggbb'`. */
  colorPicker(label: string, options: ColorPickerOptions = {}): string {
    return this.renderWidget(colorPickerDefinition(label, options));
  }

  /**
   * A chat input, as Streamlit's `st.chat_input`: the submitted text for the
   * one run after a submit, else null. Called on `st` at the top level it is
   * pinned to the bottom of the page; in a container it sits inline.
   * @example const prompt = st.chatInput('Ask me anything'); if (prompt) st.chatMessage('user').markdown(prompt);
   */
  chatInput(placeholder?: string | ChatInputOptions, options: ChatInputOptions = {}): string | null {
    const merged = typeof placeholder === 'string' ? { ...options, placeholder } : { ...placeholder, ...options };
    return this.renderWidget(chatInputDefinition(merged), true);
  }

  /** Runs one widget call: policies, id, session state, proto. */
  protected renderWidget<V, T extends WidgetType>(def: WidgetDefinition<V, T>, pinBottom = false): V {
    const run = this.currentRun();
    let container = this.resolve(run);
    if (pinBottom && this.target.kind === 'main' && run.stack.length === 0) container = run.writer.root(3);
    const { formId, fragmentId } = container;
    checkPlacement(def, formId, fragmentId, run.currentFragmentId);
    const state = this.host.state;
    const key = def.options.key;
    const id = computeWidgetId(def.type, key, { label: def.label, ...def.identity }, { ...(formId ? { formId } : {}), pagePath: this.host.pagePath });
    if (run.widgetIds.has(id)) throw duplicateWidget(def.type, def.label, key);
    run.widgetIds.add(id);
    if (key !== undefined && state.isNewStateValue(key)) {
      if (def.writable === false) {
        throw new LitUiError(ErrorCode.StateAssignmentNotAllowed, `st.${def.type} values cannot be set using st.sessionState (key "${key}").`);
      }
      if (def.customDefault) {
        run.writer.putElement(
          container,
          alertProto(
            'warning',
            `The widget with key "${key}" was created with a default value but also had its value set via the Session State API.`,
          ),
        );
      }
    }
    const registered = state.registerWidget({
      id,
      type: def.type,
      ...(key !== undefined ? { key } : {}),
      defaultValue: def.defaultValue,
      deserialize: def.deserialize,
      serialize: def.serialize as (value: unknown) => ReturnType<typeof def.serialize>,
      ...(def.trigger ? { trigger: def.trigger } : {}),
      ...(def.callback ? { callback: def.callback } : {}),
      ...(formId ? { formId } : {}),
      ...(fragmentId ? { fragmentId } : {}),
      ...(def.options.persist !== undefined ? { persist: def.options.persist } : {}),
    });
    let value = registered.value as V;
    let wire = def.serialize(value);
    if (wire === undefined) {
      if (registered.setFromState) {
        throw invalidArgument(`st.sessionState.${key} holds ${JSON.stringify(value)}, which is not a valid value for ${def.type} "${def.label}".`);
      }
      value = def.defaultValue;
      wire = def.serialize(value) ?? null;
      state.resetWidget(id, value);
    }
    const { help, disabled, labelVisibility } = def.options;
    run.writer.putElement(
      container,
      def.proto({
        id,
        label: def.label,
        value: wire,
        ...(key !== undefined ? { key } : {}),
        ...(help !== undefined ? { help } : {}),
        ...(disabled ? { disabled: true } : {}),
        ...(labelVisibility && labelVisibility !== 'visible' ? { labelVisibility } : {}),
        ...(formId ? { formId } : {}),
        ...(fragmentId ? { fragmentId } : {}),
      }),
    );
    if (def.type === 'formSubmitButton' && formId) {
      const form = run.forms.get(formId);
      if (form) form.hasSubmitButton = true;
    }
    return value;
  }
}

function checkPlacement(
  def: { readonly type: WidgetType; readonly label: string; readonly callback?: unknown },
  formId: string | undefined,
  fragmentId: string | undefined,
  runningFragment: string | undefined,
): void {
  if (runningFragment !== undefined && fragmentId !== runningFragment) {
    throw new LitUiError(ErrorCode.FragmentWidgetOutside, `Fragments cannot write widgets to outside containers (st.${def.type} "${def.label}").`);
  }
  if (def.type === 'formSubmitButton') {
    if (!formId) {
      throw new LitUiError(ErrorCode.SubmitButtonOutsideForm, `st.formSubmitButton("${def.label}") must be used inside an st.form().`);
    }
    return;
  }
  if (!formId) return;
  if (def.type === 'button' || def.type === 'chatInput') {
    throw new LitUiError(
      ErrorCode.ButtonInForm,
      `st.${def.type}() can't be used in an st.form() ("${def.label}").` + (def.type === 'button' ? ' Use st.formSubmitButton() instead.' : ''),
    );
  }
  if (def.callback) {
    throw new LitUiError(
      ErrorCode.InvalidFormCallback,
      `Within a form, callbacks can only be defined on st.formSubmitButton (st.${def.type} "${def.label}" has onChange). ` +
        "Move the callback to the form's submit button.",
    );
  }
}

function duplicateWidget(type: string, label: string, key: string | undefined): LitUiError {
  const message =
    key !== undefined
      ? `There are multiple widgets with the same key "${key}". To fix this, make sure each widget's key is unique.`
      : `There are multiple \`${type}\` widgets with the same auto-generated ID (same label "${label}" and parameters). ` +
        `To fix this, give each a unique \`key\`, e.g. st.${type}(${JSON.stringify(label)}, { key: 'my_${type}_2' }).`;
  return new LitUiError(ErrorCode.DuplicateWidgetID, message);
}
