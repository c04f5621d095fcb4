import type { App } from '../app.js';
import { ErrorCode, LitUiError } from '../errors.js';

/**
 * The error a page shows when run on save could not load the app's edited
 * module: code `AppReloadFailed`, the loader's message (with its file and
 * line where the loader gives them), and that the previous code still runs.
 *
 * @param error - What loading the module threw.
 * @returns A LitUiError whose stack, shown with `showErrorDetails`, is the loader's.
 */
export function reloadError(error: unknown): LitUiError {
  const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const wrapped = new LitUiError(
    ErrorCode.AppReloadFailed,
    `The app's code failed to load after a change, so the code that loaded last is still running. Fix it and save again.\n${cause}`,
  );
  if (error instanceof Error && error.stack) wrapped.stack = error.stack;
  return wrapped;
}

/**
 * `app` with `error` shown above its output: the script writes
 * `st.exception(error)` first, then runs as before (run on save keeps the
 * last good code serving while the edited module does not load).
 *
 * @param app - The app that loaded last.
 * @param error - The error to show (see {@link reloadError}).
 */
export function withReloadError(app: App<object>, error: LitUiError): App<object> {
  return {
    kind: 'lit-ui-app',
    options: app.options,
    script: (st) => {
      st.exception(error);
      return app.script(st);
    },
  };
}
