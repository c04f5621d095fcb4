import type { JsonObject, JsonValue } from '@lit-ui/core/protocol';

const MARK_NAMES: Record<string, string> = {
  line: 'Line chart',
  bar: 'Bar chart',
  area: 'Area chart',
  circle: 'Scatter chart',
  point: 'Scatter chart',
  square: 'Scatter chart',
  tick: 'Strip chart',
  rect: 'Heat map',
  arc: 'Pie chart',
  rule: 'Rule chart',
  text: 'Text chart',
  trail: 'Line chart',
  boxplot: 'Box plot',
  geoshape: 'Map',
};

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of a Vega-Lite `title` (a string, a list of lines, or `{ text }`). */
function titleText(title: JsonValue | undefined): string | undefined {
  if (typeof title === 'string') return title.trim() || undefined;
  if (Array.isArray(title)) return title.filter((t) => typeof t === 'string').join(' ') || undefined;
  if (isObject(title)) return titleText(title['text']);
  return undefined;
}

/** How a channel reads: its title, else its field; `undefined` when it has neither (or the title is turned off). */
function channelName(channel: JsonValue | undefined): string | undefined {
  if (!isObject(channel)) return undefined;
  if (typeof channel['title'] === 'string') return channel['title'];
  if (channel['title'] === null) return typeof channel['field'] === 'string' ? channel['field'] : undefined;
  return typeof channel['field'] === 'string' ? channel['field'] : undefined;
}

/** The distinct values of `field` in inline data, in order of first appearance (at most `max`, then `…`). */
function categories(values: JsonValue[], field: string, max: number): string[] {
  const seen = new Set<string>();
  for (const row of values) {
    if (!isObject(row)) continue;
    const v = row[field];
    if (v === undefined || v === null || typeof v === 'object') continue;
    seen.add(String(v));
    if (seen.size > max) break;
  }
  const list = [...seen];
  return list.length > max ? [...list.slice(0, max), '…'] : list;
}

/**
 * A one-sentence text alternative of a Vega-Lite chart, for screen readers
 * (the chart itself is a canvas): the spec's own `description` when it has
 * one (as Vega-Lite's ARIA support uses it), else what it shows — kind,
 * title, the y field against the x field, the color field with its first
 * categories, and how many data points.
 *
 * @param spec - A Vega-Lite spec, data inline or not.
 * @returns E.g. `"Scatter chart of Miles per gallon by Horsepower, colored by Origin (USA, Europe, Japan), 392 data points."`
 *
 * @example
 * chartSummary({ mark: 'bar', encoding: { x: { field: 'a' }, y: { field: 'b' } }, data: { values: [{ a: 1, b: 2 }] } });
 * // "Bar chart of b by a, 1 data point."
 */
export function chartSummary(spec: JsonObject): string {
  if (typeof spec['description'] === 'string' && spec['description'].trim() !== '') return spec['description'].trim();
  const mark = spec['mark'];
  const markType = typeof mark === 'string' ? mark : isObject(mark) && typeof mark['type'] === 'string' ? mark['type'] : undefined;
  const kind = markType === undefined ? 'Chart' : (MARK_NAMES[markType] ?? 'Chart');
  const title = titleText(spec['title']);
  const encoding = isObject(spec['encoding']) ? spec['encoding'] : {};
  const x = channelName(encoding['x']);
  const y = channelName(encoding['y']);
  let text = title ? `${kind}: ${title}` : kind;
  if (y && x) text += ` of ${y} by ${x}`;
  else if (y ?? x) text += ` of ${y ?? x}`;
  const data = spec['data'];
  const values = isObject(data) && Array.isArray(data['values']) ? data['values'] : undefined;
  const color = encoding['color'];
  const colorField = isObject(color) && typeof color['field'] === 'string' ? color['field'] : undefined;
  if (colorField) {
    const named = channelName(color) ?? colorField;
    const list = values ? categories(values, colorField, 8) : [];
    text += `, colored by ${named}${list.length > 0 ? ` (${list.join(', ')})` : ''}`;
  }
  if (values) text += `, ${values.length} data point${values.length === 1 ? '' : 's'}`;
  return `${text}.`;
}
