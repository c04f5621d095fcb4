import { isWidgetProto, LitUiError } from '@lit-ui/core/protocol';
import type { ClientBlock, JsonValue } from '@lit-ui/core/protocol';
import type { WidgetProto } from '../renderers/types.js';

/** Widgets only the user can press: a host page cannot set them (as Streamlit's StreamlitValueAssignmentNotAllowedError). */
const USER_ONLY = new Set(['button', 'formSubmitButton', 'chatInput', 'downloadButton']);

/** The widgets of a session's tree that have a `key`, by key (the first one shown wins; keys are unique per page). */
export function widgetsByKey(roots: readonly ClientBlock[]): Map<string, WidgetProto> {
  const found = new Map<string, WidgetProto>();
  const visit = (block: ClientBlock): void => {
    for (const child of block.children) {
      if (child.kind === 'block') visit(child);
      else if (isWidgetProto(child.proto) && typeof child.proto.key === 'string' && !found.has(child.proto.key)) {
        found.set(child.proto.key, child.proto);
      }
    }
  };
  for (const root of roots) visit(root);
  return found;
}

/** Option widgets take their option texts (as `lit-ui-change` reports them) or indices; the wire wants indices. */
function wireValue(proto: WidgetProto, value: JsonValue): JsonValue | undefined {
  const options = proto['options'];
  if (!Array.isArray(options)) return value;
  const index = (v: JsonValue): number | undefined => {
    if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v < options.length ? v : undefined;
    const at = options.indexOf(v);
    return at >= 0 ? at : undefined;
  };
  if (Array.isArray(value)) {
    const indices = value.map(index);
    return indices.every((i) => i !== undefined) ? indices : undefined;
  }
  if (value === null) return null;
  return index(value);
}

/**
 * Checks the values a host page sets by widget key, and turns them into
 * the widget changes the app would get from the user.
 *
 * @param widgets - The page's keyed widgets ({@link widgetsByKey}).
 * @param values - `{ key: value }`; option widgets take option texts or indices, others the value `lit-ui-change` reports.
 * @returns One `[proto, value]` change per key, in the object's order.
 * @throws LitUiError `InvalidArgument` naming every key no widget on the page has, every button-like widget (only the user can press it), and every option text the widget does not offer.
 */
export function hostChanges(widgets: ReadonlyMap<string, WidgetProto>, values: Readonly<Record<string, JsonValue>>): [WidgetProto, JsonValue][] {
  const changes: [WidgetProto, JsonValue][] = [];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const proto = widgets.get(key);
    if (proto === undefined) problems.push(`no widget with key '${key}' is on the page`);
    else if (USER_ONLY.has(proto.type)) problems.push(`'${key}' is a ${proto.type}, which only the user can press`);
    else {
      const wire = wireValue(proto, value);
      if (wire === undefined) problems.push(`${JSON.stringify(value)} is not an option of '${key}'`);
      else changes.push([proto, wire]);
    }
  }
  if (problems.length > 0) throw new LitUiError('InvalidArgument', `setState: ${problems.join('; ')}.`);
  return changes;
}
