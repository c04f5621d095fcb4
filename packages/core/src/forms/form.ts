import type { DeltaGeneratorCore } from '../dg/deltaGeneratorCore.js';
import { makeBlock } from '../elements/layout.js';
import { ErrorCode, LitUiError } from '../errors.js';
import { buttonDefinition, type ButtonOptions } from '../widgets/button.js';
import { renderWidget } from '../widgets/renderWidget.js';
import type { LayoutOptions } from '../dg/layoutOptions.js';

/** Options of `st.form`, as Streamlit's `st.form`. */
export interface FormOptions extends LayoutOptions {
  /** Reset the form's widgets to their defaults after a submit. Default false. */
  readonly clearOnSubmit?: boolean;
  /** Enter in a text input submits the form. Default true. */
  readonly enterToSubmit?: boolean;
  /** Draw a border around the form. Default true. */
  readonly border?: boolean;
}

/**
 * Body of `st.form`: a form block whose widgets belong to the form (their
 * changes are held by the client until its submit button is clicked).
 * @throws LitUiError `NestedForm` inside another form; `DuplicateFormKey` for a key used twice in a run.
 */
export function formBlock(core: DeltaGeneratorCore, key: string, options: FormOptions = {}): DeltaGeneratorCore {
  const run = core.run();
  if (core.container(run).formId !== undefined) {
    throw new LitUiError(ErrorCode.NestedForm, `Forms cannot be nested in other forms (st.form('${key}')).`);
  }
  if (run.formIds.has(key)) {
    throw new LitUiError(ErrorCode.DuplicateFormKey, `There are multiple forms with key '${key}' in this run. Give each form a unique key.`);
  }
  const clearOnSubmit = Boolean(options.clearOnSubmit);
  const form = core.block(
    makeBlock('form', { formId: key, clearOnSubmit, enterToSubmit: options.enterToSubmit ?? true, border: options.border ?? true }),
    { formId: key },
  );
  run.formIds.add(key);
  run.forms.set(key, { container: form.container(run), clearOnSubmit, hasSubmitButton: false });
  return form;
}

/**
 * Body of `st.formSubmitButton`: the form's submit button, true for the one
 * run after its click; records that the form has one.
 * @throws LitUiError `SubmitButtonOutsideForm` outside a form.
 */
export function formSubmitButton(core: DeltaGeneratorCore, label: string, options: ButtonOptions): boolean {
  const run = core.run();
  const formId = core.container(run).formId;
  const clicked = renderWidget(core, buttonDefinition('formSubmitButton', label, options, formId));
  const form = formId === undefined ? undefined : run.forms.get(formId);
  if (form) form.hasSubmitButton = true;
  return clicked;
}
