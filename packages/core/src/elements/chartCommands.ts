import type { DeltaGeneratorCore } from '../dg/deltaGeneratorCore.js';
import { chartSelectionDefinition, pickSelections, prepareSelections, type VegaLiteState } from '../widgets/chartSelection.js';
import { renderWidget } from '../widgets/renderWidget.js';
import { vegaLiteProto, type VegaLiteChartOptions } from './charts.js';
import type { TableData } from './tabular.js';

/** Body of `st.vegaLiteChart`: an element, or a selection widget when `onSelect` is `'rerun'` or a callback. */
export function vegaLiteChart(
  core: DeltaGeneratorCore,
  data: TableData | null,
  spec: Readonly<Record<string, unknown>>,
  options: VegaLiteChartOptions = {},
): VegaLiteState | undefined {
  const { type: _type, ...base } = vegaLiteProto(data, spec, options.useContainerWidth ?? true, options.height);
  if (options.onSelect === undefined || options.onSelect === 'ignore') {
    core.element({ type: 'vegaLiteChart', ...base });
    return undefined;
  }
  const prepared = prepareSelections(base.spec);
  const params = pickSelections(prepared.params, options.selectionMode);
  return renderWidget(core, chartSelectionDefinition({ ...base, spec: prepared.spec }, params, options));
}
