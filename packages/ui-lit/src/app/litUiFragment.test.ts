import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { html } from 'lit';
import type { BlockProto, ClientBlock, ElementProto, OutgoingBackMsg, UnsequencedForwardMsg } from '@lit-ui/core/protocol';
import '../lit-ui-app.js';
import { registerElement } from '../renderers/registry.js';
import type { WidgetProto } from '../renderers/types.js';
import type { ConnectionFactoryOptions } from './connection.js';
import { findKeyedContainer } from './fragmentPlacement.js';
import type { LitUiApp } from './litUiApp.js';
import type { LitUiFragment } from './litUiFragment.js';

const config = { staleDelayMs: 200, sessionTtlMs: 1000, debounceMs: 50 };

beforeAll(() => {
  registerElement('fragText', (proto) => html`<p class="t">${String(proto['body'])}</p>`);
});
afterEach(() => {
  document.body.innerHTML = '';
});

const text = (path: number[], body: string) => ({ type: 'delta' as const, path, element: { type: 'fragText', body } as ElementProto });
const block = (path: number[], b: BlockProto) => ({ type: 'delta' as const, path, block: b });

async function settle(...elements: (LitUiApp | LitUiFragment)[]): Promise<void> {
  for (let i = 0; i < 6; i++) {
    await Promise.all(elements.map((el) => el.updateComplete));
  }
}

/** An app `id="app"` on a fake connection, and fragments for it, added to the page in the given order. */
async function page(order: ('app' | { container: string })[]) {
  let options: ConnectionFactoryOptions | undefined;
  const sent: OutgoingBackMsg[] = [];
  const app = document.createElement('lit-ui-app');
  app.id = 'app';
  app.src = '/';
  app.connectionFactory = (o) => {
    options = o;
    return { send: (m) => sent.push(m), close: () => undefined, status: 'connected', sessionId: 's' };
  };
  const fragments: LitUiFragment[] = [];
  for (const item of order) {
    if (item === 'app') document.body.append(app);
    else {
      const fragment = document.createElement('lit-ui-fragment');
      fragment.setAttribute('for', 'app');
      fragment.setAttribute('container', item.container);
      document.body.append(fragment);
      fragments.push(fragment);
    }
  }
  const push = async (...msgs: UnsequencedForwardMsg[]): Promise<void> => {
    for (const m of msgs) options?.onMessage({ seq: 1, ...m });
    await settle(app, ...fragments);
  };
  await push({ type: 'newSession', sessionId: 's', protocolVersion: 1, resumed: false, config });
  const texts = (el: Element): string[] => [...(el.shadowRoot?.querySelectorAll('p.t') ?? [])].map((p) => p.textContent ?? '');
  return { app, fragments, sent, push, texts };
}

describe('<lit-ui-fragment>', () => {
  it('shows a keyed st.container of the app elsewhere in the page; the app leaves it out until the fragment goes', async () => {
    const p = await page([{ container: 'filters' }, 'app']);
    await p.push(
      text([0, 0], 'title'),
      block([0, 1], { type: 'vertical', key: 'filters', border: true }),
      text([0, 1, 0], 'origin'),
      text([0, 2], 'chart'),
    );
    const [fragment] = p.fragments as [LitUiFragment];
    expect(p.texts(p.app)).toEqual(['title', 'chart']);
    expect(p.texts(fragment)).toEqual(['origin']);
    expect(fragment.shadowRoot?.querySelector('.lu-bordered')).not.toBeNull();

    await p.push(text([0, 1, 1], 'cars'));
    expect(p.texts(fragment)).toEqual(['origin', 'cars']);

    fragment.remove();
    await settle(p.app);
    expect(p.texts(p.app)).toEqual(['title', 'origin', 'cars', 'chart']);
  });

  it('takes the sidebar, page links included: the app draws no sidebar or toggle of its own', async () => {
    const p = await page(['app', { container: 'sidebar' }]);
    await p.push(text([0, 0], 'main'), text([1, 0], 'side'), {
      type: 'navigation',
      position: 'sidebar',
      currentUrlPath: '',
      pages: [
        { urlPath: '', title: 'Home', isDefault: true },
        { urlPath: 'about', title: 'About', isDefault: false },
      ],
    });
    const [fragment] = p.fragments as [LitUiFragment];
    expect(p.app.shadowRoot?.querySelector('.lu-sidebar, .lu-sidebar-expand')).toBeNull();
    expect(p.texts(p.app)).toEqual(['main']);
    expect(p.texts(fragment)).toEqual(['side']);
    const links = [...(fragment.shadowRoot?.querySelectorAll<HTMLAnchorElement>('.lu-nav-link') ?? [])];
    expect(links.map((a) => a.textContent?.trim())).toEqual(['Home', 'About']);
    links[1]?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    expect(p.sent).toContainEqual({ type: 'rerunScript', widgets: [], pagePath: 'about', query: '' });
  });

  it('its widgets are the app’s: a click reruns the app on its connection and lit-ui-change fires from the app', async () => {
    const p = await page(['app', { container: 'filters' }]);
    const changes: unknown[] = [];
    p.app.addEventListener('lit-ui-change', (e) => changes.push((e as CustomEvent).detail));
    const go: WidgetProto = { type: 'button', id: 'g', key: 'go', label: 'Go', value: false };
    await p.push(block([0, 0], { type: 'vertical', key: 'filters' }), { type: 'delta', path: [0, 0, 0], element: go });
    const [fragment] = p.fragments as [LitUiFragment];
    const button = fragment.shadowRoot?.querySelector<HTMLButtonElement>('lit-ui-button button') ?? null;
    expect(button).not.toBeNull();
    button?.click();
    expect(p.sent).toEqual([{ type: 'rerunScript', widgets: [{ id: 'g', value: true, trigger: true }] }]);
    expect(changes).toEqual([{ key: 'go', id: 'g', type: 'button', value: true, trigger: true }]);
  });

  it('follows the app’s color scheme, and shows nothing for an unknown app or a container the run has not drawn', async () => {
    const p = await page(['app', { container: 'later' }]);
    const [fragment] = p.fragments as [LitUiFragment];
    p.app.setAttribute('theme', 'dark');
    await settle(p.app, fragment);
    expect(fragment.getAttribute('scheme')).toBe('dark');
    expect(fragment.shadowRoot?.querySelector('.lu-fragment')?.children).toHaveLength(0);

    fragment.setAttribute('for', 'nowhere');
    await settle(p.app, fragment);
    expect(fragment.shadowRoot?.querySelector('.lu-fragment')).toBeNull();
    expect(fragment.hasAttribute('scheme')).toBe(false);
  });
});

describe('findKeyedContainer', () => {
  const leaf = (key?: string): ClientBlock => ({ kind: 'block', proto: { type: 'vertical', key }, children: [], gen: 0, confirmed: 0 });
  const root = (...children: ClientBlock[]): ClientBlock => ({ kind: 'block', proto: null, children, gen: 0, confirmed: 0 });

  it('finds the container by key in main, sidebar and bottom, nested, with its parent path key; never in dialogs', () => {
    const nested = root(leaf('a'), { ...leaf(), children: [leaf(), leaf('b')] });
    const roots = [nested, root(leaf('c')), root(leaf('d')), root(leaf(), leaf('e'))];
    expect(findKeyedContainer(roots, 'a')).toEqual({ parent: nested, index: 0, parentKey: '0' });
    expect(findKeyedContainer(roots, 'b')).toMatchObject({ index: 1, parentKey: '0.1' });
    expect(findKeyedContainer(roots, 'c')).toMatchObject({ index: 0, parentKey: '1' });
    expect(findKeyedContainer(roots, 'e')).toMatchObject({ index: 1, parentKey: '3' });
    expect(findKeyedContainer(roots, 'd')).toBeUndefined();
    expect(findKeyedContainer(roots, 'zzz')).toBeUndefined();
  });
});
