import { describe, expect, it } from 'vitest';
import { render } from 'lit';
import { AppTest } from '@lit-ui/core/testing';
import { rendererFor } from '../registry.js';
import { fakeContext, createFakeWidgetManager } from '../widgets/fakeWidgetManager.js';

/** Renders an element proto the way `<lit-ui-app>` does: through the registry, by its type. */
function mount(proto: { readonly type: string }): HTMLElement {
  const host = document.createElement('div');
  const renderer = rendererFor(proto.type);
  if (!renderer) throw new Error(`no renderer for ${proto.type}`);
  render(renderer(proto, fakeContext(createFakeWidgetManager())), host);
  return host;
}

describe('st.badge, as Streamlit’s', () => {
  it('writes a badge element with its label, icon, color and help', async () => {
    const at = AppTest.fromFunction((st) => {
      st.badge('New');
      st.badge('Stable', { color: 'green', icon: '✅', help: 'Tested' });
      st.badge('Old', { color: 'grey' });
    });
    await at.run();
    expect(at.badge.map((b) => b.value)).toEqual(['New', 'Stable', 'Old']);
    expect(at.badge[0]!.proto).toEqual({ type: 'badge', body: 'New', color: 'blue' });
    expect(at.badge[1]!.proto).toEqual({ type: 'badge', body: 'Stable', color: 'green', icon: '✅', help: 'Tested' });
    expect(at.get('badge')[2]!.proto.color).toBe('gray');
  });

  it('refuses a color outside the palette with a clear error, and the session goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      if (st.sessionState.bad !== false) st.badge('Hot', { color: 'pink' as 'red' });
      st.text('after');
    });
    await at.run();
    expect(at.exception[0]!.code).toBe('InvalidArgument');
    expect(at.exception[0]!.message).toMatch(/st\.badge color must be one of .*'primary' \(got 'pink'\)/);
    at.sessionState.bad = false;
    await at.run();
    expect(at.exception).toHaveLength(0);
    expect(at.text[0]!.value).toBe('after');
  });

  it('renders in its palette color with the icon before the markdown label', async () => {
    const at = AppTest.fromFunction((st) => st.badge('**Stable** release', { color: 'violet', icon: '🚀', help: 'Since 1.2' }));
    await at.run();
    const host = mount(at.badge[0]!.proto);
    const badge = host.querySelector('.lu-badge');
    expect(badge?.classList.contains('lu-md-violet-badge')).toBe(true);
    expect(badge?.querySelector('.lu-icon')?.textContent).toBe('🚀');
    expect(badge?.querySelector('strong')?.textContent).toBe('Stable');
    expect(badge?.textContent?.replace(/\s+/g, ' ').trim()).toBe('🚀 Stable release');
    expect(host.querySelector('.lu-help [role=tooltip]')?.textContent?.trim()).toBe('Since 1.2');
  });

  it('renders the primary color and no icon or tooltip when none is given', () => {
    const host = mount({ type: 'badge', body: 'Beta', color: 'primary' } as { type: 'badge' });
    expect(host.querySelector('.lu-badge')?.className).toContain('lu-md-primary-badge');
    expect(host.querySelector('.lu-icon')).toBeNull();
    expect(host.querySelector('.lu-help')).toBeNull();
    expect(host.textContent?.trim()).toBe('Beta');
  });
});
