import { LitUiError } from '../errors.js';
import type { ElementProtoOf } from '../protocol/elements.js';
import { makeProto } from './proto.js';

/**
 * Proto of `st.exception`: the error's class name and message, its lit-ui
 * error code when it has one, and its stack lines when `showDetails` is on.
 */
export function exceptionProto(error: unknown, showDetails: boolean, isWarning = false): ElementProtoOf<'exception'> {
  const e = error instanceof Error ? error : new Error(String(error));
  const stack =
    showDetails && e.stack
      ? e.stack
          .split('\n')
          .slice(1)
          .map((line) => line.trim())
          .filter((line) => line && !line.includes('/node_modules/@lit-ui/') && !line.includes('/packages/core/'))
      : undefined;
  return makeProto('exception', {
    name: e.name || 'Error',
    message: e.message,
    code: e instanceof LitUiError ? e.code : undefined,
    stack: stack && stack.length > 0 ? stack : undefined,
    isWarning: isWarning || undefined,
  });
}
