import { AppTest } from '@lit-ui/core/testing';
import { describe, expect, it } from 'vitest';
import app from './app.js';
import { filterCars, mpgByYear } from './carsTab.js';
import { loadCars, loadWeather } from './data.js';
import { weatherByMonth } from './weatherTab.js';

const metricValue = (at: Awaited<ReturnType<typeof start>>, label: string): unknown => at.metric.find((m) => m.label === label)?.value;

async function start() {
  const at = AppTest.fromFunction(app, { timeout: 10_000 });
  await at.run();
  return at;
}

describe('data files', () => {
  it('reads every car and every day from vega-datasets', async () => {
    expect(await loadCars()).toHaveLength(406);
    const weather = await loadWeather();
    expect(weather).toHaveLength(1461);
    expect(weather[0]).toEqual({ date: '2012-01-01', precipitation: 0, temp_max: 12.8, temp_min: 5, wind: 4.7, weather: 'drizzle' });
  });

  it('aggregates for the charts', async () => {
    const cars = await loadCars();
    const usa1970 = mpgByYear(cars).find((r) => r.Year === '1970-01-01' && r.Origin === 'USA');
    expect(usa1970?.['Mean MPG']).toBeGreaterThan(10);
    const all = filterCars(cars, { origins: ['USA', 'Europe', 'Japan'], horsepower: [0, 1000], cylinders: 0, name: '' });
    expect(all).toHaveLength(400); // six cars have no horsepower
    const months = weatherByMonth(await loadWeather());
    expect(months.filter((m) => m.month === '2012-01').reduce((n, m) => n + m.days, 0)).toBe(31);
  });
});

describe('explorer app', () => {
  it('renders the title, filters, metrics, charts and the table', async () => {
    const at = await start();
    expect(at.exception).toHaveLength(0);
    expect(at.title[0]?.value).toBe('📊 Data explorer');
    expect(at.pageConfig).toMatchObject({ layout: 'wide', pageTitle: 'lit-ui data explorer' });
    expect(at.tab.map((t) => t.label)).toEqual(['🚗 Cars', '🌦️ Seattle weather']);
    expect(at.sidebar.multiselect[0]?.value).toEqual(['USA', 'Europe', 'Japan']);
    expect(at.sidebar.slider[0]?.value).toEqual([40, 230]);
    expect(metricValue(at, 'Cars shown')).toBe('400');
    expect(at.scatterChart).toHaveLength(1);
    expect(at.lineChart).toHaveLength(2);
    expect(at.barChart).toHaveLength(1);
    expect(at.dataframe[0]?.proto['rowCount']).toBe(400);
    expect(at.dataframe[0]?.value).toHaveLength(400);
  });

  it('moving the horsepower slider changes the metrics', async () => {
    const at = await start();
    const before = metricValue(at, 'Mean MPG');
    await at.sidebar.slider[0]!.setValue([150, 230]).run();
    const shown = Number(metricValue(at, 'Cars shown'));
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(400);
    expect(metricValue(at, 'Mean MPG')).not.toBe(before);
    expect(Number(metricValue(at, 'Mean MPG'))).toBeLessThan(Number(before));
  });

  it('two clicks on 👍 make the counter 2', async () => {
    const at = await start();
    expect(metricValue(at, 'Likes')).toBe('0');
    await at.sidebar.button[0]!.click().run();
    await at.sidebar.button[0]!.click().run();
    expect(metricValue(at, 'Likes')).toBe('2');
    expect(at.sessionState.likes).toBe(2);
    expect(at.sidebar.caption.map((c) => c.value)).toContain('Liked 2 times.');
  });

  it('the name filter narrows the table', async () => {
    const at = await start();
    await at.textInput[0]!.input('volvo').run();
    const rows = at.dataframe[0]!.value as { Name: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(20);
    expect(rows.every((r) => r.Name.includes('volvo'))).toBe(true);
    expect(metricValue(at, 'Cars shown')).toBe(String(rows.length));
  });

  it('origin and cylinder filters combine, and an empty result shows a warning', async () => {
    const at = await start();
    await at.sidebar.multiselect[0]!.unselect('USA').unselect('Europe').run();
    await at.sidebar.selectbox[0]!.select(8).run();
    expect(metricValue(at, 'Cars shown')).toBe('0');
    expect(at.warning[0]?.value).toMatch(/No car matches/);
    expect(at.dataframe).toHaveLength(0);
  });

  it('the weather tab follows the period and the unit', async () => {
    const at = await start();
    expect(metricValue(at, 'Days')).toBe('365');
    await at.dateInput[0]!.setValue([new Date('2012-01-01'), new Date('2012-01-31')]).run();
    expect(metricValue(at, 'Days')).toBe('31');
    const celsius = String(metricValue(at, 'Mean daily high'));
    await at.radio[0]!.setValue('°F').run();
    const fahrenheit = String(metricValue(at, 'Mean daily high'));
    expect(celsius).toMatch(/°C$/);
    expect(fahrenheit).toMatch(/°F$/);
    expect(parseFloat(fahrenheit)).toBeCloseTo((parseFloat(celsius) * 9) / 5 + 32, 0);
  });
});
