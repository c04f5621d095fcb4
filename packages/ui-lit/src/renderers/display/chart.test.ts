import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render } from 'lit';
import type { JsonObject } from '@lit-ui/core/protocol';
import { VegaChart } from './chart.js';
import { chartRenderer } from './chartRenderer.js';
import { chartConfig, prepareSpec } from './charts.js';

const embed = vi.fn();
let loaded: Promise<unknown> = Promise.resolve(embed);

vi.mock('./charts.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./charts.js')>()),
  loadVegaEmbed: () => loaded,
}));

beforeAll(() => {
  if (!customElements.get('lit-ui-vega-chart')) customElements.define('lit-ui-vega-chart', VegaChart);
});

const hosts: HTMLElement[] = [];
afterEach(() => {
  hosts.splice(0).forEach((h) => h.remove());
  embed.mockReset();
  loaded = Promise.resolve(embed);
});

const spec: JsonObject = { mark: 'line', data: { values: [{ x: 1, y: 2 }] }, encoding: {}, height: 300 };

async function mount(fields: { spec?: JsonObject; height?: number } = {}): Promise<VegaChart> {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(chartRenderer({ type: 'lineChart', spec: fields.spec ?? spec, height: fields.height, useContainerWidth: true }), host);
  const el = host.querySelector('lit-ui-vega-chart') as VegaChart;
  await el.updateComplete;
  return el;
}

describe('charts', () => {
  it('shows a placeholder of the chart height while vega-embed loads', async () => {
    let resolve: (v: unknown) => void = () => undefined;
    loaded = new Promise((r) => (resolve = r));
    const el = await mount({ height: 250 });
    const placeholder = el.querySelector('.lu-chart-placeholder') as HTMLElement;
    expect(placeholder.style.height).toBe('250px');
    expect(el.querySelector('.lu-chart')?.getAttribute('data-status')).toBe('loading');
    resolve(embed);
  });

  it('embeds the spec without actions, with the theme config, then drops the placeholder', async () => {
    embed.mockResolvedValue({ finalize: vi.fn() });
    const el = await mount({ height: 250 });
    await vi.waitFor(() => expect(el.querySelector('.lu-chart')?.getAttribute('data-status')).toBe('ready'));
    expect(embed).toHaveBeenCalledTimes(1);
    const [target, embedded, options] = embed.mock.calls[0] as [HTMLElement, JsonObject, Record<string, unknown>];
    expect(target.classList.contains('lu-chart-view')).toBe(true);
    expect(embedded['height']).toBe(250);
    expect(options['actions']).toBe(false);
    expect(options['config']).toBeTypeOf('object');
    expect(el.querySelector('.lu-chart-placeholder')).toBeNull();
  });

  it('re-embeds only when the spec changes', async () => {
    const finalize = vi.fn();
    embed.mockResolvedValue({ finalize });
    const el = await mount();
    await vi.waitFor(() => expect(embed).toHaveBeenCalledTimes(1));
    el.spec = JSON.parse(JSON.stringify(spec)) as JsonObject;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    expect(embed).toHaveBeenCalledTimes(1);
    el.spec = { ...spec, mark: 'bar' };
    await vi.waitFor(() => expect(embed).toHaveBeenCalledTimes(2));
    expect(finalize).toHaveBeenCalledTimes(1);
  });

  it('shows a clear error box when the spec fails', async () => {
    embed.mockRejectedValue(new Error('Invalid specification'));
    const el = await mount();
    await vi.waitFor(() => expect(el.querySelector('.lu-chart-error')).not.toBeNull());
    expect(el.querySelector('.lu-chart-error')?.textContent).toContain('Invalid specification');
    expect(el.querySelector('.lu-chart-error')?.getAttribute('role')).toBe('alert');
  });

  it('fits single views to the container width and leaves concatenations alone', () => {
    expect(prepareSpec(spec, { containerWidth: 640 })).toMatchObject({ width: 640, autosize: { type: 'fit', contains: 'padding' } });
    expect(prepareSpec(spec, { containerWidth: 0 })['width']).toBeUndefined();
    const concat = { hconcat: [spec, spec] };
    expect(prepareSpec(concat, { containerWidth: 640, height: 100 })).toEqual(concat);
  });

  it('themes charts with Streamlit colors', () => {
    const config = chartConfig({ dark: false, text: '#31333f', muted: '#6b6e7b', grid: '#f0f2f6', font: 'sans-serif' }) as Record<string, unknown>;
    expect((config['range'] as { category: string[] }).category[0]).toBe('#0068c9');
    expect((config['axis'] as Record<string, unknown>)['labelColor']).toBe('#6b6e7b');
  });
});
