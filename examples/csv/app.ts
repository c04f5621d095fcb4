/**
 * "Upload a CSV, explore it, download the result" — the first data app
 * people build. The file travels over HTTP to the runtime's media storage
 * (never through the WebSocket); d3-dsv parses it; a column filter, a chart
 * and a table explore it; the filtered rows download as CSV, produced only
 * when the button is clicked. Without an upload, a sample from vega-datasets
 * can be explored instead.
 */
import { readFile } from 'node:fs/promises';
import { cacheData, defineApp, type UploadedFile } from '@lit-ui/core';
import { autoType, csvFormat, csvParse, type DSVRowArray } from 'd3-dsv';

/** A parsed row: numbers, dates and strings as d3-dsv's `autoType` reads them. */
export type CsvRow = Record<string, string | number | Date | null>;

/** Parses CSV text with typed cells; `null` for empty cells. */
export function parseCsv(text: string): { rows: CsvRow[]; columns: string[] } {
  const parsed = csvParse(text, autoType) as DSVRowArray & CsvRow[];
  return { rows: [...parsed], columns: parsed.columns };
}

const loadSample = cacheData(async () => readFile(new URL('../../node_modules/vega-datasets/data/seattle-weather.csv', import.meta.url), 'utf8'));

/** The text of the upload, or of the sample when asked for. */
async function source(file: UploadedFile | null, useSample: boolean): Promise<{ name: string; text: string } | null> {
  if (file) return { name: file.name, text: await file.text() };
  return useSample ? { name: 'seattle-weather.csv', text: await loadSample() } : null;
}

export default defineApp(async (st) => {
  st.title('CSV explorer');
  st.caption('Upload a CSV, filter it, chart it, and download the rows you kept.');
  const file = st.fileUploader('CSV file', { type: ['csv', 'text/csv'], maxUploadSize: 50, help: 'Parsed in the server with d3-dsv.' });
  const useSample = file === null && st.checkbox('Or explore the Seattle weather sample');
  const data = await source(file, useSample);
  if (!data) {
    st.info('Upload a CSV file to start.');
    return;
  }
  let table: { rows: CsvRow[]; columns: string[] };
  try {
    table = parseCsv(data.text);
  } catch (error) {
    st.error(`${data.name} could not be parsed: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (table.columns.length === 0) {
    st.warning(`${data.name} has no columns.`);
    return;
  }
  const numeric = table.columns.filter((c) => table.rows.some((r) => typeof r[c] === 'number'));
  const text = table.columns.filter((c) => !numeric.includes(c));

  st.subheader(data.name);
  const [left, right] = st.columns(2);
  const column = left.selectbox('Filter by column', table.columns, { key: 'filter_column' });
  const needle = right.textInput('contains', { key: 'filter_text', placeholder: 'text or number' });
  const rows = needle
    ? table.rows.filter((r) =>
        String(r[column] ?? '')
          .toLowerCase()
          .includes(needle.toLowerCase()),
      )
    : table.rows;
  st.metric('Rows kept', rows.length, { delta: rows.length - table.rows.length || undefined });

  if (numeric.length > 0) {
    const y = st.multiselect('Chart columns', numeric, { default: numeric.slice(0, 2), key: 'chart_columns' });
    const x = text.find((c) => rows.some((r) => r[c] instanceof Date)) ?? table.columns.find((c) => rows.some((r) => r[c] instanceof Date));
    if (y.length > 0) st.lineChart(rows.map(toJsonRow), { ...(x ? { x } : {}), y, height: 300 });
  }
  st.dataframe(rows.map(toJsonRow), { height: 320 });
  st.downloadButton('Download the filtered rows', () => csvFormat(rows), {
    fileName: `${data.name.replace(/\.csv$/i, '')}-filtered.csv`,
    mime: 'text/csv',
    onClick: 'ignore',
    icon: '⬇️',
  });
});

/** Dates as ISO days, so the table and chart show them and the wire carries JSON. */
function toJsonRow(row: CsvRow): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(row)) out[key] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  return out;
}
