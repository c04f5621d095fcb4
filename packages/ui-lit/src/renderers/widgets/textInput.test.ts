import { afterEach, describe, expect, it } from 'vitest';
import { mountWidget } from './fakeWidgetManager.js';
import { TextInputWidget } from './textInput.js';

if (customElements.get('test-text-input') === undefined) customElements.define('test-text-input', TextInputWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

const proto = (extra: Record<string, unknown> = {}) => ({ type: 'textInput', id: 't1', label: 'Name', value: 'Ada', inputType: 'default', ...extra });

async function type(el: TextInputWidget, text: string): Promise<HTMLInputElement> {
  const input = el.querySelector('input') as HTMLInputElement;
  input.dispatchEvent(new Event('focus'));
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  return input;
}

const key = (input: HTMLElement, k: string, init: KeyboardEventInit = {}) =>
  input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));

describe('<lit-ui-text-input>', () => {
  it('shows the manager value and commits on Enter only, with a hint meanwhile', async () => {
    const { el, widgets } = await mountWidget<TextInputWidget>('test-text-input', proto({ placeholder: 'Your name' }));
    expect((el.querySelector('input') as HTMLInputElement).value).toBe('Ada');
    expect(el.querySelector('input')?.placeholder).toBe('Your name');
    const input = await type(el, 'Grace');
    expect(widgets.calls).toEqual([]);
    expect(el.querySelector('.lu-text-hint')?.textContent).toBe('Press Enter to apply');
    key(input, 'Enter');
    await el.updateComplete;
    expect(widgets.calls).toEqual([{ method: 'set', id: 't1', value: 'Grace', debounce: false }]);
    expect(el.querySelector('.lu-text-hint')).toBeNull();
    expect(input.value).toBe('Grace');
  });

  it('commits on blur, and sends nothing when the text is unchanged', async () => {
    const { el, widgets } = await mountWidget<TextInputWidget>('test-text-input', proto());
    let input = await type(el, 'Ada');
    input.dispatchEvent(new Event('blur'));
    expect(widgets.calls).toEqual([]);
    input = await type(el, 'Alan');
    input.dispatchEvent(new Event('blur'));
    expect(widgets.calls).toEqual([{ method: 'set', id: 't1', value: 'Alan', debounce: false }]);
  });

  it('in a form, Enter commits then submits the form', async () => {
    const { el, widgets } = await mountWidget<TextInputWidget>('test-text-input', proto({ formId: 'f1' }));
    const input = await type(el, 'Bob');
    expect(el.querySelector('.lu-text-hint')?.textContent).toBe('Press Enter to submit form');
    key(input, 'Enter');
    expect(widgets.calls).toEqual([
      { method: 'set', id: 't1', value: 'Bob', debounce: false },
      { method: 'submitForm', id: 'f1' },
    ]);
  });

  it('adopts a new value from the server over its draft', async () => {
    const { el, widgets } = await mountWidget<TextInputWidget>('test-text-input', proto());
    const input = await type(el, 'draft');
    widgets.serverSet('t1', 'reset');
    await el.updateComplete;
    expect(input.value).toBe('reset');
  });

  it('masks passwords with a show/hide button and counts maxChars', async () => {
    const { el } = await mountWidget<TextInputWidget>('test-text-input', proto({ inputType: 'password', maxChars: 10, value: 'secret' }));
    const input = el.querySelector('input') as HTMLInputElement;
    expect(input.type).toBe('password');
    expect(input.maxLength).toBe(10);
    expect(el.querySelector('.lu-text-count')?.textContent).toBe('6/10');
    const eye = el.querySelector('.lu-field-button') as HTMLButtonElement;
    expect(eye.getAttribute('aria-label')).toBe('Show password');
    eye.click();
    await el.updateComplete;
    expect(input.type).toBe('text');
    expect(eye.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows null as an empty field and does not send an untouched empty value', async () => {
    const { el, widgets } = await mountWidget<TextInputWidget>('test-text-input', proto({ value: null }));
    const input = await type(el, '');
    key(input, 'Enter');
    expect(input.value).toBe('');
    expect(widgets.calls).toEqual([]);
  });
});
