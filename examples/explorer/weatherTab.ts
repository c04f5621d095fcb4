/**
 * The Seattle weather part of the explorer: a date range, a unit switch,
 * metrics, a temperature line chart and a bar chart of weather types.
 */
import type { DeltaGenerator } from '@lit-ui/core';
import type { ExplorerState } from './app.js';
import { loadWeather, mean, round1, type WeatherDay } from './data.js';

const FIRST_DAY = '2012-01-01';
const LAST_DAY = '2015-12-31';

/** The days between `start` and `end` (ISO dates, inclusive). */
export function daysBetween(days: readonly WeatherDay[], start: string, end: string): WeatherDay[] {
  return days.filter((d) => d.date >= start && d.date <= end);
}

/** Number of days of each weather type per month (`'YYYY-MM'`), for the stacked bar chart. */
export function weatherByMonth(days: readonly WeatherDay[]): { month: string; weather: string; days: number }[] {
  const counts = new Map<string, number>();
  for (const day of days) {
    const key = `${day.date.slice(0, 7)}|${day.weather}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => {
    const [month, weather] = key.split('|') as [string, string];
    return { month, weather, days: n };
  });
}

const toFahrenheit = (celsius: number): number => round1((celsius * 9) / 5 + 32);

/** `'YYYY-MM-DD'` of a date picked in the date input (UTC midnight). */
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * Renders the weather tab into `tab`.
 * @param tab - the tab's container.
 */
export async function weatherTab(tab: DeltaGenerator<ExplorerState>): Promise<void> {
  const all = await loadWeather();
  tab.markdown('Daily observations at Seattle–Tacoma airport. Pick a period and a unit; everything below follows.');
  const [left, right] = tab.columns([3, 1]);
  const range = left.dateInput('Period', {
    value: ['2015-01-01', LAST_DAY],
    minValue: FIRST_DAY,
    maxValue: LAST_DAY,
    key: 'period',
    help: 'The data covers 2012 to 2015.',
  });
  const unit = right.radio('Unit', ['°C', '°F'], { key: 'unit', horizontal: true });
  const [startDate, endDate] = range;
  if (!startDate) {
    tab.info('Pick the first day of the period.');
    return;
  }
  const start = isoDay(startDate);
  const end = endDate ? isoDay(endDate) : start;
  const days = daysBetween(all, start, end);
  const temp = (celsius: number): number => (unit === '°F' ? toFahrenheit(celsius) : round1(celsius));

  const [count, high, rain, sunny] = tab.columns(4, { border: true });
  count.metric('Days', days.length);
  const meanHigh = mean(days.map((d) => d.temp_max));
  high.metric('Mean daily high', meanHigh === null ? '—' : `${temp(meanHigh)} ${unit}`);
  rain.metric('Total precipitation', `${round1(days.reduce((sum, d) => sum + d.precipitation, 0))} mm`);
  const sunnyDays = days.filter((d) => d.weather === 'sun').length;
  sunny.metric('Sunny days', sunnyDays, {
    delta: days.length ? `${Math.round((100 * sunnyDays) / days.length)}% of days` : null,
    deltaColor: 'off',
  });

  tab.subheader('Daily temperatures');
  tab.lineChart(
    days.map((d) => ({ date: d.date, High: temp(d.temp_max), Low: temp(d.temp_min) })),
    { x: 'date', y: ['High', 'Low'], color: ['#e45756', '#4c78a8'], yLabel: `Temperature (${unit})`, height: 320 },
  );
  tab.subheader('Weather types per month');
  tab.barChart(weatherByMonth(days), { x: 'month', y: 'days', color: 'weather', xLabel: 'Month', yLabel: 'Days', height: 300 });
  tab.caption('Source: `seattle-weather.csv` from the vega-datasets package, parsed with d3-dsv.');
}
