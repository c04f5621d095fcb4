import { afterEach, describe, expect, it } from 'vitest';
import { DatetimeInputWidget } from './datetimeInput.js';
import { mountWidget } from './fakeWidgetManager.js';

if (customElements.get('test-datetime') === undefined) customElements.define('test-datetime', DatetimeInputWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

const proto = {
  type: 'datetimeInput',
  id: 'd1',
  label: 'Meeting',
  value: '2025-11-19T16:45',
  min: '2025-01-01T00:00',
  max: '2025-12-31T23:00',
  step: 1800,
  format: 'DD.MM.YYYY',
};

describe('<lit-ui-datetime-input>', () => {
  it('shows the wall-clock value with bounds, step and the formatted tooltip, and sends changes flushed on blur', async () => {
    const { el, widgets } = await mountWidget<DatetimeInputWidget>('test-datetime', proto);
    const input = el.querySelector('input') as HTMLInputElement;
    expect(input.type).toBe('datetime-local');
    expect(input.value).toBe('2025-11-19T16:45');
    expect([input.min, input.max, input.step]).toEqual(['2025-01-01T00:00', '2025-12-31T23:00', '1800']);
    expect(input.title).toBe('19.11.2025 16:45');
    input.value = '2025-11-20T09:30';
    input.dispatchEvent(new Event('change'));
    input.dispatchEvent(new Event('blur'));
    expect(widgets.calls).toEqual([
      { method: 'set', id: 'd1', value: '2025-11-20T09:30', debounce: true },
      { method: 'set', id: 'd1', value: '2025-11-20T09:30', debounce: false },
    ]);
  });

  it('never sends a value outside the bounds, nor clears a widget that had a value', async () => {
    const { el, widgets } = await mountWidget<DatetimeInputWidget>('test-datetime', proto);
    const input = el.querySelector('input') as HTMLInputElement;
    input.value = '2026-01-01T10:00';
    input.dispatchEvent(new Event('change'));
    input.value = '';
    input.dispatchEvent(new Event('change'));
    expect(widgets.calls).toEqual([]);
  });

  it('shows null as empty; a widget that started empty can be cleared again', async () => {
    const { el, widgets } = await mountWidget<DatetimeInputWidget>('test-datetime', { ...proto, value: null });
    const input = el.querySelector('input') as HTMLInputElement;
    expect(input.value).toBe('');
    expect(input.title).toBe('');
    input.value = '2025-03-01T08:00';
    input.dispatchEvent(new Event('change'));
    input.value = '';
    input.dispatchEvent(new Event('change'));
    expect(widgets.calls.map((c) => c.value)).toEqual(['2025-03-01T08:00', null]);
  });
});
