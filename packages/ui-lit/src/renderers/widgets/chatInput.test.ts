import { afterEach, describe, expect, it } from 'vitest';
import { ChatInputWidget } from './chatInput.js';
import { mountWidget } from './fakeWidgetManager.js';

if (customElements.get('test-chat') === undefined) customElements.define('test-chat', ChatInputWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

const proto = (extra: Record<string, unknown> = {}) => ({
  type: 'chatInput',
  id: 'chat',
  label: 'Ask me',
  value: null,
  placeholder: 'Ask me',
  ...extra,
});

async function write(el: ChatInputWidget, text: string): Promise<HTMLTextAreaElement> {
  const area = el.querySelector('textarea') as HTMLTextAreaElement;
  area.value = text;
  area.dispatchEvent(new Event('input'));
  await el.updateComplete;
  return area;
}
const key = (area: HTMLElement, init: KeyboardEventInit) =>
  area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true, ...init }));

describe('<lit-ui-chat-input>', () => {
  it('sends the text as a trigger on Enter and clears; Shift+Enter does not send', async () => {
    const { el, widgets } = await mountWidget<ChatInputWidget>('test-chat', proto());
    const send = el.querySelector('.lu-chat-send') as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    expect(el.querySelector('textarea')?.getAttribute('aria-label')).toBe('Ask me');
    const area = await write(el, 'Hello');
    expect(send.disabled).toBe(false);
    key(area, { shiftKey: true });
    expect(widgets.calls).toEqual([]);
    key(area, {});
    await el.updateComplete;
    expect(widgets.calls).toEqual([{ method: 'trigger', id: 'chat', value: 'Hello' }]);
    expect(area.value).toBe('');
  });

  it('sends with the button, never blank text, and counts near maxChars', async () => {
    const { el, widgets } = await mountWidget<ChatInputWidget>('test-chat', proto({ maxChars: 10 }));
    const area = await write(el, '   ');
    key(area, {});
    expect(widgets.calls).toEqual([]);
    await write(el, 'Hi there!');
    expect(el.querySelector('.lu-chat-input-count')?.textContent).toBe('9/10');
    expect(area.maxLength).toBe(10);
    (el.querySelector('.lu-chat-send') as HTMLButtonElement).click();
    expect(widgets.calls).toEqual([{ method: 'trigger', id: 'chat', value: 'Hi there!' }]);
  });

  it('puts a prefill the app set through session state in the box, keeping what the user types after it', async () => {
    const { el, widgets } = await mountWidget<ChatInputWidget>('test-chat', proto());
    await write(el, 'draft');
    el.proto = proto({ prefill: 'Suggested question' });
    await el.updateComplete;
    const area = el.querySelector('textarea') as HTMLTextAreaElement;
    expect(area.value).toBe('Suggested question');
    await write(el, 'Suggested question, edited');
    el.proto = proto();
    await el.updateComplete;
    expect(area.value).toBe('Suggested question, edited');
    key(area, {});
    expect(widgets.calls).toEqual([{ method: 'trigger', id: 'chat', value: 'Suggested question, edited' }]);
  });

  it('is inert when disabled', async () => {
    const { el, widgets } = await mountWidget<ChatInputWidget>('test-chat', proto({ disabled: true }));
    expect((el.querySelector('textarea') as HTMLTextAreaElement).disabled).toBe(true);
    const area = await write(el, 'x');
    key(area, {});
    expect(widgets.calls).toEqual([]);
  });
});
