import { afterEach, describe, expect, it } from 'vitest';
import { mountWidget } from './fakeWidgetManager.js';
import { SelectboxWidget } from './selectbox.js';

if (customElements.get('test-selectbox') === undefined) customElements.define('test-selectbox', SelectboxWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

const proto = (extra: Record<string, unknown> = {}) => ({
  type: 'selectbox',
  id: 'o1',
  label: 'Origin',
  value: 0,
  options: ['USA', 'Europe', 'Japan'],
  ...extra,
});
const combo = (el: HTMLElement) => el.querySelector('[role="combobox"]') as HTMLInputElement;
const key = (el: HTMLElement, k: string) => combo(el).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
const optionTexts = (el: HTMLElement) => [...el.querySelectorAll('[role="option"]')].map((o) => o.textContent);

describe('<lit-ui-selectbox>', () => {
  it('is a combobox named by its label showing the chosen option', async () => {
    const { el } = await mountWidget<SelectboxWidget>('test-selectbox', proto({ value: 2 }));
    expect(combo(el).value).toBe('Japan');
    expect(combo(el).getAttribute('aria-label')).toBe('Origin');
    expect((el.querySelector('label') as HTMLLabelElement).htmlFor).toBe(combo(el).id);
    expect(combo(el).getAttribute('aria-expanded')).toBe('false');
  });

  it('opens with ArrowDown, moves, and picks with Enter', async () => {
    const { el, widgets } = await mountWidget<SelectboxWidget>('test-selectbox', proto());
    key(el, 'ArrowDown');
    await el.updateComplete;
    expect(combo(el).getAttribute('aria-expanded')).toBe('true');
    expect(optionTexts(el)).toEqual(['USA', 'Europe', 'Japan']);
    expect(el.querySelector('[aria-selected="true"]')?.textContent).toBe('USA');
    key(el, 'ArrowDown');
    await el.updateComplete;
    expect(combo(el).getAttribute('aria-activedescendant')).toBe(el.querySelectorAll('[role="option"]')[1]!.id);
    key(el, 'Enter');
    await el.updateComplete;
    expect(widgets.calls).toEqual([{ method: 'set', id: 'o1', value: 1, debounce: false }]);
    expect(combo(el).value).toBe('Europe');
    expect(el.querySelector('[role="listbox"]')).toBeNull();
  });

  it('filters as the user types and picks with a click', async () => {
    const { el, widgets } = await mountWidget<SelectboxWidget>('test-selectbox', proto());
    combo(el).value = 'ap';
    combo(el).dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(optionTexts(el)).toEqual(['Japan']);
    (el.querySelector('[role="option"]') as HTMLElement).click();
    expect(widgets.calls).toEqual([{ method: 'set', id: 'o1', value: 2, debounce: false }]);
    combo(el).value = 'zz';
    combo(el).dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.querySelector('.lu-select-empty')?.textContent).toBe('No results');
    key(el, 'Escape');
    await el.updateComplete;
    expect(combo(el).value).toBe('Japan');
  });

  it('shows the placeholder for null and sends nothing when re-picking the same option', async () => {
    const { el, widgets } = await mountWidget<SelectboxWidget>('test-selectbox', proto({ value: null }));
    expect(combo(el).value).toBe('');
    expect(combo(el).placeholder).toBe('Choose an option');
    widgets.serverSet('o1', 0);
    await el.updateComplete;
    key(el, 'ArrowDown');
    await el.updateComplete;
    key(el, 'Enter');
    expect(widgets.calls).toEqual([]);
  });

  it('toggles from a pointer on the field and closes when focus leaves', async () => {
    const { el } = await mountWidget<SelectboxWidget>('test-selectbox', proto());
    const field = el.querySelector('.lu-select-field') as HTMLElement;
    field.dispatchEvent(new PointerEvent('pointerdown', { button: 0, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(el.querySelector('[role="listbox"]')).not.toBeNull();
    el.dispatchEvent(new FocusEvent('focusout', { relatedTarget: document.body }));
    await el.updateComplete;
    expect(el.querySelector('[role="listbox"]')).toBeNull();
  });
});
