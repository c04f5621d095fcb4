import { afterEach, describe, expect, it } from 'vitest';
import { CheckboxWidget } from './checkbox.js';
import { createFakeWidgetManager, fakeContext, mountWidget } from './fakeWidgetManager.js';
import { TextInputWidget } from './textInput.js';

if (customElements.get('test-base-check') === undefined) customElements.define('test-base-check', CheckboxWidget);
if (customElements.get('test-base-text') === undefined) customElements.define('test-base-text', TextInputWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

const textProto = (extra: Record<string, unknown> = {}) => ({
  type: 'textInput',
  id: '$$ID-a-None',
  label: 'Your **name**',
  value: 'Ada',
  inputType: 'default',
  ...extra,
});

describe('WidgetElement', () => {
  it('ties a <label for> to the control with ids unique per element', async () => {
    const { el: a } = await mountWidget<TextInputWidget>('test-base-text', textProto());
    const { el: b } = await mountWidget<TextInputWidget>('test-base-text', textProto());
    const label = a.querySelector('label') as HTMLLabelElement;
    const input = a.querySelector('input') as HTMLInputElement;
    expect(label.htmlFor).toBe(input.id);
    expect(label.querySelector('strong')?.textContent).toBe('name');
    expect(input.getAttribute('aria-label')).toBe('Your name');
    expect(input.id).not.toBe(b.querySelector('input')?.id);
  });

  it('honours labelVisibility: hidden keeps the space, collapsed removes it', async () => {
    const { el } = await mountWidget<TextInputWidget>('test-base-text', textProto({ labelVisibility: 'hidden' }));
    expect(el.querySelector('.lu-widget-label')?.classList.contains('lu-widget-label--hidden')).toBe(true);
    el.proto = { ...el.proto, labelVisibility: 'collapsed' };
    await el.updateComplete;
    expect(el.querySelector('.lu-widget-label')?.classList.contains('lu-widget-label--collapsed')).toBe(true);
    expect(el.querySelector('input')?.getAttribute('aria-label')).toBe('Your name');
  });

  it('shows help as a button named Help and described by the help text', async () => {
    const { el } = await mountWidget<TextInputWidget>('test-base-text', textProto({ help: 'First name only' }));
    const help = el.querySelector('.lu-help button') as HTMLButtonElement;
    expect(help.getAttribute('aria-label')).toBe('Help');
    const described = el.querySelector(`#${help.getAttribute('aria-describedby')}`);
    expect(described?.textContent?.trim()).toBe('First name only');
    expect(help.tabIndex).toBe(0);
  });

  it('re-renders on its widget id only, and re-subscribes when the id changes', async () => {
    const proto = { type: 'checkbox', id: 'w1', label: 'On', value: false };
    const { el, widgets } = await mountWidget<CheckboxWidget>('test-base-check', proto);
    const input = () => el.querySelector('input') as HTMLInputElement;
    widgets.serverSet('w1', true);
    await el.updateComplete;
    expect(input().checked).toBe(true);
    el.proto = { ...proto, id: 'w2' };
    await el.updateComplete;
    expect(input().checked).toBe(false);
    widgets.serverSet('w1', false);
    widgets.serverSet('w2', true);
    await el.updateComplete;
    expect(input().checked).toBe(true);
  });

  it('unsubscribes when disconnected and follows a new manager', async () => {
    const proto = { type: 'checkbox', id: 'w1', label: 'On', value: false };
    const { el, widgets } = await mountWidget<CheckboxWidget>('test-base-check', proto);
    el.remove();
    widgets.serverSet('w1', true);
    expect(el.isUpdatePending).toBe(false);
    const other = createFakeWidgetManager();
    el.ctx = fakeContext(other);
    document.body.append(el);
    await el.updateComplete;
    other.serverSet('w1', true);
    expect(el.isUpdatePending).toBe(true);
  });
});
