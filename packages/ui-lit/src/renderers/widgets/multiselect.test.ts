import { afterEach, describe, expect, it } from 'vitest';
import { mountWidget } from './fakeWidgetManager.js';
import { MultiselectWidget } from './multiselect.js';

if (customElements.get('test-multiselect') === undefined) customElements.define('test-multiselect', MultiselectWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

const proto = (extra: Record<string, unknown> = {}) => ({
  type: 'multiselect',
  id: 'm1',
  label: 'Skills',
  value: [2],
  options: ['Python', 'SQL', 'Docker', 'AWS'],
  ...extra,
});
const combo = (el: HTMLElement) => el.querySelector('[role="combobox"]') as HTMLInputElement;
const key = (el: HTMLElement, k: string) => combo(el).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
const chips = (el: HTMLElement) => [...el.querySelectorAll('.lu-chip-text')].map((c) => c.textContent);
const optionTexts = (el: HTMLElement) => [...el.querySelectorAll('[role="option"]')].map((o) => o.textContent);

describe('<lit-ui-multiselect>', () => {
  it('shows chips for the chosen options and lists the others', async () => {
    const { el } = await mountWidget<MultiselectWidget>('test-multiselect', proto());
    expect(chips(el)).toEqual(['Docker']);
    expect(combo(el).placeholder).toBe('');
    key(el, 'ArrowDown');
    await el.updateComplete;
    expect(optionTexts(el)).toEqual(['Python', 'SQL', 'AWS']);
    expect(el.querySelector('[role="listbox"]')?.getAttribute('aria-multiselectable')).toBe('true');
  });

  it('adds picks in order, stays open, removes with × and Backspace, and clears', async () => {
    const { el, widgets } = await mountWidget<MultiselectWidget>('test-multiselect', proto());
    key(el, 'ArrowDown');
    await el.updateComplete;
    key(el, 'Enter');
    await el.updateComplete;
    expect(el.querySelector('[role="listbox"]')).not.toBeNull();
    combo(el).value = 'sq';
    combo(el).dispatchEvent(new Event('input'));
    await el.updateComplete;
    (el.querySelector('[role="option"]') as HTMLElement).click();
    await el.updateComplete;
    expect(chips(el)).toEqual(['Docker', 'Python', 'SQL']);
    (el.querySelector('.lu-chip-remove') as HTMLButtonElement).click();
    await el.updateComplete;
    key(el, 'Backspace');
    await el.updateComplete;
    (el.querySelector('.lu-select-clear') as HTMLButtonElement).click();
    expect(widgets.calls.map((c) => c.value)).toEqual([[2, 0], [2, 0, 1], [0, 1], [0], []]);
  });

  it('disables options with a note when maxSelections is reached', async () => {
    const { el, widgets } = await mountWidget<MultiselectWidget>('test-multiselect', proto({ value: [0, 1], maxSelections: 2 }));
    key(el, 'ArrowDown');
    await el.updateComplete;
    expect(el.querySelector('.lu-select-note')?.textContent).toBe('You can only select up to 2 options. Remove an option first.');
    const first = el.querySelector('[role="option"]') as HTMLElement;
    expect(first.getAttribute('aria-disabled')).toBe('true');
    first.click();
    key(el, 'Enter');
    expect(widgets.calls).toEqual([]);
  });

  it('shows the placeholder when empty', async () => {
    const { el } = await mountWidget<MultiselectWidget>('test-multiselect', proto({ value: [] }));
    expect(combo(el).placeholder).toBe('Choose options');
    expect(el.querySelector('.lu-select-clear')).toBeNull();
  });
});
