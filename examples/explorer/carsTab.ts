/**
 * The cars part of the explorer: sidebar filters, metrics, two charts and
 * the table of the cars that pass the filters.
 */
import type { DeltaGenerator } from '@lit-ui/core';
import type { ExplorerState } from './app.js';
import { loadCars, mean, round1, type Car } from './data.js';

const ORIGINS: readonly Car['Origin'][] = ['USA', 'Europe', 'Japan'];
/** `0` stands for "any number of cylinders". */
const CYLINDERS = [0, 3, 4, 5, 6, 8] as const;

/** What the sidebar asks for. */
export interface CarFilters {
  readonly origins: readonly string[];
  readonly horsepower: readonly [number, number];
  readonly cylinders: number;
  readonly name: string;
}

/** The cars that pass `filters` (cars without horsepower fail a horsepower filter). */
export function filterCars(cars: readonly Car[], filters: CarFilters): Car[] {
  const [low, high] = filters.horsepower;
  const query = filters.name.trim().toLowerCase();
  return cars.filter(
    (car) =>
      filters.origins.includes(car.Origin) &&
      car.Horsepower !== null &&
      car.Horsepower >= low &&
      car.Horsepower <= high &&
      (filters.cylinders === 0 || car.Cylinders === filters.cylinders) &&
      (query === '' || car.Name.toLowerCase().includes(query)),
  );
}

/** Mean MPG per model year and origin, for the line chart. */
export function mpgByYear(cars: readonly Car[]): { Year: string; Origin: string; 'Mean MPG': number }[] {
  const groups = new Map<string, { year: string; origin: string; mpg: number[] }>();
  for (const car of cars) {
    if (car.Miles_per_Gallon === null) continue;
    const key = `${car.Year}|${car.Origin}`;
    const group = groups.get(key) ?? { year: car.Year, origin: car.Origin, mpg: [] };
    group.mpg.push(car.Miles_per_Gallon);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.year.localeCompare(b.year) || a.origin.localeCompare(b.origin))
    .map((g) => ({ Year: g.year, Origin: g.origin, 'Mean MPG': round1(mean(g.mpg) ?? 0) }));
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${round1(value)}`;
}

/** The sidebar filters; the name search sits above the table in `tab`. */
function carFilters(st: DeltaGenerator<ExplorerState>, tab: DeltaGenerator<ExplorerState>): Omit<CarFilters, 'name'> {
  const sidebar = st.sidebar;
  sidebar.header('🚗 Filter the cars');
  const origins = sidebar.multiselect('Origin', ORIGINS, { default: ORIGINS, key: 'origins', help: 'Where the car was made.' });
  const horsepower = sidebar.slider('Horsepower', { minValue: 40, maxValue: 230, value: [40, 230], key: 'horsepower' });
  const cylinders = sidebar.selectbox('Cylinders', CYLINDERS, {
    key: 'cylinders',
    formatFunc: (n) => (n === 0 ? 'Any' : `${n} cylinders`),
  });
  if (origins.length === 0) tab.info('Pick at least one origin in the sidebar to see cars.');
  return { origins, horsepower, cylinders };
}

/**
 * Renders the cars tab.
 * @param st - the root `st` (for the sidebar and session state).
 * @param tab - the tab's container.
 */
export async function carsTab(st: DeltaGenerator<ExplorerState>, tab: DeltaGenerator<ExplorerState>): Promise<void> {
  const cars = await loadCars();
  const filters = carFilters(st, tab);
  const name = tab.textInput('Search by name', { key: 'name', placeholder: 'e.g. toyota, mustang, volvo' });
  const rows = filterCars(cars, { ...filters, name });

  const allMpg = mean(cars.map((c) => c.Miles_per_Gallon)) ?? 0;
  const allHp = mean(cars.map((c) => c.Horsepower)) ?? 0;
  const shownMpg = mean(rows.map((c) => c.Miles_per_Gallon));
  const shownHp = mean(rows.map((c) => c.Horsepower));
  const [shown, mpg, hp, likes] = tab.columns(4, { border: true });
  shown.metric('Cars shown', rows.length, { help: `of ${cars.length} cars in the dataset` });
  mpg.metric('Mean MPG', shownMpg === null ? '—' : round1(shownMpg), {
    delta: shownMpg === null ? null : `${signed(shownMpg - allMpg)} vs all cars`,
  });
  hp.metric('Mean horsepower', shownHp === null ? '—' : Math.round(shownHp), {
    delta: shownHp === null ? null : `${signed(shownHp - allHp)} vs all cars`,
    deltaColor: 'off',
  });
  likes.metric('Likes', st.sessionState.likes, { help: 'Click 👍 in the sidebar.' });

  if (rows.length === 0) {
    tab.warning('No car matches these filters. Widen the horsepower range or clear the search.');
    return;
  }

  const [scatter, line] = tab.columns(2);
  scatter.subheader('Horsepower vs. fuel economy');
  scatter.scatterChart(
    rows.filter((c) => c.Miles_per_Gallon !== null),
    { x: 'Horsepower', y: 'Miles_per_Gallon', color: 'Origin', yLabel: 'Miles per gallon', height: 340 },
  );
  line.subheader('Mean MPG by model year');
  line.lineChart(mpgByYear(rows), { x: 'Year', y: 'Mean MPG', color: 'Origin', xLabel: 'Model year', height: 340 });

  tab.subheader(`The ${rows.length} cars`);
  tab.dataframe(rows, {
    height: 360,
    hideIndex: true,
    columnOrder: ['Name', 'Origin', 'Year', 'Miles_per_Gallon', 'Horsepower', 'Cylinders', 'Weight_in_lbs', 'Acceleration'],
  });
  tab.caption('Source: `cars.json` from the vega-datasets package (406 cars, model years 1970–1982).');
}
