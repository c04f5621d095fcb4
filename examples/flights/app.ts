/**
 * The flights explorer: 200,000 flights from `vega-datasets`' Arrow file,
 * or 3,000,000 from its Parquet file (picked in the sidebar), in
 * a server-paged table (scroll to the last row, sort any column on the
 * server), filtered with sidebar widgets and by the delay bars picked in
 * the chart; select rows in the table to annotate them in an editable table
 * below; and the airports of a state on a map (`vega-datasets`' airports.csv).
 */
import { defineApp, type DeltaGenerator } from '@lit-ui/core';
import { loadAirports } from './airports.js';
import { delayHistogram, filterFlights, loadFlights } from './data.js';
import { loadFlights3m } from './parquet.js';

/** One note on a flight, as the annotations editor holds it. */
export interface FlightNote {
  readonly flight: number;
  readonly delay: number;
  readonly flagged: boolean;
  readonly note: string;
}

/** Session state of the flights explorer. */
export interface FlightsState {
  notes?: Record<number, FlightNote>;
}

/** The delay histogram: one bar per 15-minute bucket; clicked bars are a point selection (`bars`) that filters the table. */
const delayChart = {
  height: 220,
  mark: { type: 'bar', tooltip: true },
  params: [{ name: 'bars', select: { type: 'point', fields: ['Delay (min)'] } }],
  encoding: {
    x: { field: 'Delay (min)', type: 'ordinal', axis: { labelAngle: 0 } },
    y: { field: 'Flights', type: 'quantitative' },
    opacity: { condition: { param: 'bars', value: 1 }, value: 0.35 },
  },
};

/** The datasets the sidebar offers: 200,000 flights (Arrow IPC) or 3,000,000 (Parquet). */
const DATASETS = ['200k · Arrow', '3M · Parquet'] as const;

export default defineApp<FlightsState>(async (st) => {
  st.setPageConfig({ layout: 'wide', pageTitle: 'lit-ui flights' });
  st.title('✈️ Flights');

  st.sidebar.header('Filter the flights');
  const dataset = st.sidebar.segmentedControl('Flights', DATASETS, { default: DATASETS[0], key: 'dataset' });
  const flights = dataset === DATASETS[1] ? await st.spinner('Reading 3,000,000 flights from Parquet…', () => loadFlights3m()) : await loadFlights();
  const distance = st.sidebar.slider('Distance (miles)', { minValue: 0, maxValue: 5000, value: [0, 5000], step: 50, key: 'distance' });
  const minDelay = st.sidebar.slider('Minimum delay (minutes)', {
    minValue: -60,
    maxValue: 300,
    value: -60,
    step: 5,
    key: 'minDelay',
    help: 'At -60, flights of any delay (early ones included).',
  });
  const filter = { dataset: dataset ?? DATASETS[0], distance, minDelay: minDelay <= -60 ? -Infinity : minDelay };
  const filtered = await filterFlights(flights, filter);

  st.subheader('Delays');
  st.caption('Click a bar to show only its flights (shift-click for several; double-click to clear).');
  const { selection: picked } = st.vegaLiteChart(delayHistogram(filtered.delay), delayChart, { onSelect: 'rerun', key: 'delayBars' });
  const buckets = (picked['bars'] as { 'Delay (min)': number }[]).map((bar) => bar['Delay (min)']);
  const shown = buckets.length > 0 ? await filterFlights(flights, { ...filter, buckets }) : filtered;

  const [count, share] = st.columns(2, { border: true });
  count.metric('Flights shown', shown.delay.length.toLocaleString('en-US'), { help: `of ${flights.numRows.toLocaleString('en-US')} flights` });
  share.metric('Delayed over 15 min', `${Math.round((100 * shown.delay.filter((d) => d > 15).length) / Math.max(1, shown.delay.length))}%`);

  st.subheader('Every flight');
  st.caption('Scroll to the last row, click a header to sort on the server, select rows to annotate them below.');
  const { selection } = st.dataframe(shown, {
    height: 420,
    key: 'picked',
    onSelect: 'rerun',
    selectionMode: 'multi-row',
    columnConfig: {
      delay: st.columnConfig.NumberColumn('Delay', { format: '%d min', help: 'Arrival delay in minutes (negative: early)' }),
      distance: st.columnConfig.NumberColumn('Distance', { format: '%d mi' }),
      time: st.columnConfig.ProgressColumn('Time of day', { minValue: 0, maxValue: 24, format: '%.2f h' }),
    },
  });

  st.subheader('Notes on the selected flights');
  if (selection.rows.length === 0) st.info('Select flights in the table (the check boxes at the left) to annotate them.');
  else annotate(st, selection.rows, shown.delay);

  st.subheader('Airports');
  const airports = await loadAirports();
  const states = [...new Set(airports.map((a) => a.state))].sort();
  const state = st.selectbox('State', states, { index: states.indexOf('CA'), key: 'state' });
  const inState = airports.filter((a) => a.state === state);
  st.caption(`${inState.length} airports in ${state ?? 'no state'}; each circle is 3 km across.`);
  st.map(inState, { size: 1500, height: 420 });
});

/** The editable notes on the selected flights (rows of the shown table), kept in session state across selections. */
function annotate(st: DeltaGenerator<FlightsState>, rows: readonly number[], delays: Int16Array): void {
  const kept = st.sessionState.notes ?? {};
  const notes: FlightNote[] = rows.map((row) => kept[row] ?? { flight: row, delay: delays[row] ?? 0, flagged: false, note: '' });
  const edited = st.dataEditor(notes, {
    key: 'notes-editor',
    hideIndex: true,
    disabled: ['flight', 'delay'],
    columnConfig: {
      flight: st.columnConfig.NumberColumn('Flight #'),
      delay: st.columnConfig.NumberColumn('Delay', { format: '%d min' }),
      flagged: st.columnConfig.CheckboxColumn('Flag'),
      note: st.columnConfig.TextColumn('Note', { maxChars: 120 }),
    },
  });
  st.sessionState.notes = { ...kept, ...Object.fromEntries(edited.map((n) => [n.flight, n])) };
  const flagged = edited.filter((n) => n.flagged).length;
  st.caption(`${edited.length} selected, ${flagged} flagged.`);
}
