import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ColumnConfigWire, DataColumn, JsonValue } from '@lit-ui/core/protocol';
import { inlineStyle, type StyleProperties } from '../../directives/inlineStyle.js';
import { formatWidgetNumber } from '../widgets/widgetNumber.js';
import { formatCell, formatDate } from './cells.js';

/** Widths of Streamlit's named column widths, in px. */
const NAMED_WIDTHS = { small: 75, medium: 200, large: 400 } as const;

/** The configured width of a column in px, if any. */
export function configuredWidth(config: ColumnConfigWire | undefined): number | undefined {
  const width = config?.width;
  if (width === undefined) return undefined;
  return typeof width === 'number' ? width : NAMED_WIDTHS[width];
}

/** True for URLs a link or an image may point to (http, https, mailto; images also `data:image/`). */
export function safeUrl(url: string, image = false): boolean {
  return /^(https?:|mailto:)/i.test(url) ? !(image && /^mailto:/i.test(url)) : image && /^data:image\/(png|jpe?g|gif|webp|svg\+xml);/i.test(url);
}

/** The text of a link cell: `displayText` as is, or the first group of it taken as a regular expression over the URL. */
export function linkText(url: string, displayText: string | undefined): string {
  if (!displayText) return url;
  if (!displayText.includes('(')) return displayText;
  try {
    return new RegExp(displayText).exec(url)?.[1] ?? url;
  } catch {
    return displayText;
  }
}

/**
 * A date/time in wire form (ISO) shown with a Streamlit date `format`:
 * `'localized'`, `'iso8601'`, `'distance'` (`3 days ago`), or tokens
 * `YYYY MM DD HH mm ss` (the wall-clock time as the ISO text has it).
 */
export function formatDateWith(iso: string, format: string | undefined, now = Date.now()): string {
  if (!format) return formatDate(iso);
  if (format === 'iso8601') return iso;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}):(\d{2}))?/.exec(iso);
  if (format === 'localized') {
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
    return Number.isNaN(date.getTime()) ? iso : m?.[4] === undefined ? date.toLocaleDateString() : date.toLocaleString();
  }
  if (format === 'distance') {
    const ms = new Date(iso).getTime() - now;
    if (Number.isNaN(ms)) return iso;
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ['year', 31_536_000_000],
      ['month', 2_592_000_000],
      ['day', 86_400_000],
      ['hour', 3_600_000],
      ['minute', 60_000],
    ];
    const [unit, size] = units.find(([, size]) => Math.abs(ms) >= size) ?? ['second', 1000];
    return new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(Math.round(ms / size), unit);
  }
  if (!m) return iso;
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = m;
  return format.replace(/YYYY|MM|DD|HH|mm|ss/g, (token) => ({ YYYY: year!, MM: month!, DD: day!, HH: hour, mm: minute, ss: second })[token] ?? token);
}

function numbers(value: JsonValue | undefined): number[] {
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)) : [];
}

/** A sparkline (line, area or bars) of an array of numbers, as Streamlit's chart columns. */
function sparkline(kind: 'lineChart' | 'areaChart' | 'barChart', value: JsonValue | undefined, config: ColumnConfigWire): TemplateResult {
  const ys = numbers(value);
  if (ys.length === 0) return html``;
  const lo = config.yMin ?? Math.min(0, ...ys);
  const hi = config.yMax ?? Math.max(...ys);
  const span = hi - lo || 1;
  const y = (v: number) => 20 - ((Math.min(hi, Math.max(lo, v)) - lo) / span) * 18 - 1;
  const step = ys.length > 1 ? 100 / (ys.length - 1) : 0;
  let shape;
  if (kind === 'barChart') {
    const w = 100 / ys.length;
    shape = ys.map((v, i) => svg`<rect x=${i * w + w * 0.1} y=${y(v)} width=${w * 0.8} height=${Math.max(0, 19 - y(v))}></rect>`);
  } else {
    const points = ys.map((v, i) => `${(i * step).toFixed(2)},${y(v).toFixed(2)}`).join(' ');
    shape =
      kind === 'areaChart'
        ? svg`<polygon points=${`0,19 ${points} ${((ys.length - 1) * step).toFixed(2)},19`}></polygon><polyline points=${points}></polyline>`
        : svg`<polyline points=${points}></polyline>`;
  }
  return html`<svg class="lu-df-spark lu-df-spark--${kind}" viewBox="0 0 100 20" preserveAspectRatio="none" role="img"
    aria-label=${ys.join(', ')}>${shape}</svg>`;
}

/**
 * The content of one cell under its column configuration (a progress bar,
 * a link, an image, chips, a sparkline, a formatted number or date), or
 * undefined when the plain formatting applies.
 */
export function configuredCell(
  value: JsonValue | undefined,
  column: DataColumn,
  config: ColumnConfigWire | undefined,
): { content: unknown; cls: string; title?: string } | undefined {
  if (!config || value === null || value === undefined) return undefined;
  switch (config.kind) {
    case 'number':
      if (typeof value !== 'number' || !config.format) return undefined;
      return { content: formatWidgetNumber(value, config.format, 1, false), cls: 'number' };
    case 'progress': {
      if (typeof value !== 'number') return undefined;
      const min = typeof config.minValue === 'number' ? config.minValue : 0;
      const max = typeof config.maxValue === 'number' ? config.maxValue : 100;
      const share = Math.min(1, Math.max(0, (value - min) / (max - min || 1)));
      const text = config.format ? formatWidgetNumber(value, config.format, 1, false) : formatCell(value, 'number').text;
      return {
        content: html`<span class="lu-df-bar" role="progressbar" aria-label=${config.label ?? column.name} aria-valuenow=${value} aria-valuemin=${min} aria-valuemax=${max}
            ><span style=${inlineStyle({ width: `${(share * 100).toFixed(1)}%` })}></span></span
          ><span class="lu-df-bar-text">${text}</span>`,
        cls: 'progress',
      };
    }
    case 'link': {
      if (typeof value !== 'string') return undefined;
      const text = linkText(value, config.displayText);
      return safeUrl(value)
        ? { content: html`<a href=${value} target="_blank" rel="noopener noreferrer">${text}</a>`, cls: 'link', title: value }
        : { content: text, cls: 'string', title: value };
    }
    case 'image':
      if (typeof value !== 'string' || !safeUrl(value, true)) return undefined;
      return { content: html`<img class="lu-df-img" src=${value} alt="" loading="lazy" />`, cls: 'image' };
    case 'lineChart':
    case 'areaChart':
    case 'barChart':
      return { content: sparkline(config.kind, value, config), cls: 'chart' };
    case 'list':
      if (!Array.isArray(value)) return undefined;
      return {
        content: value.map((item) => html`<span class="lu-df-chip">${typeof item === 'string' ? item : JSON.stringify(item)}</span>`),
        cls: 'list',
        title: value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', '),
      };
    case 'date':
    case 'datetime':
    case 'time':
      if (typeof value !== 'string' || !config.format) return undefined;
      return { content: column.type === 'time' ? value : formatDateWith(value, config.format), cls: 'date' };
    case 'json':
      return { content: JSON.stringify(value), cls: 'object', title: JSON.stringify(value, null, 2) };
    default:
      return undefined;
  }
}

/** Header label and tooltip of a column. */
export function headerOf(column: DataColumn, config: ColumnConfigWire | undefined): { label: string; title: string | typeof nothing } {
  return { label: config?.label ?? column.name, title: config?.help ?? column.name };
}

/**
 * A data cell of the table: a configured cell (column config), a check box
 * for booleans, else the formatted value; `classes` adds the cell's state
 * (pinned, selected, the keyboard cursor), `style` its width and offset.
 */
export function dataCell(
  value: JsonValue | undefined,
  column: DataColumn,
  config: ColumnConfigWire | undefined,
  c: number,
  style: StyleProperties,
  classes: string,
): TemplateResult {
  const custom = configuredCell(value, column, config);
  if (custom) {
    return html`<div class="lu-df-cell lu-df-${custom.cls}${classes}" role="cell" aria-colindex=${c + 2} title=${custom.title ?? nothing} style=${inlineStyle(style)}>
      ${custom.content}
    </div>`;
  }
  const view = formatCell(value, column.type);
  if (view.kind === 'boolean') {
    return html`<div class="lu-df-cell lu-df-bool${classes}" role="cell" aria-colindex=${c + 2} style=${inlineStyle(style)}>
      <span class="lu-df-check" role="img" aria-label=${view.text} ?data-checked=${value === true}></span>
    </div>`;
  }
  const title = view.kind === 'string' || view.kind === 'object' ? view.text : nothing;
  return html`<div class="lu-df-cell lu-df-${view.kind}${classes}" role="cell" aria-colindex=${c + 2} title=${title} style=${inlineStyle(style)}>${view.text}</div>`;
}

/** Inline style of a cell: its width, and its left offset when pinned (px). */
export function cellStyle(width: number, pinLeft: number | undefined): StyleProperties {
  return pinLeft === undefined ? { width: `${width}px` } : { width: `${width}px`, left: `${pinLeft}px` };
}

/** The row-selection check box cell of data row `index` (empty while the row loads). */
export function rowSelectCell(index: number | undefined, selected: boolean, toggle: (index: number) => void): TemplateResult {
  return html`<div class="lu-df-cell lu-df-select" role="cell">
    ${index === undefined ? nothing : html`<input type="checkbox" .checked=${selected} aria-label=${`Select row ${index}`} @change=${() => toggle(index)} />`}
  </div>`;
}
