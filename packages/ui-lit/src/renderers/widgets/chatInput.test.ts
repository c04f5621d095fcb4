import { afterEach, describe, expect, it } from 'vitest';
import { lazyKit } from '../lazyKit.js';
import { chatFileInputWidget } from './chatFileInput.js';
import { ChatInputWidget } from './chatInput.js';
import { mountWidget } from './fakeWidgetManager.js';

if (customElements.get('test-chat') === undefined) customElements.define('test-chat', ChatInputWidget);
if (customElements.get('test-chat-files') === undefined) customElements.define('test-chat-files', chatFileInputWidget(lazyKit));

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

describe('<lit-ui-chat-input> with acceptFile', () => {
  it('attaches files, uploads them on send, and triggers { text, files }', async () => {
    const chatProto = { type: 'chatInput', id: 'c1', label: 'Ask', value: null, placeholder: 'Ask', acceptFile: 'multiple', fileType: ['.txt'] };
    const { el, widgets } = await mountWidget<ChatInputWidget>('test-chat-files', chatProto);
    const uploaded: string[] = [];
    el.ctx = {
      ...el.ctx,
      media: {
        url: (p) => p,
        upload: async (id, file) => (
          uploaded.push(`${id}:${file.name}`),
          { fileId: `f-${file.name}`, name: file.name, type: file.type, size: file.size }
        ),
        remove: async () => undefined,
        download: async () => undefined,
      },
    };
    await el.updateComplete;
    const input = el.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.getAttribute('accept')).toBe('.txt');
    Object.defineProperty(input, 'files', { value: [new File(['a'], 'a.txt', { type: 'text/plain' })], configurable: true });
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.querySelector('.lu-chat-files')?.textContent).toContain('a.txt');
    const area = el.querySelector('textarea') as HTMLTextAreaElement;
    area.value = 'read this';
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    (el.querySelector('.lu-chat-send') as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(uploaded).toEqual(['c1:a.txt']);
    expect(widgets.calls).toEqual([
      { method: 'trigger', id: 'c1', value: { text: 'read this', files: [{ fileId: 'f-a.txt', name: 'a.txt', type: 'text/plain', size: 1 }] } },
    ]);
    await el.updateComplete;
    expect(el.querySelector('.lu-chat-files')).toBeNull();
  });
});
