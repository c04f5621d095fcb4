import { describe, expect, it } from 'vitest';
import { render } from 'lit';
import { WIDGET_TYPES } from '@lit-ui/core/protocol';
import { createFakeWidgetManager, fakeContext } from './fakeWidgetManager.js';
import { widgetElements, widgetRenderers, widgetStyles } from './index.js';

const kebab = (type: string) => type.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('widget registry', () => {
  it('has a renderer and an element class for every widget type', () => {
    expect(Object.keys(widgetRenderers).sort()).toEqual([...WIDGET_TYPES].sort());
    // The data editor's and the date-and-time input's classes load on first render (own chunks); every other widget's is in the bundle.
    const eager = WIDGET_TYPES.filter((t) => t !== 'dataEditor' && t !== 'datetimeInput');
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
});
