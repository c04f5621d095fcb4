/**
 * The flights example's data: `flights-200k.arrow` from the `vega-datasets`
 * package (200,000 US flights: delay in minutes, distance in miles, time of
 * day in hours), read once into an Apache Arrow table that every session
 * shares, and filtered into typed columns (cached by the filter, so sessions
 * asking for the same filter share those too).
 */
import { readFile } from 'node:fs/promises';
import { tableFromIPC, type Table } from 'apache-arrow';
import { cacheData } from '@lit-ui/core';

/** The URL of a file in vega-datasets' `data/` folder. */
function datasetUrl(file: string): URL {
  return new URL(`../data/${file}`, import.meta.resolve('vega-datasets'));
}

/** Every flight, as one Arrow table (cacheData hands Arrow tables out by reference: one copy for all sessions). */
export const loadFlights = cacheData(async (): Promise<Table> => tableFromIPC(await readFile(datasetUrl('flights-200k.arrow'))));

/** What the sidebar asks for, and the delay buckets picked in the chart (none: every bucket). */
export interface FlightFilter {
  /** Which table is filtered (`_flights` is not hashed, so the dataset's name keys the cache). */
  readonly dataset: string;
  readonly distance: readonly [number, number];
  readonly minDelay: number;
  readonly buckets?: readonly number[];
}

/** The 15-minute delay bucket of a delay (from -60 to 180, which holds every longer delay). */
export function delayBucket(delay: number): number {
  return Math.max(-60, Math.min(180, Math.floor(delay / 15) * 15));
}

/** The flights that pass `filter`, as typed columns (a type alias, so it is an object of columns to `st.dataframe`). */
export type FlightColumns = {
  readonly delay: Int16Array;
  readonly distance: Int16Array;
  readonly time: Float32Array;
};

/** Filters the Arrow table into typed columns (one pass over its vectors); `_flights` is not hashed (it is the same table). */
export const filterFlights = cacheData((_flights: Table, filter: FlightFilter): FlightColumns => {
  const delay = _flights.getChild('delay')!.toArray() as Int16Array;
  const distance = _flights.getChild('distance')!.toArray() as Int16Array;
  const time = _flights.getChild('time')!.toArray() as Float32Array;
  const [low, high] = filter.distance;
  const buckets = filter.buckets?.length ? new Set(filter.buckets) : undefined;
  const keep: number[] = [];
  for (let i = 0; i < delay.length; i++) {
    if (distance[i]! < low || distance[i]! > high || delay[i]! < filter.minDelay) continue;
    if (buckets === undefined || buckets.has(delayBucket(delay[i]!))) keep.push(i);
  }
  return {
    delay: Int16Array.from(keep, (i) => delay[i]!),
    distance: Int16Array.from(keep, (i) => distance[i]!),
    time: Float32Array.from(keep, (i) => Math.round(time[i]! * 100) / 100),
  };
});

/** Flights per 15-minute delay bucket (from -60 to 180+ minutes), for the bar chart. */
export function delayHistogram(delays: Int16Array): { 'Delay (min)': number; Flights: number }[] {
  const counts = new Map<number, number>();
  for (const d of delays) {
    const bucket = delayBucket(d);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[0] - b[0]).map(([bucket, flights]) => ({ 'Delay (min)': bucket, Flights: flights }));
}
