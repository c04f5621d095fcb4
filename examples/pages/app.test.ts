import { AppTest } from '@lit-ui/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { loadCars } from '../explorer/data.js';
import app, { carLabels } from './app.js';

describe('pages example', () => {
  it('gives every car its own label for the URL', async () => {
    const labels = carLabels(await loadCars());
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels[38]).toBe('ford pinto (1971)');
    expect(labels.filter((l) => l.startsWith('ford pinto (1975)'))).toEqual(['ford pinto (1975)', 'ford pinto (1975) #2']);
  });

  it('lists three pages and opens the default one', async () => {
    const at = AppTest.fromFunction(app);
    await at.run();
    expect(at.exception).toHaveLength(0);
    expect(at.navigation?.pages.map((p) => p.title)).toEqual(['Home', 'Browse cars', 'About']);
    expect(at.navigationSections).toEqual({ Cars: ['Home', 'Browse cars'], 'This example': ['About'] });
    expect(at.navigation?.currentUrlPath).toBe('');
    expect(at.title[0]?.value).toBe('🏠 Home');
    expect(at.pageLink).toHaveLength(3);
    expect(at.pageLink[0]?.proto['page']).toBe('cars');
  });

  it('a button switches page and carries the car in the URL', async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const at = AppTest.fromFunction(app);
    await at.run();
    await at.button[0]!.click().run();
    random.mockRestore();
    const cars = await loadCars();
    const index = Math.floor(0.5 * cars.length);
    expect(at.queryParams.car).toBe(carLabels(cars)[index]);
    expect(at.navigation?.currentUrlPath).toBe('cars');
    expect(at.title[0]?.value).toBe('🚗 Browse the cars');
    expect(at.selectbox[0]!.value).toBe(index);
    expect(at.header[0]?.value).toBe(cars[index]!.Name);
  });

  it('keeps the car after a page switch: back home, then Back in the browser or the page link', async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.25);
    const cars = await loadCars();
    const labels = carLabels(cars);
    const index = Math.floor(0.25 * cars.length);
    const at = AppTest.fromFunction(app);
    await at.run();
    await at.button[0]!.click().run();
    random.mockRestore();
    expect(at.selectbox[0]!.value).toBe(index);
    await at.button
      .find((b) => b.label === '← Back home')!
      .click()
      .run();
    expect(at.title[0]?.value).toBe('🏠 Home');
    expect('car' in at.queryParams).toBe(false);
    // Back in the browser: the cars page with the URL it had.
    at.switchPage('cars');
    at.queryParams.car = labels[index]!;
    await at.run();
    expect(at.selectbox[0]!.value).toBe(index);
    expect(at.header[0]?.value).toBe(cars[index]!.Name);
    // Home again, then the page link (no query params): the choice is still there, and back in the URL.
    at.switchPage('');
    delete at.queryParams.car;
    await at.run();
    at.switchPage('cars');
    await at.run();
    expect(at.selectbox[0]!.value).toBe(index);
    expect(at.queryParams.car).toBe(labels[index]);
  });

  it('opens the car named in the URL, and writes the new choice back', async () => {
    const cars = await loadCars();
    const labels = carLabels(cars);
    const at = AppTest.fromFunction(app);
    at.queryParams.car = labels[42]!;
    at.switchPage('cars');
    await at.run();
    expect(at.header[0]?.value).toBe(cars[42]!.Name);

    await at.selectbox[0]!.select(7).run();
    expect(at.queryParams.car).toBe(labels[7]);
    expect(at.header[0]?.value).toBe(cars[7]!.Name);

    await at.button
      .find((b) => b.label === '▶')!
      .click()
      .run();
    expect(at.queryParams.car).toBe(labels[8]);

    // A car name that is not in the list: ignored, the page stays on its car.
    at.queryParams.car = 'no such car';
    await at.run();
    expect(at.exception).toHaveLength(0);
    expect(at.selectbox[0]!.value).toBe(8);
    expect(at.queryParams.car).toBe(labels[8]);

    // The URL changes from outside (back/forward, an edited link): the page follows it.
    at.queryParams.car = labels[100]!;
    await at.run();
    expect(at.selectbox[0]!.value).toBe(100);
    expect(at.header[0]?.value).toBe(cars[100]!.Name);
  });

  it('switches back home from a button', async () => {
    const at = AppTest.fromFunction(app);
    at.switchPage('cars');
    await at.run();
    await at.button
      .find((b) => b.label === '← Back home')!
      .click()
      .run();
    expect(at.navigation?.currentUrlPath).toBe('');
    expect(at.title[0]?.value).toBe('🏠 Home');
  });
});
