/**
 * Sample protos of every display element for the gallery, built with
 * core's own proto builders so they match what an app sends.
 */
import type { ElementProto } from '@lit-ui/core/protocol';
import cars from '../../../../node_modules/vega-datasets/data/cars.json';
import { chartProto, vegaLiteProto } from '../../../core/src/elements/charts.js';
import type { DataEntry } from '../../../core/src/data/dataRegistry.js';
import { toDataTable } from '../../../core/src/data/toDataTable.js';
import { dataframeProto, pickColumns, tableProto } from '../../../core/src/elements/data.js';
import { exceptionProto } from '../../../core/src/elements/exception.js';
import { linkButtonProto, pageLinkProto } from '../../../core/src/elements/links.js';
import { metricProto } from '../../../core/src/elements/metric.js';
import { progressProto, spinnerProto } from '../../../core/src/elements/status.js';
import { alertProto, codeProto, headingProto, htmlProto, latexProto, markdownProto, textProto } from '../../../core/src/elements/text.js';

type Car = Record<string, string | number | null>;
const carRows: Car[] = (cars as Car[]).map((c) => ({ ...c, Year: String(c['Year']).slice(0, 10) }));

export const MARKDOWN = `Streamlit-flavoured **markdown** with _emphasis_, ~~strikethrough~~, \`inline code\` and [a link](https://streamlit.io).
Colors: :red[red], :orange[orange], :green[green], :blue[blue], :violet[violet], :gray[gray], :rainbow[rainbow text];
backgrounds: :blue-background[calm], :red-background[**alarm**]; badges :green-badge[new] :orange-badge[beta].
Emoji :rocket: :tada: :fire: and inline math $E = mc^2$.

- A list item
- [x] a finished task
- [ ] an open task

> A blockquote, muted.

| City | Population | Share |
|---|--:|--:|
| Paris | 2,102,650 | 31.5% |
| Lyon | 522,250 | 7.8% |

$$
\\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2}
$$

\`\`\`python
def greet(name: str) -> str:
    return f"Hello, {name}!"  # friendly
\`\`\``;

const CODE = `
import pandas as pd
import streamlit as st

@st.cache_data(ttl="1h")
def load(path: str) -> pd.DataFrame:
    """Read the data set once per hour."""
    return pd.read_csv(path, parse_dates=["date"])

df = load("weather.csv")
st.line_chart(df, x="date", y=["temp_max", "temp_min"], height=300)
`;

const TS_CODE = `export default defineApp(async (st) => {
  const rows = await loadCars(); // a very long line that wraps because wrapLines is on, so nothing is hidden off to the right side
  st.dataframe(rows.filter((c) => c.Horsepower > 100));
});`;

function rethrown(): unknown {
  try {
    JSON.parse('{ "broken": ');
  } catch (error) {
    return error;
  }
  return undefined;
}

const weather = Array.from({ length: 24 }, (_, i) => ({
  month: `2024-${String((i % 12) + 1).padStart(2, '0')}-01`,
  Seattle: Math.round(8 + 7 * Math.sin((i / 12) * Math.PI * 2 - 1.8) + (i > 11 ? 1.2 : 0)),
  Denver: Math.round(10 + 12 * Math.sin((i / 12) * Math.PI * 2 - 1.9)),
})).slice(0, 12);

const sales = ['Q1', 'Q2', 'Q3', 'Q4'].map((quarter, i) => ({ quarter, Online: 120 + i * 35, Retail: 180 - i * 12, Wholesale: 60 + (i % 2) * 25 }));

const big = Array.from({ length: 1000 }, (_, i) => ({
  id: i + 1,
  name: `user_${String(i + 1).padStart(4, '0')}`,
  score: Math.round(((i * 7919) % 1000) * 13.37) / 10,
  active: i % 3 !== 0,
  joined: new Date(Date.UTC(2023, i % 12, (i % 27) + 1, i % 2 ? 9 : 0, i % 2 ? 30 : 0)),
  note: i % 5 === 0 ? null : 'ok',
}));

/** Scenes of the gallery, each a list of protos rendered in order. */
export const scenes: Record<string, ElementProto[]> = {
  text: [
    headingProto('title', 'Display :blue[gallery] :sparkles:'),
    headingProto('header', 'Headers and text', { divider: 'blue', help: 'A **help** tooltip on a header.' }),
    headingProto('subheader', 'A subheader with a rainbow divider', { divider: 'rainbow' }),
    markdownProto('markdown', MARKDOWN, { help: 'Markdown help' }),
    markdownProto('caption', 'A caption: small and muted, with **markdown** and a [link](https://example.com).'),
    textProto('Plain   text keeps   its spacing\nand its line breaks, <b>no markup</b>.'),
    { type: 'divider' },
    codeProto(CODE, { lineNumbers: true }),
    codeProto(TS_CODE, { language: 'ts', wrapLines: true }),
    latexProto('a + ar + ar^2 + \\cdots + ar^{n-1} = \\sum_{k=0}^{n-1} ar^k = a \\left(\\frac{1-r^{n}}{1-r}\\right)'),
    htmlProto(
      '<style>.gallery-html{padding:.5rem 1rem;border:1px dashed #83c9ff;border-radius:.5rem}</style><div class="gallery-html">st.html with <b>its own style</b><img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script></div>',
    ),
  ],
  data: [
    headingProto('header', 'Data'),
    metricProto('Revenue', '$12,345', { delta: '+5.2%' }),
    dataframeProto(sampleEntry('cars', carRows.slice(0, 8))),
    dataframeProto(sampleEntry('big', big), { hideIndex: false }),
    tableProto(
      toDataTable(
        carRows.slice(0, 4).map(({ Name, Miles_per_Gallon, Horsepower, Origin }) => ({ Name, Miles_per_Gallon, Horsepower, Origin })),
        'table',
      ),
    ),
    {
      type: 'json',
      body: {
        name: 'lit-ui',
        version: '0.1.0',
        stars: 1234,
        ratio: 0.75,
        tags: ['streamlit', 'lit', 'typescript'],
        nested: { deep: { deeper: true, nothing: null } },
      },
      expanded: 2,
    },
    { type: 'json', body: [1, 2, { a: 'b' }], expanded: false },
  ],
  metrics: [
    metricProto('Temperature', '70 °F', { delta: '1.2 °F' }),
    metricProto('Wind', '9 mph', { delta: '-8%' }),
    metricProto('Errors', 23, { delta: '-8%', deltaColor: 'inverse', border: true, help: 'Fewer is better' }),
    metricProto('Humidity', '86%', { delta: '4%', deltaColor: 'off', border: true }),
  ],
  status: [
    headingProto('header', 'Status'),
    alertProto('success', 'Data loaded: **406** cars.', { icon: '✅' }),
    alertProto('info', 'Pick an origin in the sidebar to filter the table.'),
    alertProto('warning', 'Some rows have missing `Horsepower` values.', { icon: '⚠️' }),
    alertProto('error', 'Could not reach the weather API. [Retry](#retry)', { icon: ':material/error:' }),
    exceptionProto(rethrown(), true),
    {
      ...exceptionProto(new Error('st.slider() got value 120 outside 0..100; it was clamped.'), false, true),
      name: 'StreamlitAPIWarning',
      code: 'InvalidWidgetValue',
    },
    progressProto(42, 'Downloading :blue[weather.csv] — 42%'),
    progressProto(100),
    spinnerProto('Crunching the numbers…'),
    pageLinkProto('', 'Home', { icon: '🏠' }),
    pageLinkProto('settings', 'Settings', { icon: ':material/settings:', help: 'Open the settings page' }),
    pageLinkProto('https://docs.streamlit.io', 'Streamlit docs', { icon: '📚' }),
    pageLinkProto('admin', 'Admin (disabled)', { icon: '🔒', disabled: true }),
    { type: 'empty' },
  ],
  buttons: [
    linkButtonProto('Open the docs', 'https://docs.streamlit.io', { type: 'primary' }),
    linkButtonProto('GitHub', 'https://github.com'),
    linkButtonProto('Tertiary link', 'https://example.com', { type: 'tertiary' }),
    linkButtonProto('Disabled', 'https://example.com', { disabled: true }),
  ],
  charts: [
    headingProto('header', 'Charts'),
    chartProto('lineChart', weather, { x: 'month', height: 280 }),
    chartProto('barChart', sales, { x: 'quarter', height: 260 }),
    chartProto('areaChart', weather, { x: 'month', height: 240 }),
    chartProto('scatterChart', carRows, { x: 'Horsepower', y: 'Miles_per_Gallon', color: 'Origin', height: 300 }),
    vegaLiteProto(carRows, {
      mark: { type: 'bar', tooltip: true },
      encoding: { x: { field: 'Cylinders', type: 'ordinal' }, y: { aggregate: 'count', type: 'quantitative' }, color: { field: 'Origin' } },
      height: 220,
    }),
    { type: 'vegaLiteChart', spec: { mark: 'nope', encoding: 42 }, useContainerWidth: true },
  ],
};

/** A data entry as the server's registry makes one, for a gallery without a server: only the first window shows. */
function sampleEntry(dataId: string, rows: unknown): DataEntry {
  const table = toDataTable(rows, 'dataframe');
  return { dataId, table, picks: pickColumns(table, undefined, 'dataframe') };
}
