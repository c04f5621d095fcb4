import { afterEach, describe, expect, it } from 'vitest';
import { CheckboxWidget } from './checkbox.js';
import { mountWidget } from './fakeWidgetManager.js';
import { ToggleWidget } from './toggle.js';

if (customElements.get('test-checkbox') === undefined) customElements.define('test-checkbox', CheckboxWidget);
if (customElements.get('test-toggle') === undefined) customElements.define('test-toggle', ToggleWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<lit-ui-checkbox>', () => {
  it('shows the manager value and sets the new boolean on click', async () => {
    const proto = { type: 'checkbox', id: 'c1', label: 'Agree', value: true };
    const { el, widgets } = await mountWidget<CheckboxWidget>('test-checkbox', proto);
    const input = el.querySelector('input') as HTMLInputElement;
    expect(input.checked).toBe(true);
    expect(input.getAttribute('role')).toBe('checkbox');
    expect((el.querySelector('label') as HTMLLabelElement).htmlFor).toBe(input.id);
    input.click();
    await el.updateComplete;
    expect(widgets.calls).toEqual([{ method: 'set', id: 'c1', value: false, debounce: false }]);
    expect(input.checked).toBe(false);
  });

  it('is disabled with the proto', async () => {
    const proto = { type: 'checkbox', id: 'c1', label: 'Agree', value: false, disabled: true };
    const { el } = await mountWidget<CheckboxWidget>('test-checkbox', proto);
    expect((el.querySelector('input') as HTMLInputElement).disabled).toBe(true);
  });
});

describe('<lit-ui-toggle>', () => {
  it('is a switch that sets true when turned on', async () => {
    const proto = { type: 'toggle', id: 't1', label: 'Dark mode', value: false };
    const { el, widgets } = await mountWidget<ToggleWidget>('test-toggle', proto);
    const input = el.querySelector('input') as HTMLInputElement;
    expect(input.getAttribute('role')).toBe('switch');
    expect(el.querySelector('.lu-switch')).not.toBeNull();
    input.click();
    expect(widgets.calls).toEqual([{ method: 'set', id: 't1', value: true, debounce: false }]);
  });
});
