import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render } from 'lit';
import type { JsonObject } from '@lit-ui/core/protocol';
import { AppTest } from '@lit-ui/core/testing';
import { rendererFor } from '../registry.js';
import { createFakeWidgetManager, fakeContext } from '../widgets/fakeWidgetManager.js';
import { PlotlyChart } from './plotlyChart.js';
import { selectionOf } from './plotlyEvents.js';
import { PlotlyLoadError } from './plotlyLoader.js';

type Listener = (data: unknown) => void;
const listeners = new Map<string, Listener>();
const react = vi.fn((div: HTMLElement & { on?: unknown }) => {
  div.on = (event: string, listener: Listener) => listeners.set(event, listener);
  return Promise.resolve(div);
});
let loaded: () => Promise<unknown> = () => Promise.resolve({ react, purge: vi.fn() });

vi.mock('./plotlyLoader.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./plotlyLoader.js')>()),
  loadPlotly: (url: string) => loaded().then((plotly) => (((plotly as { url?: string }).url = url), plotly)),
}));

beforeAll(() => {
  if (!customElements.get('lit-ui-plotly-chart')) customElements.define('lit-ui-plotly-chart', PlotlyChart);
});

const hosts: HTMLElement[] = [];
afterEach(() => {
  hosts.splice(0).forEach((h) => h.remove());
  react.mockClear();
  listeners.clear();
  loaded = () => Promise.resolve({ react, purge: vi.fn() });
});

/** Renders an element proto the way `<lit-ui-app>` does: through the registry, by its type. */
async function mount(proto: { readonly type: string }, widgets = createFakeWidgetManager()): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  const renderer = rendererFor(proto.type);
  if (!renderer) throw new Error(`no renderer for ${proto.type}`);
  render(renderer(proto, fakeContext(widgets)), host);
  return host;
}

const figure = { data: [{ type: 'scatter', x: [1, 2], y: [3, 4] }], layout: { title: { text: 'Sales' }, height: 300 } };

describe('st.plotlyChart in the browser', () => {
  it('draws the figure under the Streamlit template, with the app’s config, and leaves the proto untouched', async () => {
    const at = AppTest.fromFunction((st) => st.plotlyChart(figure, { config: { scrollZoom: true } }));
    await at.run();
    const host = await mount(at.plotlyChart[0]!.proto);
    const el = host.querySelector('lit-ui-plotly-chart') as PlotlyChart;
    expect(el.querySelector('.lu-chart-placeholder')).not.toBeNull();
    await vi.waitFor(() => expect(react).toHaveBeenCalledTimes(1));
    const [div, drawn] = react.mock.calls[0] as unknown as [HTMLElement, { data: JsonObject[]; layout: JsonObject; config: JsonObject }];
    expect(div.getAttribute('aria-label')).toBe('Sales');
    expect(drawn.data).toEqual(figure.data);
    expect(drawn.layout).toMatchObject({ title: { text: 'Sales' }, height: 300, template: { layout: { paper_bgcolor: 'rgba(0,0,0,0)' } } });
    expect(drawn.layout['dragmode']).toBeUndefined();
    expect(drawn.config).toEqual({ displaylogo: false, scrollZoom: true });
    expect(at.plotlyChart[0]!.figure).toEqual(figure);
    await vi.waitFor(() => expect(el.querySelector('.lu-chart-placeholder')).toBeNull());
  });

  it('with theme null keeps plotly.js’s own look', async () => {
    const at = AppTest.fromFunction((st) => st.plotlyChart(figure, { theme: null }));
    await at.run();
    await mount(at.plotlyChart[0]!.proto);
    await vi.waitFor(() => expect(react).toHaveBeenCalled());
    expect((react.mock.calls[0] as unknown as [unknown, { layout: JsonObject }])[1].layout['template']).toBeUndefined();
  });

  it('a selecting chart drags a box, clicks select points, hides the lasso it does not allow, and sends plotly’s selection as the widget value', async () => {
    const at = AppTest.fromFunction((st) => st.plotlyChart(figure, { onSelect: 'rerun', selectionMode: ['points', 'box'] }));
    await at.run();
    const widgets = createFakeWidgetManager();
    await mount(at.plotlyChart[0]!.proto, widgets);
    await vi.waitFor(() => expect(listeners.has('plotly_selected')).toBe(true));
    const drawn = (react.mock.calls[0] as unknown as [unknown, { layout: JsonObject; config: JsonObject }])[1];
    expect(drawn.layout).toMatchObject({ dragmode: 'select', clickmode: 'event+select' });
    expect(drawn.config['modeBarButtonsToRemove']).toEqual(['lasso2d']);
    listeners.get('plotly_selected')!({
      points: [{ curveNumber: 0, pointIndex: 1, pointNumber: 1, x: 2, y: 4, data: { circular: true } }],
      selections: [{ type: 'rect', xref: 'x', yref: 'y', x0: 1.5, x1: 2.5, y0: 3, y1: 5 }],
    });
    const sent = widgets.calls.at(-1)!;
    expect(sent.value).toEqual({
      points: [{ curveNumber: 0, pointIndex: 1, pointNumber: 1, x: 2, y: 4 }],
      pointIndices: [1],
      box: [{ xref: 'x', yref: 'y', x: [1.5, 2.5], y: [3, 5] }],
      lasso: [],
    });
    listeners.get('plotly_deselect')!(undefined);
    expect(widgets.calls.at(-1)!.value).toEqual({ points: [], pointIndices: [], box: [], lasso: [] });
  });

  it('shows PeerNotInstalled in place when plotly.js is not installed on the server', async () => {
    loaded = () => Promise.reject(new PlotlyLoadError('PeerNotInstalled', 'st.plotlyChart needs plotly.js: install the optional peer.'));
    const at = AppTest.fromFunction((st) => st.plotlyChart(figure));
    await at.run();
    const host = await mount(at.plotlyChart[0]!.proto);
    await vi.waitFor(() => expect(host.querySelector('[role="alert"]')).not.toBeNull());
    expect(host.querySelector('[role="alert"]')!.textContent).toContain('PeerNotInstalled: st.plotlyChart needs plotly.js');
  });
});

describe('selectionOf (plotly.js events → PlotlyState)', () => {
  it('reads lassos from selection paths, and falls back to range / lassoPoints', () => {
    expect(selectionOf({ points: [], selections: [{ type: 'path', xref: 'x2', yref: 'y2', path: 'M1,2L3,4L5,0Z' }] })).toEqual({
      points: [],
      pointIndices: [],
      box: [],
      lasso: [{ xref: 'x2', yref: 'y2', x: [1, 3, 5], y: [2, 4, 0] }],
    });
    expect(selectionOf({ points: [{ curveNumber: 1, pointNumber: 3, x: new Date(0) }], range: { x: [0, 1], y: [2, 3] } })).toEqual({
      points: [{ curveNumber: 1, pointIndex: 3, pointNumber: 3, x: '1970-01-01T00:00:00.000Z' }],
      pointIndices: [3],
      box: [{ xref: 'x', yref: 'y', x: [0, 1], y: [2, 3] }],
      lasso: [],
    });
  });
});

describe('st.graphvizChart in the browser', () => {
  it('renders a lazily defined <lit-ui-graphviz-chart> with the DOT source and engine', async () => {
    const at = AppTest.fromFunction((st) => st.graphvizChart('digraph { a -> b }', { engine: 'neato' }));
    await at.run();
    const host = await mount(at.graphvizChart[0]!.proto);
    const el = host.querySelector('lit-ui-graphviz-chart') as HTMLElement & { dot?: string; engine?: string };
    expect(el).not.toBeNull();
    expect(el.dot).toBe('digraph { a -> b }');
    expect(el.engine).toBe('neato');
  });
});
