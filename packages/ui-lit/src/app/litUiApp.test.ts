import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { html } from 'lit';
import type { BlockProto, ElementProto, OutgoingBackMsg, UnsequencedForwardMsg } from '@lit-ui/core/protocol';
import '../lit-ui-app.js';
import { registerElement } from '../renderers/registry.js';
import type { WidgetProto } from '../renderers/types.js';
import type { ConnectionFactoryOptions, ConnectionRefusal, ConnectionStatus } from './connection.js';
import type { LitUiApp } from './litUiApp.js';

const config = { staleDelayMs: 200, sessionTtlMs: 1000, debounceMs: 50 };
let renders: string[] = [];

beforeAll(() => {
  registerElement('testText', (proto) => {
    renders.push(String(proto['body']));
    return html`<p class="t">${String(proto['body'])}</p>`;
  });
  registerElement('testBoom', () => {
    throw new Error('kaboom');
  });
});

interface Mounted {
  app: LitUiApp;
  sent: OutgoingBackMsg[];
  push(...msgs: UnsequencedForwardMsg[]): Promise<void>;
  status(s: ConnectionStatus): Promise<void>;
  q<T extends Element = HTMLElement>(selector: string): T | null;
  qa(selector: string): Element[];
}

async function settle(app: LitUiApp): Promise<void> {
  for (let i = 0; i < 6; i++) {
    await app.updateComplete;
    const inner = [...(app.shadowRoot?.querySelectorAll('lit-ui-tabs, lit-ui-popover, lit-ui-dialog, lit-ui-toasts') ?? [])];
    await Promise.all(inner.map((el) => (el as LitUiApp).updateComplete));
  }
}

async function mount(attributes: Record<string, string> = {}): Promise<Mounted> {
  let options: ConnectionFactoryOptions | undefined;
  const sent: OutgoingBackMsg[] = [];
  const app = document.createElement('lit-ui-app');
  for (const [name, value] of Object.entries(attributes)) app.setAttribute(name, value);
  app.src = '/';
  app.connectionFactory = (o) => {
    options = o;
    return { send: (m) => sent.push(m), close: () => undefined, status: 'connected', sessionId: 's' };
  };
  document.body.append(app);
  await settle(app);
  const push = async (...msgs: UnsequencedForwardMsg[]): Promise<void> => {
    for (const m of msgs) options?.onMessage({ seq: 1, ...m });
    await settle(app);
  };
  await push({ type: 'newSession', sessionId: 's', protocolVersion: 1, resumed: false, config });
  return {
    app,
    sent,
    push,
    status: async (s) => {
      options?.onStatus(s);
      await settle(app);
    },
    q: <T extends Element = HTMLElement>(selector: string) => app.shadowRoot?.querySelector<T>(selector) ?? null,
    qa: (selector) => [...(app.shadowRoot?.querySelectorAll(selector) ?? [])],
  };
}

const text = (path: number[], body: string) => ({ type: 'delta' as const, path, element: { type: 'testText', body } as ElementProto });
const block = (path: number[], b: BlockProto) => ({ type: 'delta' as const, path, block: b });

beforeEach(() => {
  renders = [];
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('<lit-ui-app>', () => {
  it('renders elements with their renderer and re-renders only what changed', async () => {
    const m = await mount();
    await m.push(text([0, 0], 'a'), text([0, 1], 'b'), text([0, 2], 'c'));
    expect(m.qa('.lu-root p.t').map((p) => p.textContent)).toEqual(['a', 'b', 'c']);
    renders = [];
    await m.push(text([0, 1], 'B'));
    expect(renders).toEqual(['B']);
    expect(m.qa('p.t').map((p) => p.textContent)).toEqual(['a', 'B', 'c']);
  });

  it('re-renders only the changed element inside nested blocks', async () => {
    const m = await mount();
    await m.push(
      block([0, 0], { type: 'vertical', border: true }),
      block([0, 1], { type: 'expander', label: 'More', expanded: true }),
      text([0, 0, 0], 'x'),
      text([0, 1, 0], 'y'),
      text([0, 1, 1], 'z'),
    );
    renders = [];
    await m.push(text([0, 1, 1], 'Z'), {
      type: 'confirm',
      blocks: [
        { path: [0], length: 2 },
        { path: [0, 1], length: 2 },
      ],
    });
    expect(renders).toEqual(['Z']);
    expect(m.qa('.lu-expander p.t').map((p) => p.textContent)).toEqual(['y', 'Z']);
    expect(m.q('.lu-vertical.lu-bordered p.t')?.textContent).toBe('x');
  });

  it('renders a long block in chunks: the first in the block, later ones in boxes (skippable when plain), one element per delta', async () => {
    const m = await mount();
    const plain = Array.from({ length: 130 }, (_, i) => ({
      type: 'delta' as const,
      path: [0, i],
      element: { type: 'text', body: `p${i}` },
    }));
    const custom = Array.from({ length: 20 }, (_, i) => text([0, 130 + i], `c${i}`));
    await m.push(...plain, ...custom);
    await vi.waitFor(() => expect(m.qa('.lu-element')).toHaveLength(150));
    // The first 64 children are the block's own (a short block has no chunk box); then one box per 64.
    expect(m.qa('.lu-root > .lu-element')).toHaveLength(64);
    const chunks = m.qa('.lu-root > .lu-chunk');
    expect(chunks.map((c) => [c.classList.contains('lu-chunk--skippable'), c.children.length])).toEqual([
      [true, 64],
      [false, 22],
    ]);
    expect(m.qa('.lu-element').map((el) => el.textContent?.trim())).toEqual([...plain.map((_, i) => `p${i}`), ...custom.map((_, i) => `c${i}`)]);
    renders = [];
    await m.push(text([0, 140], 'X'));
    expect(renders).toEqual(['X']);
    expect(m.qa('.lu-element')[140]?.textContent?.trim()).toBe('X');
  });

  it('routes acks and new widget protos to the widget manager', async () => {
    const m = await mount();
    const slider: WidgetProto = { type: 'slider', id: 's', label: 'S', value: 1 };
    await m.push({ type: 'delta', path: [0, 0], element: slider });
    const widgets = m.app.controller.ctx.widgets;
    widgets.set(slider, 5);
    expect(m.sent).toEqual([{ type: 'rerunScript', widgets: [{ id: 's', value: 5 }] }]);
    await m.push({ type: 'ack', cseq: 1 });
    const fresh: WidgetProto = { ...slider, value: 5 };
    await m.push({ type: 'delta', path: [0, 0], element: fresh });
    expect(widgets.value(slider)).toBe(1);
    expect(widgets.value(fresh)).toBe(5);
  });

  it('tells the host page of changes (lit-ui-change) and run states (lit-ui-run)', async () => {
    const changes: unknown[] = [];
    const runs: unknown[] = [];
    document.addEventListener('lit-ui-change', (e) => changes.push((e as CustomEvent).detail));
    document.addEventListener('lit-ui-run', (e) => runs.push((e as CustomEvent).detail));
    const m = await mount();
    expect(runs).toEqual([
      { state: 'connecting', previous: undefined },
      { state: 'idle', previous: 'connecting' },
    ]);
    const pick: WidgetProto = { type: 'selectbox', id: 'p', key: 'fruit', label: 'Fruit', options: ['apple', 'pear'], value: 0 };
    const go: WidgetProto = { type: 'button', id: 'g', label: 'Go', value: false };
    await m.push({ type: 'delta', path: [0, 0], element: pick }, { type: 'delta', path: [0, 1], element: go });
    m.app.controller.ctx.widgets.set(pick, 1);
    m.app.controller.ctx.widgets.trigger(go);
    expect(changes).toEqual([
      { key: 'fruit', id: 'p', type: 'selectbox', value: 'pear', trigger: false },
      { key: undefined, id: 'g', type: 'button', value: true, trigger: true },
    ]);
    await m.push({ type: 'sessionStatus', state: 'running', runId: 'r1' });
    expect(m.app.getAttribute('run-state')).toBe('running');
    expect(runs.at(-1)).toEqual({ state: 'running', previous: 'idle' });
  });

  it('lets the host page set widgets by key (setState): one rerun, option texts as values, clear errors', async () => {
    const m = await mount();
    const pick: WidgetProto = { type: 'selectbox', id: 'p', key: 'fruit', label: 'Fruit', options: ['apple', 'pear'], value: 0 };
    const n: WidgetProto = { type: 'slider', id: 'n', key: 'n', label: 'N', value: 1 };
    const go: WidgetProto = { type: 'button', id: 'g', key: 'go', label: 'Go', value: false };
    await m.push(
      block([0, 0], { type: 'vertical' }),
      { type: 'delta', path: [0, 0, 0], element: pick },
      { type: 'delta', path: [0, 1], element: n },
      { type: 'delta', path: [0, 2], element: go },
    );
    m.app.setState({ fruit: 'pear', n: 7 });
    expect(m.sent).toEqual([
      {
        type: 'rerunScript',
        widgets: [
          { id: 'p', value: 1 },
          { id: 'n', value: 7 },
        ],
      },
    ]);
    expect(m.app.controller.ctx.widgets.value(n)).toBe(7);
    expect(() => m.app.setState({ fruit: 'kiwi', go: true, nope: 1 })).toThrow(
      expect.objectContaining({
        code: 'InvalidArgument',
        message:
          "setState: \"kiwi\" is not an option of 'fruit'; 'go' is a button, which only the user can press; no widget with key 'nope' is on the page.",
      }),
    );
    expect(m.sent).toHaveLength(1);
  });

  it('reflects the color scheme in force as scheme="light|dark", the settings menu’s choice winning', async () => {
    const m = await mount({ theme: 'dark' });
    expect(m.app.getAttribute('scheme')).toBe('dark');
    m.app.theme = 'light';
    await settle(m.app);
    expect(m.app.getAttribute('scheme')).toBe('light');
    expect(m.q('lit-ui-app-menu')).toBeNull();
    m.app.menu = true;
    await settle(m.app);
    await customElements.whenDefined('lit-ui-app-menu');
    const menu = m.q('lit-ui-app-menu') as HTMLElement & { updateComplete: Promise<unknown> };
    await menu.updateComplete;
    menu.querySelector<HTMLButtonElement>('.lu-menu-button')?.click();
    await menu.updateComplete;
    const items = [...menu.querySelectorAll<HTMLElement>('[role=menuitemradio]')];
    expect(items.map((i) => i.getAttribute('aria-checked'))).toEqual(['false', 'true', 'false']);
    items[2]?.click();
    await settle(m.app);
    expect(m.app.getAttribute('scheme')).toBe('dark');
    expect(localStorage.getItem('lit-ui:theme')).toBe('dark');
    localStorage.removeItem('lit-ui:theme');
  });

  it('shows a note for unknown types and failing renderers instead of throwing', async () => {
    const m = await mount();
    await m.push({ type: 'delta', path: [0, 0], element: { type: 'mystery' } }, { type: 'delta', path: [0, 1], element: { type: 'testBoom' } });
    const notes = m.qa('.lu-note').map((n) => n.textContent?.replace(/\s+/g, ' ').trim());
    expect(notes[0]).toBe('Unknown element type mystery');
    expect(notes[1]).toContain('kaboom');
  });

  it('fades unconfirmed nodes after staleDelayMs, shows Running with a Stop button', async () => {
    vi.useFakeTimers();
    const m = await mount();
    await m.push(text([0, 0], 'a'), text([0, 1], 'b'));
    await m.push({ type: 'sessionStatus', state: 'running', runId: 'r2' }, { type: 'confirm', blocks: [{ path: [0], length: 1 }] });
    expect(m.qa('.lu-stale')).toHaveLength(0);
    vi.advanceTimersByTime(200);
    await settle(m.app);
    const wrappers = m.qa('.lu-root > .lu-element');
    expect(wrappers.map((w) => w.classList.contains('lu-stale'))).toEqual([false, true]);
    m.q<HTMLButtonElement>('.lu-stop')?.click();
    expect(m.sent).toContainEqual({ type: 'stopScript' });
    await m.push({ type: 'scriptFinished', runId: 'r2', status: 'complete', trims: [] }, { type: 'sessionStatus', state: 'idle', runId: 'r2' });
    expect(m.qa('.lu-stale')).toHaveLength(0);
    expect(m.q('.lu-running')).toBeNull();
  });

  it('shows a queued run as run-state="queued" with a waiting status, the page unchanged, until it starts', async () => {
    const m = await mount();
    await m.push(text([0, 0], 'a'), { type: 'sessionStatus', state: 'idle', runId: 'r1' });
    expect(m.app.getAttribute('run-state')).toBe('idle');
    await m.push({ type: 'sessionStatus', state: 'queued', runId: '' });
    expect(m.app.getAttribute('run-state')).toBe('queued');
    expect(m.q('.lu-queued')?.textContent).toContain('Waiting for a free slot…');
    expect(m.q('.lu-stop')).toBeNull();
    expect(m.qa('.lu-root > .lu-element')).toHaveLength(1);
    await m.push({ type: 'sessionStatus', state: 'running', runId: 'r2' });
    expect(m.app.getAttribute('run-state')).toBe('running');
    expect(m.q('.lu-queued')).toBeNull();
    expect(m.q('.lu-stop')).not.toBeNull();
  });

  it('lays out columns, sidebar, bottom and page links', async () => {
    const m = await mount();
    await m.push(
      block([0, 0], { type: 'horizontal', gap: 'medium', verticalAlignment: 'center' }),
      block([0, 0, 0], { type: 'column', weight: 2 }),
      block([0, 0, 1], { type: 'column', weight: 1 }),
      text([0, 0, 0, 0], 'left'),
      text([1, 0], 'side'),
      text([3, 0], 'bottom'),
      {
        type: 'navigation',
        position: 'sidebar',
        currentUrlPath: '',
        pages: [
          { urlPath: '', title: 'Home', isDefault: true },
          { urlPath: 'about', title: 'About', icon: 'ℹ', isDefault: false },
        ],
      },
    );
    const row = m.q('.lu-horizontal');
    expect(row?.className).toContain('lu-gap-medium');
    expect(row?.className).toContain('lu-align-center');
    expect(m.qa('.lu-column').map((c) => (c as HTMLElement).style.flex)).toEqual(['2 1 0%', '1 1 0%']);
    expect(m.q('.lu-sidebar p.t')?.textContent).toBe('side');
    expect(m.q('.lu-bottom p.t')?.textContent).toBe('bottom');
    const links = m.qa('.lu-nav-link') as HTMLAnchorElement[];
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual(['page', null]);
    expect(links[1]?.getAttribute('href')).toBe('/about');
    links[1]?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    expect(m.sent).toContainEqual({ type: 'rerunScript', widgets: [], pagePath: 'about', query: '' });
    m.q<HTMLButtonElement>('.lu-sidebar-collapse')?.click();
    await settle(m.app);
    expect(m.q('.lu-sidebar')?.getAttribute('data-open')).toBe('false');
  });

  it('shows connection and protocol error banners; errors are dismissible', async () => {
    const m = await mount();
    await m.status('reconnecting');
    expect(m.q('.lu-banner--warning')?.textContent).toContain('Reconnecting');
    await m.status('connected');
    expect(m.q('.lu-banner--warning')).toBeNull();
    await m.push({ type: 'error', code: 'InvalidMessage', message: 'bad frame' });
    expect(m.q('.lu-banner--error')?.textContent).toContain('bad frame');
    m.q<HTMLButtonElement>('.lu-banner-close')?.click();
    await settle(m.app);
    expect(m.q('.lu-banner--error')).toBeNull();
  });

  it('shows one refusal banner, updated in place at each refusal, whose Retry button retries', async () => {
    let options: ConnectionFactoryOptions | undefined;
    let refusal: ConnectionRefusal | undefined;
    const retry = vi.fn();
    const app = document.createElement('lit-ui-app');
    app.src = '/';
    app.connectionFactory = (o) => {
      options = o;
      return {
        send: () => 0,
        close: () => undefined,
        status: 'refused',
        sessionId: undefined,
        retry,
        get refusal() {
          return refusal;
        },
      };
    };
    document.body.append(app);
    await settle(app);
    for (const attempt of [1, 2, 3]) {
      refusal = { code: 'TooManySessions', message: 'The server has reached its limit of 1 sessions.', attempt, retryInMs: 1000 * 2 ** attempt };
      options?.onStatus('refused');
      await settle(app);
    }
    const banners = [...(app.shadowRoot?.querySelectorAll('.lu-banner') ?? [])];
    expect(banners).toHaveLength(1);
    expect(banners[0]?.getAttribute('data-attempt')).toBe('3');
    expect(banners[0]?.textContent).toContain('limit of 1 sessions');
    expect(banners[0]?.textContent).toContain('in about 8 s');
    app.shadowRoot?.querySelector<HTMLButtonElement>('.lu-refusal .lu-banner-action')?.click();
    expect(retry).toHaveBeenCalledTimes(1);
    app.remove();
  });

  it('switches tabs with arrow keys, keeping every panel in the DOM', async () => {
    const m = await mount();
    await m.push(
      block([0, 0], { type: 'tabs', labels: ['One', 'Two'] }),
      block([0, 0, 0], { type: 'tab', label: 'One' }),
      block([0, 0, 1], { type: 'tab', label: 'Two' }),
      text([0, 0, 0, 0], 'first'),
      text([0, 0, 1, 0], 'second'),
    );
    const panels = (): boolean[] => m.qa('[role=tabpanel]').map((p) => p.hasAttribute('hidden'));
    expect(panels()).toEqual([false, true]);
    m.q('[role=tablist]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await settle(m.app);
    expect(panels()).toEqual([true, false]);
    expect(m.qa('[role=tab]').map((t) => t.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    expect(m.qa('p.t').map((p) => p.textContent)).toEqual(['first', 'second']);
  });

  it('opens dialogs, sends dialogClosed on close and reopens on a later isOpen delta', async () => {
    const m = await mount();
    const dialog: BlockProto = { type: 'dialog', title: 'Edit', width: 'medium', dismissible: true, isOpen: true, fragmentId: 'f1' };
    await m.push(block([0, 0], dialog), text([0, 0, 0], 'inside'));
    const el = m.q<HTMLDialogElement>('dialog');
    expect(el?.open).toBe(true);
    expect(el?.getAttribute('aria-modal')).toBe('true');
    expect(el?.className).toContain('lu-dialog--medium');
    expect(m.q('dialog p.t')?.textContent).toBe('inside');
    m.q<HTMLButtonElement>('.lu-dialog-close')?.click();
    await settle(m.app);
    expect(m.sent).toContainEqual({ type: 'dialogClosed', id: 'f1' });
    expect(m.q<HTMLDialogElement>('dialog')?.open).toBe(false);
    await m.push(block([0, 0], { ...dialog }));
    expect(m.q<HTMLDialogElement>('dialog')?.open).toBe(true);
  });

  it('submits a form on Enter through the widget manager when enterToSubmit', async () => {
    const m = await mount();
    const input: WidgetProto = { type: 'textInput', id: 'name', label: 'Name', value: '', formId: 'f' };
    const submit: WidgetProto = { type: 'formSubmitButton', id: 'go', label: 'Go', value: false, formId: 'f' };
    await m.push(
      block([0, 0], { type: 'form', formId: 'f', clearOnSubmit: false, enterToSubmit: true, border: true }),
      { type: 'delta', path: [0, 0, 0], element: input },
      { type: 'delta', path: [0, 0, 1], element: submit },
    );
    expect(m.q('.lu-form')?.getAttribute('role')).toBe('form');
    const widgets = m.app.controller.ctx.widgets;
    widgets.set(input, 'Ada');
    expect(m.sent).toEqual([]);
    widgets.submitForm('f');
    expect(m.sent).toEqual([
      {
        type: 'rerunScript',
        widgets: [
          { id: 'name', value: 'Ada' },
          { id: 'go', value: true, trigger: true },
        ],
      },
    ]);
  });

  it('shows each toast once and dismisses it after 4 s', async () => {
    vi.useFakeTimers();
    const m = await mount();
    await m.push({ type: 'delta', path: [2, 0], element: { type: 'toast', body: 'Saved!', nonce: 'n1' } });
    expect(m.qa('.lu-toast')).toHaveLength(1);
    expect(m.q('.lu-toast')?.textContent).toContain('Saved!');
    vi.advanceTimersByTime(4000);
    await settle(m.app);
    vi.advanceTimersByTime(300);
    await settle(m.app);
    expect(m.qa('.lu-toast')).toHaveLength(0);
    await m.push(text([0, 0], 'rerender'));
    expect(m.qa('.lu-toast')).toHaveLength(0);
  });

  it('applies layout and title from pageConfig in full-page mode (layout="page")', async () => {
    const m = await mount({ layout: 'page' });
    expect(m.q('.lu-app')?.className).toContain('lu-page');
    await m.push({ type: 'pageConfig', pageTitle: 'My app', layout: 'wide' });
    expect(document.title).toBe('My app');
    expect(m.q('.lu-app')?.className).toContain('lu-layout--wide');
  });

  it('embedded (the default) sizes to its content and leaves the host page title alone', async () => {
    document.title = 'Host page';
    const m = await mount();
    expect(m.q('.lu-app')?.className).toContain('lu-embedded');
    expect(m.q('.lu-app')?.className).toContain('lu-layout--fill');
    await m.push({ type: 'pageConfig', pageTitle: 'My app', layout: 'wide' });
    expect(document.title).toBe('Host page');
    expect(m.q('.lu-app')?.className).toContain('lu-layout--wide');
  });
});
