import { afterEach, describe, expect, it } from 'vitest';
import { mountWidget } from './fakeWidgetManager.js';
import { TimeInputWidget } from './timeInput.js';

if (customElements.get('test-time') === undefined) customElements.define('test-time', TimeInputWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<lit-ui-time-input>', () => {
  it('shows HH:MM with the step and sends changes, flushed on blur', async () => {
    const proto = { type: 'timeInput', id: 'h1', label: 'Alarm', value: '08:30', step: 900 };
    const { el, widgets } = await mountWidget<TimeInputWidget>('test-time', proto);
    const input = el.querySelector('input') as HTMLInputElement;
    expect(input.type).toBe('time');
    expect(input.value).toBe('08:30');
    expect(input.step).toBe('900');
    input.value = '09:45';
    input.dispatchEvent(new Event('change'));
    input.dispatchEvent(new Event('blur'));
    expect(widgets.calls).toEqual([
      { method: 'set', id: 'h1', value: '09:45', debounce: true },
      { method: 'set', id: 'h1', value: '09:45', debounce: false },
    ]);
  });

  it('shows null as empty and does not clear a widget that had a time', async () => {
    const proto = { type: 'timeInput', id: 'h1', label: 'Alarm', value: '08:30', step: 60 };
    const { el, widgets } = await mountWidget<TimeInputWidget>('test-time', proto);
    const input = el.querySelector('input') as HTMLInputElement;
    input.value = '';
    input.dispatchEvent(new Event('change'));
    expect(widgets.calls).toEqual([]);
    const empty = await mountWidget<TimeInputWidget>('test-time', { ...proto, value: null });
    expect((empty.el.querySelector('input') as HTMLInputElement).value).toBe('');
  });
});
