import { afterEach, describe, expect, it } from 'vitest';
import { mountWidget } from './fakeWidgetManager.js';
import { TextAreaWidget } from './textArea.js';

if (customElements.get('test-text-area') === undefined) customElements.define('test-text-area', TextAreaWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

const proto = (extra: Record<string, unknown> = {}) => ({ type: 'textArea', id: 'a1', label: 'Notes', value: 'one', ...extra });

describe('<lit-ui-text-area>', () => {
  it('keeps Enter for new lines and commits on Ctrl+Enter', async () => {
    const { el, widgets } = await mountWidget<TextAreaWidget>('test-text-area', proto({ height: 150 }));
    const area = el.querySelector('textarea') as HTMLTextAreaElement;
    expect(area.value).toBe('one');
    expect(area.style.height).toBe('150px');
    area.dispatchEvent(new Event('focus'));
    area.value = 'one\ntwo';
    area.dispatchEvent(new Event('input'));
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    await el.updateComplete;
    expect(widgets.calls).toEqual([]);
    expect(el.querySelector('.lu-text-hint')?.textContent).toMatch(/Press (Ctrl|⌘)\+Enter to apply/);
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, cancelable: true }));
    expect(widgets.calls).toEqual([{ method: 'set', id: 'a1', value: 'one\ntwo', debounce: false }]);
  });

  it('commits on blur and submits its form on Ctrl+Enter', async () => {
    const { el, widgets } = await mountWidget<TextAreaWidget>('test-text-area', proto({ formId: 'f', maxChars: 20 }));
    const area = el.querySelector('textarea') as HTMLTextAreaElement;
    expect(el.querySelector('.lu-text-count')?.textContent).toBe('3/20');
    area.value = 'two';
    area.dispatchEvent(new Event('input'));
    area.dispatchEvent(new Event('blur'));
    area.value = 'three';
    area.dispatchEvent(new Event('input'));
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, cancelable: true }));
    expect(widgets.calls).toEqual([
      { method: 'set', id: 'a1', value: 'two', debounce: false },
      { method: 'set', id: 'a1', value: 'three', debounce: false },
      { method: 'submitForm', id: 'f' },
    ]);
  });
});
