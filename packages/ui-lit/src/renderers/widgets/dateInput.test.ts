import { afterEach, describe, expect, it } from 'vitest';
import { DateInputWidget } from './dateInput.js';
import { mountWidget } from './fakeWidgetManager.js';

if (customElements.get('test-date') === undefined) customElements.define('test-date', DateInputWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

const proto = (extra: Record<string, unknown> = {}) => ({
  type: 'dateInput',
  id: 'd1',
  label: 'Start',
  value: '2024-05-10',
  isRange: false,
  min: '2024-01-01',
  max: '2024-12-31',
  format: 'YYYY/MM/DD',
  ...extra,
});
const change = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('change'));
};

describe('<lit-ui-date-input>', () => {
  it('shows the value within its bounds and sends debounced changes, flushed on blur', async () => {
    const { el, widgets } = await mountWidget<DateInputWidget>('test-date', proto());
    const input = el.querySelector('input') as HTMLInputElement;
    expect(input.type).toBe('date');
    expect(input.value).toBe('2024-05-10');
    expect(input.min).toBe('2024-01-01');
    change(input, '0002-05-10');
    change(input, '2024-06-01');
    input.dispatchEvent(new Event('blur'));
    expect(widgets.calls).toEqual([
      { method: 'set', id: 'd1', value: '2024-06-01', debounce: true },
      { method: 'set', id: 'd1', value: '2024-06-01', debounce: false },
    ]);
  });

  it('handles a range: [start] while picking, then sorted [start, end]', async () => {
    const { el, widgets } = await mountWidget<DateInputWidget>('test-date', proto({ isRange: true, value: [] }));
    const [start, end] = [...el.querySelectorAll<HTMLInputElement>('input')];
    expect(end!.getAttribute('aria-label')).toBe('Start (end)');
    change(start!, '2024-03-01');
    await el.updateComplete;
    expect(end!.min).toBe('2024-03-01');
    change(end!, '2024-03-09');
    await el.updateComplete;
    change(start!, '2024-03-20');
    expect(widgets.calls.map((c) => c.value)).toEqual([['2024-03-01'], ['2024-03-01', '2024-03-09'], ['2024-03-09', '2024-03-20']]);
  });

  it('clears to null only when the widget started empty', async () => {
    const { el, widgets } = await mountWidget<DateInputWidget>('test-date', proto());
    change(el.querySelector('input') as HTMLInputElement, '');
    expect(widgets.calls).toEqual([]);
    const empty = await mountWidget<DateInputWidget>('test-date', proto({ value: null }));
    const input = empty.el.querySelector('input') as HTMLInputElement;
    change(input, '2024-02-02');
    change(input, '');
    expect(empty.widgets.calls.map((c) => c.value)).toEqual(['2024-02-02', null]);
  });
});
