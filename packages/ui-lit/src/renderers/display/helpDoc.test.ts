import { describe, expect, it } from 'vitest';
import { render } from 'lit';
import { AppTest } from '@lit-ui/core/testing';
import { rendererFor } from '../registry.js';
import { createFakeWidgetManager, fakeContext } from '../widgets/fakeWidgetManager.js';

function mount(proto: { readonly type: string; readonly [field: string]: unknown }): HTMLElement {
  const host = document.createElement('div');
  const renderer = rendererFor(proto.type);
  if (!renderer) throw new Error(`no renderer for ${proto.type}`);
  render(renderer(proto, fakeContext(createFakeWidgetManager())), host);
  return host;
}

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
  norm(): number {
    return Math.hypot(this.x, this.y);
  }
}

describe('st.help, as Streamlit’s', () => {
  it('shows the signature, kind, value preview and members as text', async () => {
    const at = AppTest.fromFunction((st) => st.write(new Point(3, 4)));
    await at.run();
    const host = mount(at.help[0]!.proto);
    expect(host.querySelector('.lu-help-doc-signature')?.textContent).toBe('Point');
    expect(host.querySelector('.lu-help-doc-kind')?.textContent).toBe('object');
    expect(host.querySelector('.lu-help-doc-value')?.textContent).toBe('Point {x, y}');
    const rows = [...host.querySelectorAll('.lu-help-doc-members tr')].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    expect(rows).toEqual([
      ['x', 'property', '3'],
      ['y', 'property', '4'],
      ['norm', 'method', 'norm()'],
    ]);
  });

  it('never turns text into markup', () => {
    const host = mount({ type: 'help', name: 'x', kind: 'function', signature: '<img src=x onerror=alert(1)>()', members: [] });
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('.lu-help-doc-signature')?.textContent).toBe('<img src=x onerror=alert(1)>()');
  });
});
