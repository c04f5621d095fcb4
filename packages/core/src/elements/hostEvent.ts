import { invalidArgument } from '../errors.js';
import { event } from '../protocol/elementSpec.js';
import type { ElementProtoOf, JsonValue } from '../protocol/elements.js';
import { toJsonValue } from './jsonValue.js';
import { makeProto } from './proto.js';

/** The `event` root's message to the host page: `st.dispatchEvent`. */
export const hostEventElements = {
  /** `st.dispatchEvent`: `<lit-ui-app>` dispatches it as a DOM `CustomEvent` once. Lives in the `event` root. */
  hostEvent: event<{
    /** The event's type, as the host page's `addEventListener` takes it (contains `-` or `:`). */
    name: string;
    /** The event's `detail`: the app's value as JSON. */
    detail: JsonValue;
    /** Changes per call, so a repeat call dispatches again. */
    nonce: string;
  }>(),
};

/** Longest event name `st.dispatchEvent` takes, in characters. */
const MAX_NAME_LENGTH = 100;
/** Letters, digits and `-_.:`, with at least one `-` or `:` so it never reads as a browser event (`click`, `submit`). */
const NAME = /^[A-Za-z][\w.]*(?:[-:][\w.]+)+$/;

/**
 * Proto of `st.dispatchEvent` (event root).
 * @throws LitUiError `InvalidArgument` for a name that is not a custom event name (letters, digits, `-_.:`, with a `-`
 *   or `:`, at most 100 characters) or that starts with `lit-ui-` (the element's own events).
 */
export function hostEventProto(name: unknown, detail: unknown, nonce: string): ElementProtoOf<'hostEvent'> {
  if (typeof name !== 'string' || name.length > MAX_NAME_LENGTH || !NAME.test(name)) {
    throw invalidArgument(
      `st.dispatchEvent() takes a custom event name: letters, digits and -_.: with at least one - or :, at most ${MAX_NAME_LENGTH} characters, e.g. 'order-placed' (got ${JSON.stringify(typeof name === 'string' ? name.slice(0, 120) : String(name))}).`,
    );
  }
  if (name.toLowerCase().startsWith('lit-ui-')) {
    throw invalidArgument(`st.dispatchEvent(): names starting with 'lit-ui-' belong to <lit-ui-app>'s own events (got '${name}').`);
  }
  return makeProto('hostEvent', { name, detail: toJsonValue(detail), nonce });
}
