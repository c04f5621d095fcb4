import type { DataframeSelection, SelectionMode } from '@lit-ui/core/protocol';

/** What a dataframe lets users select, per kind: nothing, one, or many. */
export interface SelectModes {
  readonly row: 'single' | 'multi' | undefined;
  readonly column: 'single' | 'multi' | undefined;
  readonly cell: 'single' | 'multi' | undefined;
}

/** The modes of a proto's `selectionMode` list. */
export function selectModes(modes: readonly SelectionMode[] | undefined): SelectModes {
  const of = (kind: string) =>
    modes?.includes(`multi-${kind}` as SelectionMode) ? 'multi' : modes?.includes(`single-${kind}` as SelectionMode) ? 'single' : undefined;
  return { row: of('row'), column: of('column'), cell: of('cell') };
}

/** An empty selection. */
export const NO_SELECTION: DataframeSelection = { rows: [], columns: [], cells: [] };

function toggle<T>(list: readonly T[], item: T, same: (a: T, b: T) => boolean, mode: 'single' | 'multi'): T[] {
  const has = list.some((x) => same(x, item));
  if (has) return list.filter((x) => !same(x, item));
  return mode === 'single' ? [item] : [...list, item];
}

/** The selection with row `row` (its number in the data) toggled. */
export function toggleRow(selection: DataframeSelection, row: number, mode: 'single' | 'multi'): DataframeSelection {
  return { ...selection, rows: toggle(selection.rows, row, (a, b) => a === b, mode) };
}

/** The selection with column `name` toggled. */
export function toggleColumn(selection: DataframeSelection, name: string, mode: 'single' | 'multi'): DataframeSelection {
  return { ...selection, columns: toggle(selection.columns, name, (a, b) => a === b, mode) };
}

/** The selection with cell `[row, column]` toggled. */
export function toggleCell(selection: DataframeSelection, cell: [number, string], mode: 'single' | 'multi'): DataframeSelection {
  return { ...selection, cells: toggle(selection.cells, cell, (a, b) => a[0] === b[0] && a[1] === b[1], mode) };
}
