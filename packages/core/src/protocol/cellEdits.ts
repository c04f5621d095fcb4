import type { ColumnConfigWire, DataColumn, JsonValue } from './elements.js';

/**
 * Checks one edited cell of an `st.dataEditor` against its column's type
 * and configuration, as Streamlit's column types validate edits: numbers
 * within `minValue`/`maxValue`, text within `maxChars` and matching
 * `validate`, select box values among `options`, ISO dates, booleans, and
 * no empty cell in a `required` column. The server checks every edit with
 * it; the browser uses it to show the problem in the cell at once.
 *
 * @returns the problem in words, or undefined when the value fits.
 */
export function cellProblem(value: JsonValue, column: DataColumn, config: ColumnConfigWire | undefined): string | undefined {
  if (value === null) return config?.required ? 'a value is required' : undefined;
  const kind = config?.kind;
  if (kind === 'selectbox' && config?.options) {
    return config.options.some((o) => JSON.stringify(o) === JSON.stringify(value)) ? undefined : `${JSON.stringify(value)} is not one of the options`;
  }
  switch (column.type) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `expected a number, got ${JSON.stringify(value)}`;
      const min = typeof config?.minValue === 'number' ? config.minValue : undefined;
      const max = typeof config?.maxValue === 'number' ? config.maxValue : undefined;
      if (min !== undefined && value < min) return `${value} is below the minimum ${min}`;
      if (max !== undefined && value > max) return `${value} is above the maximum ${max}`;
      return undefined;
    }
    case 'bigint':
      return typeof value === 'string' && /^-?\d+$/.test(value) ? undefined : `expected an integer, got ${JSON.stringify(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `expected true or false, got ${JSON.stringify(value)}`;
    case 'date':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? undefined : `expected a date (ISO 8601), got ${JSON.stringify(value)}`;
    case 'time':
      return typeof value === 'string' && /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)
        ? undefined
        : `expected a time (HH:MM:SS), got ${JSON.stringify(value)}`;
    case 'string': {
      if (typeof value !== 'string') return `expected text, got ${JSON.stringify(value)}`;
      if (config?.maxChars !== undefined && value.length > config.maxChars) return `longer than ${config.maxChars} characters`;
      if (config?.validate !== undefined) {
        try {
          if (!new RegExp(config.validate).test(value)) return `does not match ${config.validate}`;
        } catch {
          return undefined;
        }
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * What the user typed into a cell, as a wire value of the column's type:
 * numbers parsed (`'1,234.5'` → 1234.5; not a number stays text, for
 * {@link cellProblem} to refuse), `''` → null, `true`/`false` for booleans.
 */
export function parseCellInput(text: string, column: DataColumn): JsonValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  switch (column.type) {
    case 'number': {
      const n = Number(trimmed.replace(/,/g, ''));
      return Number.isFinite(n) ? n : text;
    }
    case 'boolean':
      return trimmed === 'true' ? true : trimmed === 'false' ? false : text;
    case 'list':
    case 'object':
      try {
        return JSON.parse(trimmed) as JsonValue;
      } catch {
        return text;
      }
    default:
      return text;
  }
}
