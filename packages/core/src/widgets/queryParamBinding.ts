import { ErrorCode, LitUiError } from '../errors.js';
import type { JsonValue, WidgetIdType } from '../protocol/elements.js';
import type { QueryParams } from '../state/queryParams.js';
import type { SessionState } from '../state/sessionState.js';
import { deepEqual } from '../tree/deepEqual.js';
import { urlValuesOf, wireOfUrlValues } from './urlFormat.js';
import type { WidgetDefinition } from './widgetDefinition.js';

/** A widget bound to the query param named by its key (`bind: 'query-params'`), for the run that creates it. */
export interface QueryParamBinding {
  /** Writes the widget's settled wire value to the URL: removed at the default, `?key=` when cleared. */
  write(wire: JsonValue): void;
}

/**
 * Binds a keyed widget to the query param of the same name, as Streamlit's
 * `bind="query-params"`, before its value is read: when the URL changed
 * since the widget last read or wrote it (a shared link, a reload, back or
 * forward, `st.switchPage` with params, `st.queryParams` set earlier in the
 * run), the URL's value becomes the widget's value, checked by the widget's
 * own `deserialize`. A value that does not fit is ignored (the widget keeps
 * its value, the URL is corrected), as Streamlit's. A value the app set in
 * `st.sessionState[key]` in this run wins over the URL. Returns undefined
 * for a widget without `bind`.
 *
 * @throws LitUiError `InvalidBind` for a `bind` other than `'query-params'`, a widget without `key`, or a widget that cannot be bound.
 */
export function bindQueryParam<V, T extends WidgetIdType>(
  def: WidgetDefinition<V, T>,
  id: string,
  state: SessionState,
  params: QueryParams,
): QueryParamBinding | undefined {
  const { bind, key } = def.options;
  if (bind === undefined) return undefined;
  const command = `st.${def.type}("${def.label}")`;
  if (bind !== 'query-params') throw invalidBind(`${command}: bind takes 'query-params', not ${JSON.stringify(bind)}.`);
  if (key === undefined) {
    throw invalidBind(`${command}: bind: 'query-params' needs a key, the name of the query param, e.g. { key: 'color', bind: 'query-params' }.`);
  }
  const format = def.url;
  if (format === undefined) throw invalidBind(`${command}: st.${def.type} cannot be bound to a query param (its value does not fit a URL).`);
  if (params.bindingChanged(key) && !state.isNewStateValue(key)) {
    const values = params.getAll(key);
    if (values.length === 0) state.resetWidget(id, def.defaultValue);
    else {
      const value = fromUrl(def, wireOfUrlValues(format, values));
      if (value !== undefined) state.resetWidget(id, value.value);
    }
  }
  const defaultWire = def.serialize(def.defaultValue);
  return {
    write: (wire) => params.writeBound(key, deepEqual(wire, defaultWire) ? [] : urlValuesOf(format, wire)),
  };
}

/** The widget's value for a wire value read from the URL, or undefined when the widget refuses it (a URL never ends the run). */
function fromUrl<V, T extends WidgetIdType>(def: WidgetDefinition<V, T>, wire: JsonValue): { value: V } | undefined {
  try {
    return { value: def.deserialize(wire) };
  } catch {
    return undefined;
  }
}

function invalidBind(message: string): LitUiError {
  return new LitUiError(ErrorCode.InvalidBind, message);
}
