import { describe, expect, it } from 'vitest';
import { render } from 'lit';
import { WIDGET_TYPES } from '@lit-ui/core/protocol';
import { createFakeWidgetManager, fakeContext } from './fakeWidgetManager.js';
import { defineLazily } from '../lazyElements.js';
import { lazyKit } from '../lazyKit.js';
import { widgetElements, widgetRenderers, widgetStyles } from './index.js';

const kebab = (type: string) => type.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('widget registry', () => {
  it('has a renderer and an element class for every widget type', () => {
    expect(Object.keys(widgetRenderers).sort()).toEqual([...WIDGET_TYPES].sort());
    // The data editor's, the date and time inputs', the colour picker's, feedback's and the file widgets' classes load on
    // first render (their own chunks); every other widget's is in the bundle.
    const lazy = [
      'dataEditor',
      'datetimeInput',
      'dateInput',
      'timeInput',
      'colorPicker',
      'feedback',
      'fileUploader',
      'downloadButton',
      'cameraInput',
      'audioInput',
    ];
    const eager = WIDGET_TYPES.filter((t) => !lazy.includes(t));
    expect(Object.keys(widgetElements).sort()).toEqual(eager.map((t) => `lit-ui-${kebab(t)}`).sort());
    expect(new Set(Object.values(widgetElements)).size).toBe(eager.length);
    expect(widgetStyles.cssText).toContain('.lu-slider-thumb');
  });

  it('renders each type as its lit-ui-<kebab-type> tag with proto and ctx', () => {
    const ctx = fakeContext(createFakeWidgetManager());
    for (const type of WIDGET_TYPES) {
      const host = document.createElement('div');
      const proto = { type, id: `id-${type}`, label: type, value: null };
      render(widgetRenderers[type]!(proto, ctx), host);
      const el = host.firstElementChild as (HTMLElement & { proto?: unknown; ctx?: unknown }) | null;
      expect(el?.localName).toBe(`lit-ui-${kebab(type)}`);
      expect(el?.proto).toBe(proto);
      expect(el?.ctx).toBe(ctx);
    }
  });

  it('defines a lazily loaded widget when first rendered, and the element takes over the proto set before', async () => {
    const ctx = fakeContext(createFakeWidgetManager());
    const host = document.createElement('div');
    document.body.append(host);
    const proto = { type: 'cameraInput', id: 'cam', label: 'Photo', value: null };
    render(widgetRenderers['cameraInput']!(proto, ctx), host);
    await defineLazily('lit-ui-camera-input', () => import('./cameraInput.js').then((m) => m.cameraInputWidget(lazyKit)));
    const el = host.querySelector<HTMLElement & { proto?: unknown; updateComplete?: Promise<unknown> }>('lit-ui-camera-input');
    expect(customElements.get('lit-ui-camera-input')).toBeDefined();
    await el?.updateComplete;
    expect(el?.proto).toBe(proto);
    expect(el?.querySelector('button')?.textContent?.trim()).toBe('Take photo');
    host.remove();
  });

  it('renders the chat input with acceptFile as its lazily loaded subclass', async () => {
    const ctx = fakeContext(createFakeWidgetManager());
    const host = document.createElement('div');
    document.body.append(host);
    const proto = { type: 'chatInput', id: 'chat', label: 'Ask', value: null, placeholder: 'Ask', acceptFile: 'multiple' };
    render(widgetRenderers['chatInput']!(proto, ctx), host);
    const el = host.firstElementChild as (HTMLElement & { proto?: unknown; updateComplete?: Promise<unknown> }) | null;
    expect(el?.localName).toBe('lit-ui-chat-file-input');
    await defineLazily('lit-ui-chat-file-input', () => import('./chatFileInput.js').then((m) => m.chatFileInputWidget(lazyKit)));
    await el?.updateComplete;
    expect(el?.proto).toBe(proto);
    expect(el?.querySelector('.lu-chat-attach')).not.toBeNull();
    expect(el?.querySelector('textarea')).not.toBeNull();
    host.remove();
  });
});
