/**
 * The explorer's data: files shipped inside the `vega-datasets` package,
 * read from disk (its JS API returns CDN URLs, which this demo never uses).
 * Loaders are wrapped in `cacheData`, so every session and rerun shares one
 * parsed copy and gets its own clone of it.
 */
import { readFile } from 'node:fs/promises';
import { cacheData } from '@lit-ui/core';
import { csvParse } from 'd3-dsv';

/** One row of `cars.json`; some cars lack horsepower or MPG. */
export interface Car {
  readonly Name: string;
  readonly Miles_per_Gallon: number | null;
  readonly Cylinders: number;
  readonly Displacement: number;
  readonly Horsepower: number | null;
  readonly Weight_in_lbs: number;
  readonly Acceleration: number;
  /** Model year as an ISO date, e.g. `'1970-01-01'`. */
  readonly Year: string;
  readonly Origin: 'USA' | 'Europe' | 'Japan';
}

/** One day of `seattle-weather.csv` (2012–2015). */
export interface WeatherDay {
  /** `'YYYY-MM-DD'`. */
  readonly date: string;
  /** mm. */
  readonly precipitation: number;
  /** °C. */
  readonly temp_max: number;
  readonly temp_min: number;
  /** m/s. */
  readonly wind: number;
  readonly weather: 'drizzle' | 'rain' | 'sun' | 'snow' | 'fog';
}

/** The URL of a file in vega-datasets' `data/` folder. */
export function datasetUrl(file: string): URL {
  return new URL(`../data/${file}`, import.meta.resolve('vega-datasets'));
}

/** Reads a dataset file as text. */
export async function readDataset(file: string): Promise<string> {
  return readFile(datasetUrl(file), 'utf8');
}

/** All 406 cars, cached for an hour. */
export const loadCars = cacheData(async (): Promise<Car[]> => JSON.parse(await readDataset('cars.json')) as Car[], { ttl: '1h' });

/** All 1,461 days of Seattle weather, cached for an hour. Dates stay ISO strings. */
export const loadWeather = cacheData(
  async (): Promise<WeatherDay[]> =>
    csvParse(await readDataset('seattle-weather.csv'), (row) => ({
      date: row['date'] ?? '',
      precipitation: Number(row['precipitation']),
      temp_max: Number(row['temp_max']),
      temp_min: Number(row['temp_min']),
      wind: Number(row['wind']),
      weather: (row['weather'] ?? 'sun') as WeatherDay['weather'],
    })),
  { ttl: '1h' },
);

/** Arithmetic mean of the finite numbers in `values`, or `null` when there are none. */
export function mean(values: readonly (number | null | undefined)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (typeof value === 'number' && Number.isFinite(value)) {
      sum += value;
      count += 1;
    }
  }
  return count === 0 ? null : sum / count;
}

/** Rounds to one decimal place, for display. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
