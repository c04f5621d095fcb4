import { afterEach, describe, expect, it } from 'vitest';
import { ButtonWidget, FormSubmitButtonWidget } from './button.js';
import { mountWidget } from './fakeWidgetManager.js';

if (customElements.get('test-button') === undefined) customElements.define('test-button', ButtonWidget);
if (customElements.get('test-submit') === undefined) customElements.define('test-submit', FormSubmitButtonWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<lit-ui-button>', () => {
  it('renders kind, icon and label, and triggers true on click', async () => {
    const proto = { type: 'button', id: 'b1', label: 'Go', value: false, kind: 'primary', icon: '🚀', useContainerWidth: true, help: 'Launch' };
    const { el, widgets } = await mountWidget<ButtonWidget>('test-button', proto);
    const button = el.querySelector('button') as HTMLButtonElement;
    expect(button.className).toContain('lu-button--primary');
    expect(button.className).toContain('lu-button--wide');
    expect(button.title).toBe('Launch');
    expect(button.textContent?.replace(/\s+/g, ' ').trim()).toBe('🚀 Go');
    button.click();
    expect(widgets.calls).toEqual([{ method: 'trigger', id: 'b1', value: true }]);
  });

  it('does nothing when disabled', async () => {
    const proto = { type: 'button', id: 'b1', label: 'Go', value: false, kind: 'secondary', disabled: true };
    const { el, widgets } = await mountWidget<ButtonWidget>('test-button', proto);
    const button = el.querySelector('button') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    button.click();
    expect(widgets.calls).toEqual([]);
  });
});

describe('<lit-ui-form-submit-button>', () => {
  it('triggers its own id (the manager sends the form with it)', async () => {
    const proto = { type: 'formSubmitButton', id: 's1', label: 'Submit', value: false, kind: 'tertiary', formId: 'f' };
    const { el, widgets } = await mountWidget<FormSubmitButtonWidget>('test-submit', proto);
    expect(el.querySelector('button')?.className).toContain('lu-button--tertiary');
    el.querySelector('button')?.click();
    expect(widgets.calls).toEqual([{ method: 'trigger', id: 's1', value: true }]);
  });
});
