import { applyColumnConfig } from '../data/columnConfig.js';
import { toDataTable } from '../data/toDataTable.js';
import type { DeltaGeneratorCore } from '../dg/deltaGeneratorCore.js';
import { applyEdits, dataEditorDefinition, type DataEditorOptions } from '../widgets/dataEditor.js';
import { dataframeSelectionDefinition, type DataframeSelectOptions, type DataframeState } from '../widgets/dataframeSelection.js';
import { renderWidget } from '../widgets/renderWidget.js';
import { dataframeProto, pickColumns, tableProto, type DataframeOptions } from './data.js';
import type { TableData } from './tabular.js';

/**
 * The session's entry for `data` (held by reference for its windows) and
 * the proto fields of a server-paged table showing it: the columns
 * `columnOrder` picks, configured by `columnConfig`.
 */
function shownTable(core: DeltaGeneratorCore, data: TableData, options: DataframeOptions, command: 'dataframe' | 'dataEditor') {
  core.run(); // yield point first: an interrupted run does not convert data
  const table = toDataTable(data, command, options.columns ? { columns: options.columns } : {});
  const names = table.columns.map((c) => c.name);
  const configured = applyColumnConfig(names, pickColumns(table, options.columnOrder, command), options.columnConfig);
  const entry = core.host.data.show(table, configured.picks);
  const { type: _type, ...base } = dataframeProto(entry, options, configured.wire);
  return { table, base };
}

/** Body of `st.dataframe`: an element, or a selection widget when `onSelect` is `'rerun'` or a callback. */
export function dataframe(
  core: DeltaGeneratorCore,
  data: TableData,
  options: DataframeOptions & DataframeSelectOptions = {},
): DataframeState | undefined {
  const { base } = shownTable(core, data, options, 'dataframe');
  if (options.onSelect === undefined || options.onSelect === 'ignore') {
    core.element({ type: 'dataframe', ...base });
    return undefined;
  }
  return renderWidget(core, dataframeSelectionDefinition(base, options));
}

/** Body of `st.dataEditor`: the data with the session's edits applied, in the shape it was given. */
export function dataEditor(core: DeltaGeneratorCore, data: TableData, options: DataEditorOptions = {}): unknown {
  const { table, base } = shownTable(core, data, options, 'dataEditor');
  return applyEdits(data, table, renderWidget(core, dataEditorDefinition(base, options)));
}

/** Body of `st.table`: a static table of every row (up to 10,000). */
export function table(core: DeltaGeneratorCore, data: TableData, options: { readonly columns?: readonly string[] } = {}): void {
  core.run(); // yield point first: an interrupted run does not convert data
  core.element(tableProto(toDataTable(data, 'table', options)));
}
