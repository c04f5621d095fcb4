import type { JsonValue } from '../protocol/elements.js';

/**
 * How a widget's wire value is written in, and read from, the page URL's
 * query string when the widget has `bind: 'query-params'` (as Streamlit's
 * URL formats for bound widgets): one URL value per wire item, repeated
 * keys for lists (`?tags=a&tags=b`, ranges `?price=10&price=90`), and
 * `?key=` (an empty value) for a cleared widget.
 */
export interface UrlFormat {
  /**
   * One URL value ↔ one wire item: `'text'` as is, `'number'`, `'boolean'` (`true`/`false`), `'day'` (an ISO date,
   * `2024-05-01`; the wire holds epoch ms at UTC midnight), `'instant'` (an ISO date-time in UTC, `2024-05-01T13:30`;
   * the wire holds epoch ms), or an option given by its label (the wire holds its index; a label that is no option is
   * handed on as text, which only a widget taking new options accepts).
   */
  readonly item: 'text' | 'number' | 'boolean' | 'day' | 'instant' | { readonly labels: readonly string[] };
  /** The wire value is a list (multiselect, pills, ranges): each item is one repetition of the key. */
  readonly list?: boolean;
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The URL values of a wire value: one per item; `['']` for null or an empty list (the widget was cleared). */
export function urlValuesOf(format: UrlFormat, wire: JsonValue): string[] {
  const items = format.list && Array.isArray(wire) ? wire : [wire];
  if (items.length === 0 || (items.length === 1 && items[0] === null)) return [''];
  return items.map((item) => writeItem(format.item, item));
}

/**
 * The wire value the URL values stand for, to check with the widget's own
 * `deserialize`: anything that does not parse is handed on as it is, so the
 * widget refuses it (`InvalidWidgetValue`). A scalar widget reads the last
 * value of a repeated key, as `st.queryParams` does.
 */
export function wireOfUrlValues(format: UrlFormat, values: readonly string[]): JsonValue {
  if (format.list) return values.length === 1 && values[0] === '' ? [] : values.map((value) => readItem(format.item, value));
  const last = values.at(-1) ?? '';
  return last === '' && format.item !== 'text' ? null : readItem(format.item, last);
}

function writeItem(item: UrlFormat['item'], wire: JsonValue): string {
  if (typeof item === 'object') return typeof wire === 'number' ? (item.labels[wire] ?? String(wire)) : textOf(wire);
  if ((item === 'day' || item === 'instant') && typeof wire === 'number') {
    const iso = new Date(wire).toISOString();
    return item === 'day' ? iso.slice(0, 10) : iso.replace(/(:00)?\.000Z$/, '').replace(/Z$/, '');
  }
  return textOf(wire);
}

/** A scalar as text; a nested list or object (no widget's item is one) as JSON. */
function textOf(wire: JsonValue): string {
  return typeof wire === 'object' && wire !== null ? JSON.stringify(wire) : String(wire);
}

function readItem(item: UrlFormat['item'], value: string): JsonValue {
  if (typeof item === 'object') {
    const index = item.labels.indexOf(value);
    return index >= 0 ? index : value;
  }
  switch (item) {
    case 'text':
      return value;
    case 'number':
      return NUMBER.test(value.trim()) ? Number(value) : value;
    case 'boolean':
      return value.toLowerCase() === 'true' ? true : value.toLowerCase() === 'false' ? false : value;
    case 'day': {
      const ms = DAY.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
      return Number.isNaN(ms) ? value : ms;
    }
    case 'instant': {
      const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value) ? Date.parse(`${value}Z`) : NaN;
      return Number.isNaN(ms) ? value : ms;
    }
  }
}
