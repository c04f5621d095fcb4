/**
 * US airports from `vega-datasets`' `airports.csv` (IATA code, name, city,
 * state, latitude, longitude), parsed once with d3-dsv and shared by every
 * session.
 */
import { readFile } from 'node:fs/promises';
import { csvParse } from 'd3-dsv';
import { cacheData } from '@lit-ui/core';

/** One airport. */
export interface Airport {
  readonly iata: string;
  readonly name: string;
  readonly city: string;
  readonly state: string;
  readonly lat: number;
  readonly lon: number;
}

/** Every airport with coordinates, in file order. */
export const loadAirports = cacheData(async (): Promise<Airport[]> => {
  const text = await readFile(new URL('../data/airports.csv', import.meta.resolve('vega-datasets')), 'utf8');
  return csvParse(text)
    .map((row) => ({
      iata: row['iata'] ?? '',
      name: row['name'] ?? '',
      city: row['city'] ?? '',
      state: row['state'] ?? '',
      lat: Number(row['latitude']),
      lon: Number(row['longitude']),
    }))
    .filter((a) => Number.isFinite(a.lat) && Number.isFinite(a.lon) && a.state !== '');
});
