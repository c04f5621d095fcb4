import { afterEach, describe, expect, it } from 'vitest';
import { mountWidget } from './fakeWidgetManager.js';
import { NumberInputWidget } from './numberInput.js';

if (customElements.get('test-number') === undefined) customElements.define('test-number', NumberInputWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

const proto = (extra: Record<string, unknown> = {}) => ({ type: 'numberInput', id: 'n1', label: 'Age', value: 5, step: 1, isInt: true, ...extra });
const input = (el: HTMLElement) => el.querySelector('input') as HTMLInputElement;
const buttons = (el: HTMLElement) => [...el.querySelectorAll<HTMLButtonElement>('.lu-stepper-button')];

async function typeAndEnter(el: NumberInputWidget, text: string): Promise<void> {
  input(el).value = text;
  input(el).dispatchEvent(new Event('input'));
  input(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
  await el.updateComplete;
}

describe('<lit-ui-number-input>', () => {
  it('shows the value through its format and as a spinbutton', async () => {
    const { el } = await mountWidget<NumberInputWidget>(
      'test-number',
      proto({ value: 12.5, isInt: false, step: 0.5, format: '%0.1f%%', min: 0, max: 100 }),
    );
    expect(input(el).value).toBe('12.5%');
    expect(input(el).getAttribute('role')).toBe('spinbutton');
    expect(input(el).getAttribute('aria-valuenow')).toBe('12.5');
    expect(input(el).getAttribute('aria-valuemax')).toBe('100');
  });

  it('steps with the buttons and arrow keys, clamped to the bounds', async () => {
    const { el, widgets } = await mountWidget<NumberInputWidget>('test-number', proto({ min: 0, max: 6 }));
    const [minus, plus] = buttons(el);
    plus!.click();
    await el.updateComplete;
    expect(input(el).value).toBe('6');
    expect(plus!.disabled).toBe(true);
    input(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', cancelable: true }));
    minus!.click();
    expect(widgets.calls.map((c) => c.value)).toEqual([6, 5, 4]);
  });

  it('commits typed text on Enter: parsed, rounded for integers, clamped', async () => {
    const { el, widgets } = await mountWidget<NumberInputWidget>('test-number', proto({ min: 0, max: 120 }));
    await typeAndEnter(el, '41.6');
    await typeAndEnter(el, '1,000');
    await typeAndEnter(el, 'abc');
    expect(widgets.calls.map((c) => c.value)).toEqual([42, 120]);
    expect(input(el).value).toBe('120');
  });

  it('steps floats without float noise and formats with the step precision', async () => {
    const { el, widgets } = await mountWidget<NumberInputWidget>('test-number', proto({ value: 0.1, step: 0.2, isInt: false }));
    buttons(el)[1]!.click();
    await el.updateComplete;
    expect(widgets.calls).toEqual([{ method: 'set', id: 'n1', value: 0.3, debounce: false }]);
    expect(input(el).value).toBe('0.30');
  });

  it('shows null as empty with the placeholder; clearing sends null for such a widget', async () => {
    const { el, widgets } = await mountWidget<NumberInputWidget>('test-number', proto({ value: null, placeholder: 'Type a number' }));
    expect(input(el).value).toBe('');
    expect(input(el).placeholder).toBe('Type a number');
    await typeAndEnter(el, '7');
    await typeAndEnter(el, '');
    expect(widgets.calls.map((c) => c.value)).toEqual([7, null]);
  });

  it('reverts an emptied field when the widget never was empty, and submits its form on Enter', async () => {
    const { el, widgets } = await mountWidget<NumberInputWidget>('test-number', proto({ formId: 'f' }));
    await typeAndEnter(el, '');
    expect(input(el).value).toBe('5');
    expect(widgets.calls).toEqual([{ method: 'submitForm', id: 'f' }]);
  });
});
