import { AppTest } from '@lit-ui/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { loadCars } from '../explorer/data.js';
import app, { carFromQuery } from './app.js';

describe('pages example', () => {
  it('reads a car index from the query string', () => {
    expect(carFromQuery('12', 406)).toBe(12);
    expect(carFromQuery('406', 406)).toBeUndefined();
    expect(carFromQuery('-1', 406)).toBeUndefined();
    expect(carFromQuery(undefined, 406)).toBeUndefined();
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
    const count = (await loadCars()).length;
    expect(at.queryParams.car).toBe(String(Math.floor(0.5 * count)));
    expect(at.navigation?.currentUrlPath).toBe('cars');
    expect(at.title[0]?.value).toBe('🚗 Browse the cars');
    const index = Number(at.queryParams.car);
    expect(at.selectbox[0]!.value).toBe(index);
    const cars = await loadCars();
    expect(at.header[0]?.value).toBe(cars[index]!.Name);
  });

  it('opens the car named in the URL, and writes the new choice back', async () => {
    const cars = await loadCars();
    const at = AppTest.fromFunction(app);
    at.queryParams.car = '42';
    at.switchPage('cars');
    await at.run();
    expect(at.header[0]?.value).toBe(cars[42]!.Name);

    await at.selectbox[0]!.select(7).run();
    expect(at.queryParams.car).toBe('7');
    expect(at.header[0]?.value).toBe(cars[7]!.Name);

    await at.button
      .find((b) => b.label === '▶')!
      .click()
      .run();
    expect(at.queryParams.car).toBe('8');

    // The URL changes from outside (back/forward, an edited link): the page follows it.
    at.queryParams.car = '100';
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
