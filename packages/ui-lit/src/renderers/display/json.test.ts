import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'lit';
import type { JsonValue } from '@lit-ui/core/protocol';
import { jsonRenderer } from './json.js';
import { JsonViewer } from './jsonViewer.js';

beforeAll(() => {
  if (!customElements.get('lit-ui-json')) customElements.define('lit-ui-json', JsonViewer);
});

const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((h) => h.remove()));

async function mount(body: JsonValue, expanded: boolean | number): Promise<JsonViewer> {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(jsonRenderer({ type: 'json', body, expanded }), host);
  const el = host.querySelector('lit-ui-json') as JsonViewer;
  await el.updateComplete;
  return el;
}

const data = { name: 'Ada', age: 36, tags: ['math', 'code'], nested: { deep: { x: null } }, ok: true };

describe('st.json', () => {
  it('shows every level when expanded is true, with typed leaves', async () => {
    const el = await mount(data, true);
    expect(el.querySelectorAll('[aria-expanded="true"]')).toHaveLength(4);
    expect(el.querySelector('.lu-json-string')?.textContent).toBe('"Ada"');
    expect(el.querySelector('.lu-json-number')?.textContent).toBe('36');
    expect(el.querySelector('.lu-json-boolean')?.textContent).toBe('true');
    expect(el.querySelector('.lu-json-null')?.textContent).toBe('null');
    expect(el.querySelector('.lu-json-key')?.textContent).toBe('"name"');
    expect(el.querySelector('.lu-json-index')?.textContent).toBe('0');
    expect(el.querySelector('.lu-json-count')?.textContent).toBe('5 items');
  });

  it('collapses everything when expanded is false', async () => {
    const el = await mount(data, false);
    const toggles = el.querySelectorAll('.lu-json-toggle');
    expect(toggles).toHaveLength(1);
    expect(toggles[0]?.getAttribute('aria-expanded')).toBe('false');
    expect(el.querySelector('.lu-json-brace')?.textContent).toBe('{…}');
  });

  it('opens levels up to a depth, and toggles on click', async () => {
    const el = await mount(data, 1);
    expect(el.querySelectorAll('[aria-expanded="true"]')).toHaveLength(1);
    const tags = [...el.querySelectorAll<HTMLButtonElement>('.lu-json-toggle')].find((b) => b.textContent?.includes('"tags"'));
    expect(tags?.getAttribute('aria-expanded')).toBe('false');
    tags?.click();
    await el.updateComplete;
    expect(el.textContent).toContain('"math"');
    el.querySelector<HTMLButtonElement>('.lu-json-toggle')?.click();
    await el.updateComplete;
    expect(el.querySelectorAll('.lu-json-toggle')).toHaveLength(1);
  });

  it('pages long arrays', async () => {
    const el = await mount(
      Array.from({ length: 250 }, (_, i) => i),
      true,
    );
    expect(el.querySelectorAll('.lu-json-number')).toHaveLength(100);
    const more = el.querySelector<HTMLButtonElement>('.lu-json-more');
    expect(more?.textContent).toContain('Show 100 more of 150');
    more?.click();
    await el.updateComplete;
    expect(el.querySelectorAll('.lu-json-number')).toHaveLength(200);
  });

  it('shows scalars and empty containers', async () => {
    expect((await mount('hi', true)).querySelector('.lu-json-string')?.textContent).toBe('"hi"');
    const empty = await mount({}, true);
    expect(empty.querySelector<HTMLButtonElement>('.lu-json-toggle')?.disabled).toBe(true);
    expect(empty.querySelector('.lu-json-brace')?.textContent).toBe('{}');
  });
});
