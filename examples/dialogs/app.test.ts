import { AppTest } from '@lit-ui/core/testing';
import { describe, expect, it } from 'vitest';
import { loadCars } from '../explorer/data.js';
import app, { topCars, type DialogsState } from './app.js';

async function start() {
  const at = AppTest.fromFunction(app);
  await at.run();
  return at;
}

describe('dialogs example', () => {
  it('lists the five most powerful cars, none rated', async () => {
    const at = await start();
    expect(at.exception).toHaveLength(0);
    const top = topCars(await loadCars());
    expect(top).toHaveLength(5);
    expect(top[0]?.Horsepower).toBe(230);
    expect(at.button.filter((b) => b.label === 'Rate')).toHaveLength(5);
    expect(at.dialog).toHaveLength(0);
    expect(at.info[0]?.value).toBe('No rating yet.');
  });

  it('a button opens the dialog; its widgets rerun only the dialog', async () => {
    const at = await start();
    await at.button[0]!.click().run();
    expect(at.dialog).toHaveLength(1);
    const box = at.dialog[0]!;
    expect(box.label).toBe('Rate this car');
    await box.radio[0]!.setValue(5).run();
    expect(at.dialog).toHaveLength(1);
    expect(String(at.dialog[0]!.caption[0]?.value)).toMatch(/^Preview: ★★★★★ /);
  });

  it('saving stores the rating and st.rerun() closes the dialog', async () => {
    const at = await start();
    await at.button[1]!.click().run();
    at.dialog[0]!.radio[0]!.setValue(4);
    await at.dialog[0]!.textArea[0]!.input('Loud and thirsty.').run();
    await at.dialog[0]!.button.find((b) => b.label === 'Save rating')!
      .click()
      .run();
    expect(at.dialog).toHaveLength(0);
    const top = topCars(await loadCars());
    expect((at.sessionState as DialogsState).ratings[top[1]!.Name]).toEqual({ car: top[1]!.Name, stars: 4, comment: 'Loud and thirsty.' });
    expect(at.table[0]?.value).toEqual([{ car: top[1]!.Name, stars: 4, comment: 'Loud and thirsty.' }]);
  });
});
