import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'lit';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { RenderContext } from '../types.js';
import { createFakeWidgetManager } from '../widgets/fakeWidgetManager.js';
import { dataEditorRenderer, DataEditorView } from './dataEditor.js';

beforeAll(() => {
  if (!customElements.get('lit-ui-data-editor')) customElements.define('lit-ui-data-editor', DataEditorView);
});
const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((h) => h.remove()));

function proto(fields: Partial<ElementProtoOf<'dataEditor'>> = {}): ElementProtoOf<'dataEditor'> {
  return {
    type: 'dataEditor',
    id: 'ed1',
    label: '',
    dataId: 'd1',
    columns: [
      { name: 'name', type: 'string' },
      { name: 'hours', type: 'number' },
      { name: 'done', type: 'boolean' },
    ],
    rows: [
      ['write', 2, false],
      ['test', 5, true],
    ],
    rowCount: 2,
    value: { editedRows: {}, addedRows: [], deletedRows: [] },
    numRows: 'dynamic',
    columnConfig: { hours: { kind: 'number', minValue: 0, maxValue: 40 } },
    disabledColumns: ['name'],
    ...fields,
  };
}

async function mount(p: ElementProtoOf<'dataEditor'>) {
  const widgets = createFakeWidgetManager();
  const ctx: RenderContext = { widgets, pageHref: (x) => x, navigate: () => undefined };
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(dataEditorRenderer(p, ctx), host);
  const el = host.querySelector('lit-ui-data-editor') as DataEditorView;
  await el.updateComplete;
  return { el, widgets };
}

const settle = async (el: DataEditorView) => {
  for (let i = 0; i < 3; i++) await el.updateComplete;
};
const cellsOf = (el: Element, row: number) => [...el.querySelectorAll(`.lu-df-body .lu-df-row[aria-rowindex="${row + 2}"] [role=cell]`)];

describe('st.dataEditor', () => {
  it('edits a cell: a bad value stays in the cell with its message; a good one is sent as the editing state', async () => {
    const { el, widgets } = await mount(proto());
    cellsOf(el, 0)[1]!.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    await settle(el);
    const input = el.querySelector('.lu-df-input') as HTMLInputElement;
    expect(input.value).toBe('2');
    input.value = '99';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle(el);
    expect(el.querySelector('.lu-df-problem')?.textContent).toBe('99 is above the maximum 40');
    expect(widgets.calls).toHaveLength(0);
    const again = el.querySelector('.lu-df-input') as HTMLInputElement;
    again.value = '7';
    again.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle(el);
    expect(widgets.calls.at(-1)).toMatchObject({
      method: 'set',
      id: 'ed1',
      value: { editedRows: { '0': { hours: 7 } }, addedRows: [], deletedRows: [] },
    });
    expect(cellsOf(el, 0)[1]!.textContent?.trim()).toBe('7');
  });

  it('leaves disabled columns alone, toggles check boxes, adds and deletes rows', async () => {
    const { el, widgets } = await mount(proto());
    cellsOf(el, 0)[0]!.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    await settle(el);
    expect(el.querySelector('.lu-df-input')).toBeNull();
    (cellsOf(el, 0)[2] as HTMLElement).click();
    expect(widgets.calls.at(-1)).toMatchObject({ value: { editedRows: { '0': { done: true } } } });
    (el.querySelector('.lu-de-add') as HTMLButtonElement).click();
    await settle(el);
    expect(widgets.calls.at(-1)).toMatchObject({ value: { addedRows: [{ name: null, hours: null, done: null }] } });
    expect(el.querySelectorAll('.lu-df-row--added')).toHaveLength(1);
    (el.querySelector('.lu-df-body .lu-df-row[aria-rowindex="3"] .lu-df-index') as HTMLElement).click();
    await settle(el);
    expect(widgets.calls.at(-1)).toMatchObject({ value: { deletedRows: [1] } });
    expect(el.querySelectorAll('.lu-df-row--deleted')).toHaveLength(1);
  });
});
