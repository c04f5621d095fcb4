import { afterEach, describe, expect, it } from 'vitest';
import { mountWidget } from './fakeWidgetManager.js';
import { RadioWidget } from './radio.js';

if (customElements.get('test-radio') === undefined) customElements.define('test-radio', RadioWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

const proto = (extra: Record<string, unknown> = {}) => ({
  type: 'radio',
  id: 'r1',
  label: 'Language',
  value: 1,
  options: ['Python', 'JavaScript', 'Rust'],
  ...extra,
});

describe('<lit-ui-radio>', () => {
  it('is a radiogroup named by its label with the value checked', async () => {
    const { el } = await mountWidget<RadioWidget>('test-radio', proto({ captions: ['Dynamic', 'Web', 'Fast'], horizontal: true }));
    const group = el.querySelector('[role="radiogroup"]') as HTMLElement;
    expect(document.getElementById(group.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Language');
    expect(group.classList.contains('lu-radio-group--horizontal')).toBe(true);
    const radios = [...el.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.checked)).toEqual([false, true, false]);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    expect([...el.querySelectorAll('.lu-radio-caption')].map((c) => c.textContent)).toEqual(['Dynamic', 'Web', 'Fast']);
  });

  it('sends the picked index', async () => {
    const { el, widgets } = await mountWidget<RadioWidget>('test-radio', proto());
    el.querySelectorAll<HTMLInputElement>('input[type="radio"]')[2]!.click();
    await el.updateComplete;
    expect(widgets.calls).toEqual([{ method: 'set', id: 'r1', value: 2, debounce: false }]);
    expect(el.querySelectorAll<HTMLInputElement>('input[type="radio"]')[2]!.checked).toBe(true);
  });

  it('checks nothing for null and disables every option', async () => {
    const { el } = await mountWidget<RadioWidget>('test-radio', proto({ value: null, disabled: true }));
    const radios = [...el.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.some((r) => r.checked)).toBe(false);
    expect(radios.every((r) => r.disabled)).toBe(true);
  });
});
