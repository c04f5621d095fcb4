import { afterEach, describe, expect, it } from 'vitest';
import { ColorPickerWidget } from './colorPicker.js';
import { mountWidget } from './fakeWidgetManager.js';

if (customElements.get('test-color') === undefined) customElements.define('test-color', ColorPickerWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<lit-ui-color-picker>', () => {
  it('shows the swatch and hex, previews while picking, and sends on change', async () => {
    const proto = { type: 'colorPicker', id: 'c1', label: 'Color', value: '#FF4B4B' };
    const { el, widgets } = await mountWidget<ColorPickerWidget>('test-color', proto);
    const input = el.querySelector('input') as HTMLInputElement;
    expect(input.type).toBe('color');
    expect(el.querySelector('.lu-color-hex')?.textContent).toBe('#ff4b4b');
    expect((el.querySelector('label') as HTMLLabelElement).htmlFor).toBe(input.id);
    input.value = '#00ff00';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.querySelector('.lu-color-hex')?.textContent).toBe('#00ff00');
    expect(widgets.calls).toEqual([]);
    input.dispatchEvent(new Event('change'));
    expect(widgets.calls).toEqual([{ method: 'set', id: 'c1', value: '#00ff00', debounce: false }]);
  });
});
