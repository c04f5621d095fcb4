import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'lit';
import type { DataColumn, JsonValue } from '@lit-ui/core/protocol';
import { dataframeRenderer, DataFrameView } from './dataframe.js';
import { tableRenderer } from './table.js';

beforeAll(() => {
  if (!customElements.get('lit-ui-dataframe')) customElements.define('lit-ui-dataframe', DataFrameView);
});

const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((h) => h.remove()));

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

async function mount(fields: { rows?: JsonValue[][]; rowCount?: number; height?: number; hideIndex?: boolean } = {}): Promise<DataFrameView> {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  const data = fields.rows ?? rows;
  render(
    dataframeRenderer({
      type: 'dataframe',
      columns,
      rows: data,
      rowCount: fields.rowCount ?? data.length,
      height: fields.height,
      hideIndex: fields.hideIndex,
    }),
    host,
  );
  const el = host.querySelector('lit-ui-dataframe') as DataFrameView;
  await el.updateComplete;
  return el;
}

const texts = (el: Element, selector: string): string[] => [...el.querySelectorAll(selector)].map((c) => c.textContent?.trim() ?? '');

describe('st.dataframe', () => {
  it('renders a sticky header, an index column and formatted cells', async () => {
    const el = await mount();
    expect(texts(el, '.lu-df-head .lu-df-head-text')).toEqual(['city', 'population', 'capital']);
    expect(texts(el, '.lu-df-body .lu-df-index')).toEqual(['0', '1', '2']);
    const first = el.querySelector('.lu-df-body .lu-df-row') as HTMLElement;
    expect(texts(first, '[role=cell]')).toEqual(['Paris', '2,102,650', '']);
    expect(first.querySelector('.lu-df-number')).not.toBeNull();
    expect(first.querySelector('.lu-df-check')?.hasAttribute('data-checked')).toBe(true);
    expect(el.querySelector('.lu-df-null')?.textContent).toBe('null');
    expect(el.querySelector('.lu-df-head .lu-df-num')?.textContent).toContain('population');
  });

  it('stripes rows and sizes columns from their content', async () => {
    const el = await mount();
    const bodyRows = el.querySelectorAll('.lu-df-body .lu-df-row');
    expect(bodyRows[1]?.classList.contains('lu-df-row--alt')).toBe(true);
    expect(bodyRows[0]?.classList.contains('lu-df-row--alt')).toBe(false);
    expect(bodyRows[2]?.classList.contains('lu-df-row--last')).toBe(true);
    const cols = (el.querySelector('.lu-df') as HTMLElement).style.getPropertyValue('--lu-df-cols');
    expect(cols.split(' minmax').length).toBe(4);
  });

  it('hides the index on request', async () => {
    const el = await mount({ hideIndex: true });
    expect(el.querySelector('.lu-df-index')).toBeNull();
  });

  it('shows about ten rows by default, or the given height', async () => {
    const many = Array.from({ length: 50 }, (_, i): JsonValue[] => [`c${i}`, i, false]);
    const auto = await mount({ rows: many });
    expect((auto.querySelector('.lu-df-scroll') as HTMLElement).style.maxHeight).toBe(`${11 * 35 + 2}px`);
    const fixed = await mount({ rows: many, height: 250 });
    expect((fixed.querySelector('.lu-df-scroll') as HTMLElement).style.height).toBe('250px');
  });

  it('says how many rows are shown when the data has more', async () => {
    const el = await mount({ rowCount: 12500 });
    expect(el.querySelector('.lu-df-footer')?.textContent).toBe('Showing 3 of 12,500 rows');
    expect(el.querySelector('.lu-df-sort-button')).toBeNull();
    expect(el.querySelector('[role=table]')?.getAttribute('aria-rowcount')).toBe('12501');
  });

  it('sorts by a column on header clicks: ascending, descending, off; nulls last', async () => {
    const el = await mount();
    const sortBy = async (name: string): Promise<void> => {
      [...el.querySelectorAll<HTMLButtonElement>('.lu-df-sort-button')].find((b) => b.textContent?.includes(name))?.click();
      await el.updateComplete;
    };
    await sortBy('population');
    expect(texts(el, '.lu-df-body .lu-df-index')).toEqual(['1', '0', '2']);
    expect(el.querySelector('[aria-sort=ascending]')?.textContent).toContain('population');
    await sortBy('population');
    expect(texts(el, '.lu-df-body .lu-df-index')).toEqual(['0', '1', '2']);
    await sortBy('population');
    expect(el.querySelector('[aria-sort=ascending], [aria-sort=descending]')).toBeNull();
    await sortBy('city');
    expect(texts(el, '.lu-df-body .lu-df-index')).toEqual(['1', '2', '0']);
  });

  it('shows an empty frame for no rows', async () => {
    const el = await mount({ rows: [] });
    expect(el.querySelector('.lu-df-empty')?.textContent).toBe('empty');
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

describe('big dataframes', () => {
  it('show their first rows while the virtualizer loads', async () => {
    const many = Array.from({ length: 5000 }, (_, i): JsonValue[] => [`c${i}`, i, false]);
    const el = await mount({ rows: many });
    const shown = el.querySelectorAll('.lu-df-body .lu-df-row').length;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThanOrEqual(40);
    expect(el.querySelector('[role=table]')?.getAttribute('aria-rowcount')).toBe('5001');
  });
});
