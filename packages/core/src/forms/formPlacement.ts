import { ErrorCode, LitUiError } from '../errors.js';
import type { WidgetIdType } from '../protocol/elements.js';

/**
 * Streamlit's form rules for a widget about to be written into form
 * `formId` (or outside forms): a submit button only inside a form, no
 * `button`, `chatInput` or `downloadButton` inside one, and inside a form only the submit
 * button may have a callback.
 * @throws LitUiError `SubmitButtonOutsideForm`, `ButtonInForm` or `InvalidFormCallback`.
 */
export function checkFormPlacement(
  def: { readonly type: WidgetIdType; readonly label: string; readonly callback?: unknown },
  formId: string | undefined,
): void {
  if (def.type === 'formSubmitButton') {
    if (!formId) {
      throw new LitUiError(ErrorCode.SubmitButtonOutsideForm, `st.formSubmitButton("${def.label}") must be used inside an st.form().`);
    }
    return;
  }
  if (!formId) return;
  if (def.type === 'button' || def.type === 'chatInput' || def.type === 'downloadButton') {
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
