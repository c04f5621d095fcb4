import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render } from 'lit';
import type { DataColumn, DataWindowMsg, ElementProtoOf, JsonValue } from '@lit-ui/core/protocol';
import type { DataWindowRequest, RenderContext } from '../types.js';
import { createFakeWidgetManager } from '../widgets/fakeWidgetManager.js';
import { DataFrameView } from './dataframe.js';
import { dataframeRenderer } from './dataframeRenderer.js';
import { tableRenderer } from './table.js';

beforeAll(() => {
  if (!customElements.get('lit-ui-dataframe')) customElements.define('lit-ui-dataframe', DataFrameView);
});

const hosts: HTMLElement[] = [];
afterEach(() => {
  hosts.splice(0).forEach((h) => h.remove());
  vi.useRealTimers();
});

const columns: DataColumn[] = [
  { name: 'city', type: 'string' },
  { name: 'population', type: 'number' },
  { name: 'capital', type: 'boolean' },
];
const rows: JsonValue[][] = [
  ['Paris', 2102650, true],
  ['Lyon', 522250, false],
  ['Nice', null, false],
];

/** A fake server: answers each request from `data`, sorted as asked; records requests. */
function fakeServer(data: JsonValue[][], dataId = 'd1', more: Record<string, JsonValue[][]> = {}) {
  const tables: Record<string, JsonValue[][]> = { [dataId]: data, ...more };
  const requests: DataWindowRequest[] = [];
  const pending: (() => void)[] = [];
  const requestData = (r: DataWindowRequest): Promise<DataWindowMsg> => {
    requests.push(r);
    return new Promise((resolve, reject) => {
      pending.push(() => {
        const data = tables[r.dataId];
        if (!data) return reject(Object.assign(new Error(`No table with data id '${r.dataId}'`), { code: 'UnknownDataId' }));
        let order = data.map((_, i) => i);
        if (r.sort) {
          const { column, direction } = r.sort;
          order = order.sort((a, b) => {
            const x = data[a]![column];
            const y = data[b]![column];
            if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
            return (x! < y! ? -1 : x! > y! ? 1 : 0) * (direction === 'asc' ? 1 : -1) || a - b;
          });
        }
        if (r.search)
          order = order.filter((i) =>
            data[i]!.some((v) => (typeof v === 'string' ? v : JSON.stringify(v)).toLowerCase().includes(r.search!.toLowerCase())),
          );
        const slice = order.slice(r.start, r.end);
        resolve({
          type: 'dataWindow',
          seq: 0,
          cseq: requests.length,
          dataId: r.dataId,
          start: r.start,
          rowCount: order.length,
          rows: slice.map((i) => data[i]!),
          ...(r.sort || r.search ? { index: slice } : {}),
        });
      });
    });
  };
  const ctx: RenderContext = { widgets: {} as RenderContext['widgets'], pageHref: (p) => p, navigate: () => undefined, requestData };
  return { requests, ctx, answerAll: () => pending.splice(0).forEach((answer) => answer()) };
}

function proto(fields: Partial<ElementProtoOf<'dataframe'>> = {}): ElementProtoOf<'dataframe'> {
  const data = fields.rows ?? rows;
  return { type: 'dataframe', dataId: 'd1', columns, rows: data, rowCount: data.length, ...fields };
}

async function mount(p: ElementProtoOf<'dataframe'>, ctx?: RenderContext): Promise<{ el: DataFrameView; host: HTMLElement }> {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(dataframeRenderer(p, ctx ?? fakeServer(rows).ctx), host);
  const el = host.querySelector('lit-ui-dataframe') as DataFrameView;
  await el.updateComplete;
  return { el, host };
}

const texts = (el: Element, selector: string): string[] => [...el.querySelectorAll(selector)].map((c) => c.textContent?.trim() ?? '');
const settle = async (el: DataFrameView) => {
  for (let i = 0; i < 3; i++) await el.updateComplete;
};

describe('st.dataframe', () => {
  it('renders a sticky header, an index column and formatted cells from the first window', async () => {
    const { el } = await mount(proto());
    expect(texts(el, '.lu-df-head .lu-df-head-text')).toEqual(['city', 'population', 'capital']);
    expect(texts(el, '.lu-df-body .lu-df-index')).toEqual(['0', '1', '2']);
    const first = el.querySelector('.lu-df-body .lu-df-row') as HTMLElement;
    expect(texts(first, '[role=cell]')).toEqual(['Paris', '2,102,650', '']);
    expect(first.querySelector('.lu-df-number')).not.toBeNull();
    expect(first.querySelector('.lu-df-check')?.hasAttribute('data-checked')).toBe(true);
    expect(el.querySelector('.lu-df-null')?.textContent).toBe('null');
    expect(el.querySelector('.lu-df-head .lu-df-num')?.textContent).toContain('population');
  });

  it('positions rows by their index and stripes them', async () => {
    const { el } = await mount(proto());
    const bodyRows = [...el.querySelectorAll<HTMLElement>('.lu-df-body .lu-df-row')];
    expect(bodyRows.map((r) => r.style.top)).toEqual(['0px', '35px', '70px']);
    expect(bodyRows[1]?.classList.contains('lu-df-row--alt')).toBe(true);
    expect(bodyRows[2]?.classList.contains('lu-df-row--last')).toBe(true);
    expect((el.querySelector('.lu-df-body') as HTMLElement).style.height).toBe('105px');
  });

  it('hides the index on request', async () => {
    const { el } = await mount(proto({ hideIndex: true }));
    expect(el.querySelector('.lu-df-index')).toBeNull();
  });

  it('shows about ten rows by default, or the given height', async () => {
    const many = Array.from({ length: 50 }, (_, i): JsonValue[] => [`c${i}`, i, false]);
    const auto = await mount(proto({ rows: many }));
    expect((auto.el.querySelector('.lu-df-scroll') as HTMLElement).style.maxHeight).toBe(`${11 * 35 + 2}px`);
    const fixed = await mount(proto({ rows: many, height: 250 }));
    expect((fixed.el.querySelector('.lu-df-scroll') as HTMLElement).style.height).toBe('250px');
  });

  it('asks the server for rows past the first window, in blocks, and draws them when they come', async () => {
    const all = Array.from({ length: 250 }, (_, i): JsonValue[] => [`c${i}`, i, i % 2 === 0]);
    const server = fakeServer(all);
    const { el } = await mount(proto({ rows: all.slice(0, 5), rowCount: 250 }), server.ctx);
    expect(el.querySelector('[role=table]')?.getAttribute('aria-rowcount')).toBe('251');
    expect(server.requests).toEqual([{ dataId: 'd1', start: 0, end: 100 }]);
    expect(el.querySelectorAll('.lu-df-row--loading').length).toBeGreaterThan(0);
    server.answerAll();
    await settle(el);
    expect(el.querySelectorAll('.lu-df-row--loading').length).toBe(0);
    expect(texts(el, '.lu-df-body .lu-df-index').slice(0, 8)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
    expect(texts(el, '.lu-df-body .lu-df-row:nth-child(8) [role=cell]')[0]).toBe('c7');
  });

  it('sorts on the server on header clicks: ascending, descending, off; the index shows row numbers', async () => {
    const server = fakeServer(rows);
    const { el } = await mount(proto(), server.ctx);
    const sortBy = async (name: string): Promise<void> => {
      [...el.querySelectorAll<HTMLButtonElement>('.lu-df-sort-button')].find((b) => b.textContent?.includes(name))?.click();
      await settle(el);
      server.answerAll();
      await settle(el);
    };
    await sortBy('population');
    expect(server.requests.at(-1)).toEqual({ dataId: 'd1', start: 0, end: 100, sort: { column: 1, direction: 'asc' } });
    expect(texts(el, '.lu-df-body .lu-df-index')).toEqual(['1', '0', '2']);
    expect(el.querySelector('[aria-sort=ascending]')?.textContent).toContain('population');
    await sortBy('population');
    expect(texts(el, '.lu-df-body .lu-df-index')).toEqual(['0', '1', '2']);
    expect(el.querySelector('[aria-sort=descending]')?.textContent).toContain('population');
    await sortBy('population');
    expect(el.querySelector('[aria-sort=ascending], [aria-sort=descending]')).toBeNull();
    expect(texts(el, '.lu-df-body .lu-df-index')).toEqual(['0', '1', '2']);
  });

  it('never draws a window of data that a rerun replaced', async () => {
    const server = fakeServer(rows, 'd1', { d2: [['Bordeaux', 1, false]] });
    const { el, host } = await mount(proto(), server.ctx);
    [...el.querySelectorAll<HTMLButtonElement>('.lu-df-sort-button')][0]!.click();
    await settle(el);
    expect(server.requests).toHaveLength(1);
    // A rerun replaces the data before the sorted window arrives.
    render(dataframeRenderer(proto({ dataId: 'd2', rows: [['Bordeaux', 1, false]] }), server.ctx), host);
    await settle(el);
    server.answerAll();
    await settle(el);
    expect(server.requests.map((r) => r.dataId)).toEqual(['d1', 'd2']);
    expect(texts(el, '.lu-df-body [role=cell]')).toEqual(['Bordeaux', '1', '']);
    expect(el.querySelector('.lu-df-footer--error')).toBeNull();
  });

  it('replaces every row when the data changes (no row of the old data stays)', async () => {
    const server = fakeServer(rows);
    const { el, host } = await mount(proto(), server.ctx);
    render(dataframeRenderer(proto({ dataId: 'd9', rows: [['Brest', 139163, false]] }), server.ctx), host);
    await settle(el);
    expect(el.querySelectorAll('.lu-df-body .lu-df-row')).toHaveLength(1);
    expect(texts(el, '.lu-df-body [role=cell]')[0]).toBe('Brest');
  });

  it('searches through the server after the user stops typing, and says how many rows match', async () => {
    vi.useFakeTimers();
    const server = fakeServer(rows);
    const { el } = await mount(proto(), server.ctx);
    (el.querySelector('.lu-df-tool[aria-label=Search]') as HTMLButtonElement).click();
    await settle(el);
    const input = el.querySelector('.lu-df-search') as HTMLInputElement;
    input.value = 'ly';
    input.dispatchEvent(new Event('input'));
    expect(server.requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(300);
    await settle(el);
    expect(server.requests.at(-1)).toMatchObject({ search: 'ly', start: 0 });
    server.answerAll();
    await settle(el);
    expect(texts(el, '.lu-df-body [role=cell]')[0]).toBe('Lyon');
    expect(el.querySelector('.lu-df-footer')?.textContent).toBe('1 of 3 rows match');
  });

  it('shows a refused request under the table', async () => {
    const server = fakeServer(rows, 'other');
    const { el } = await mount(proto({ rows: rows.slice(0, 1), rowCount: 3 }), server.ctx);
    server.answerAll();
    await settle(el);
    expect(el.querySelector('.lu-df-footer--error')?.textContent).toMatch(/No table with data id/);
  });

  it('shows an empty frame for no rows', async () => {
    const { el } = await mount(proto({ rows: [] }));
    expect(el.querySelector('.lu-df-empty')?.textContent).toBe('empty');
  });
});

describe('selections (onSelect)', () => {
  it('selects rows with their check boxes, columns on header clicks and cells on clicks, through the widget manager', async () => {
    const widgets = createFakeWidgetManager();
    const ctx = { ...fakeServer(rows).ctx, widgets };
    const selectable = proto({
      id: 'df1',
      label: '',
      value: { rows: [], columns: [], cells: [] },
      selectionMode: ['multi-row', 'single-column', 'multi-cell'],
    });
    const { el } = await mount(selectable, ctx);
    const boxes = [...el.querySelectorAll<HTMLInputElement>('.lu-df-select input')];
    expect(boxes.map((b) => b.getAttribute('aria-label'))).toEqual(['Select row 0', 'Select row 1', 'Select row 2']);
    boxes[1]!.click();
    expect(widgets.calls.at(-1)).toMatchObject({ method: 'set', id: 'df1', value: { rows: [1], columns: [], cells: [] } });
    await settle(el);
    expect(el.querySelectorAll('.lu-df-row--selected')).toHaveLength(1);
    [...el.querySelectorAll<HTMLButtonElement>('.lu-df-sort-button')].find((b) => b.textContent?.includes('population'))!.click();
    expect(widgets.calls.at(-1)).toMatchObject({ value: { rows: [1], columns: ['population'], cells: [] } });
    (el.querySelector('.lu-df-body .lu-df-row [role=cell].lu-df-string') as HTMLElement).click();
    expect(widgets.calls.at(-1)).toMatchObject({ value: { cells: [[0, 'city']] } });
    await settle(el);
    expect(el.querySelector('.lu-df-cell--selected')?.textContent?.trim()).toBe('Paris');
    expect(el.querySelector('[aria-selected=true][role=columnheader]')?.textContent).toContain('population');
  });
});

describe('st.table', () => {
  it('renders every row in a static table', () => {
    const host = document.createElement('div');
    render(tableRenderer({ type: 'table', columns, rows, rowCount: 3 }), host);
    expect(texts(host, 'thead th')).toEqual(['Index', 'city', 'population', 'capital']);
    expect(host.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(texts(host, 'tbody tr:first-child > *')).toEqual(['0', 'Paris', '2,102,650', 'true']);
    expect(host.querySelector('tbody td.lu-table-num')?.textContent).toBe('2,102,650');
    expect(host.querySelector('.lu-df-footer')).toBeNull();
  });

  it('notes rows that were not sent', () => {
    const host = document.createElement('div');
    render(tableRenderer({ type: 'table', columns, rows, rowCount: 10 }), host);
    expect(host.querySelector('.lu-df-footer')?.textContent).toBe('Showing 3 of 10 rows');
  });
});
