import { LitUiError } from '../errors.js';
import { display } from '../protocol/elementSpec.js';
import type { ElementProtoOf } from '../protocol/elements.js';
import { makeProto } from './proto.js';

/** `st.exception` in the element map; its AppTest value is the message. */
export const exceptionElements = {
  /** `st.exception`, and every uncaught error of a run, as Streamlit's `st.exception`. */
  exception: display<
    {
      /** Error class name, e.g. `'TypeError'`. */
      name: string;
      /** The error's message. */
      message: string;
      /** Stable error code when the error is lit-ui's own, e.g. `'DuplicateWidgetID'`. */
      code?: string;
      /** Stack lines, only when the runtime's `showErrorDetails` level shows them (`'full'`, `'stacktrace'`). */
      stack?: string[];
      /** True for warnings shown as exceptions (Streamlit's StreamlitAPIWarning). */
      isWarning?: boolean;
      /**
       * Correlation id of an uncaught error whose details were hidden from the
       * page (`showErrorDetails` below `'full'`): the server logged the whole
       * error under this id.
       */
      errorId?: string;
    },
    string
  >((proto) => proto.message),
};

/**
 * How much of an uncaught error the browser sees, as Streamlit's
 * `client.showErrorDetails`:
 * - `'full'`: type, message and stack trace;
 * - `'stacktrace'`: type and stack trace, a generic message;
 * - `'type'`: type (and lit-ui's error code), a generic message;
 * - `'none'`: a generic message only.
 *
 * Below `'full'` the page also shows a correlation id under which the whole
 * error was logged on the server (the runtime's `logger`).
 */
export type ErrorDetailsLevel = 'full' | 'stacktrace' | 'type' | 'none';

/** Every {@link ErrorDetailsLevel}, most to least revealing. */
export const ERROR_DETAILS_LEVELS: readonly ErrorDetailsLevel[] = ['full', 'stacktrace', 'type', 'none'];

/** Where uncaught errors are shown and reported: a session (or any host) with a level and a logger behind it. */
export interface ErrorReporter {
  readonly showErrorDetails: ErrorDetailsLevel;
  /** Logs the whole error server-side; returns the correlation id the page shows. */
  reportError(error: unknown): string;
}

/** What the page says instead of a hidden message (Streamlit's wording, plus where the details went). */
export const REDACTED_ERROR_MESSAGE =
  'This app has encountered an error. The original error message is redacted to prevent data leaks. ' +
  'Full error details have been recorded in the server log.';

/** True when `level` (or the legacy boolean) shows stack traces. */
function showsStack(level: boolean | ErrorDetailsLevel): boolean {
  return level === true || level === 'full' || level === 'stacktrace';
}

/** Stack lines of `e` without lit-ui's own frames (they only show how the runner called the script). */
function stackLines(e: Error): string[] | undefined {
  const lines = (e.stack ?? '')
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .filter((line) => line && !line.includes('/node_modules/@lit-ui/') && !line.includes('/packages/core/'));
  return lines.length > 0 ? lines : undefined;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Proto of an error the app chose to show — `st.exception(e)`, `st.write(e)`
 * — or of lit-ui's own advice to the developer: the class name, message and
 * lit-ui error code always (the app decided to show them, as Streamlit's
 * `st.exception`); stack lines only when `details` shows stacks (`'full'`,
 * `'stacktrace'`, or the legacy `true`), because they reveal server paths.
 *
 * @param error - Anything thrown; non-errors are shown as `Error(String(error))`.
 * @param details - The runtime's level, or a boolean (`true`: with stack).
 * @param isWarning - Show it yellow, as Streamlit's StreamlitAPIWarning.
 * @example exceptionProto(new TypeError('bad'), 'none') // { name: 'TypeError', message: 'bad' }
 */
export function exceptionProto(error: unknown, details: boolean | ErrorDetailsLevel, isWarning = false): ElementProtoOf<'exception'> {
  const e = asError(error);
  return makeProto('exception', {
    name: e.name || 'Error',
    message: e.message,
    code: e instanceof LitUiError ? e.code : undefined,
    stack: showsStack(details) ? stackLines(e) : undefined,
    isWarning: isWarning || undefined,
  });
}

/**
 * Proto of an error the app script did not catch (in the script, a callback
 * or a fragment), redacted to the host's {@link ErrorDetailsLevel} as
 * Streamlit's uncaught-exception handling. The whole error is reported
 * (logged) at every level; below `'full'` the proto carries the correlation
 * id (`errorId`) so that an operator can find it in the log.
 *
 * @param error - What the script threw.
 * @param reporter - The session: its level and its logger.
 * @example uncaughtExceptionProto(new Error('db password=x failed'), session) // at 'none': generic message + errorId
 */
export function uncaughtExceptionProto(error: unknown, reporter: ErrorReporter): ElementProtoOf<'exception'> {
  const level = reporter.showErrorDetails;
  const errorId = reporter.reportError(error);
  if (level === 'full') return exceptionProto(error, level);
  const e = asError(error);
  const typeShown = level !== 'none';
  return makeProto('exception', {
    name: typeShown ? e.name || 'Error' : 'Error',
    message: REDACTED_ERROR_MESSAGE,
    code: typeShown && e instanceof LitUiError ? e.code : undefined,
    stack: level === 'stacktrace' ? stackLines(e) : undefined,
    errorId,
  });
}
