import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';

const figure = { data: [{ type: 'scatter', mode: 'markers', x: [1, 2, 3], y: [4, 1, 6] }], layout: { title: { text: 'Points' } } };

describe('st.plotlyChart', () => {
  it('sends the figure as JSON (toJSON objects and bare trace arrays too), in the Streamlit theme by default', async () => {
    const at = AppTest.fromFunction((st) => {
      st.plotlyChart(figure);
      st.plotlyChart(
        { toJSON: () => ({ data: [{ type: 'bar', x: ['a'], y: [new Date(0)] }] }) },
        { theme: null, useContainerWidth: false, config: { displayModeBar: false } },
      );
      st.plotlyChart([{ type: 'pie', values: [1, 2] }]);
    });
    await at.run();
    expect(at.plotlyChart).toHaveLength(3);
    expect(at.plotlyChart[0]!.value).toEqual(figure);
    expect(at.plotlyChart[0]!.proto).toMatchObject({ theme: 'streamlit', useContainerWidth: true });
    expect(at.plotlyChart[0]!.proto.id).toBeUndefined();
    expect(at.plotlyChart[1]!.proto).toMatchObject({
      figure: { data: [{ type: 'bar', x: ['a'], y: ['1970-01-01T00:00:00.000Z'] }], layout: {} },
      theme: null,
      useContainerWidth: false,
      config: { displayModeBar: false },
    });
    expect(at.plotlyChart[2]!.figure).toEqual({ data: [{ type: 'pie', values: [1, 2] }], layout: {} });
  });

  it('with onSelect returns Streamlit’s PlotlyState; a selection staged in AppTest reaches the app, the callback runs first', async () => {
    const seen: unknown[] = [];
    let calls = 0;
    const at = AppTest.fromFunction((st) => {
      const state = st.plotlyChart(figure, { onSelect: () => calls++, selectionMode: ['points', 'box'], key: 'pick' });
      seen.push(state);
      st.write(`${state.selection.pointIndices.join(',')}|${state.selection.box.length}`);
    });
    await at.run();
    expect(seen[0]).toEqual({ selection: { points: [], pointIndices: [], box: [], lasso: [] } });
    expect(at.plotlyChart[0]!.proto.selectionMode).toEqual(['points', 'box']);
    at.plotlyChart[0]!.select({
      points: [
        { curveNumber: 0, pointIndex: 0, pointNumber: 0, x: 1, y: 4 },
        { curveNumber: 0, pointIndex: 2, pointNumber: 2, x: 3, y: 6 },
      ],
      box: [{ xref: 'x', yref: 'y', x: [0.5, 3.5], y: [3, 7] }],
    });
    expect(at.plotlyChart[0]!.selection.pointIndices).toEqual([0, 2]);
    await at.run();
    expect(calls).toBe(1);
    expect(at.markdown.at(-1)!.value).toBe('0,2|1');
    expect((at.sessionState['pick'] as { selection: { points: unknown[] } }).selection.points).toHaveLength(2);
  });

  it('bad input is a clear error naming what is wrong; the script goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      for (const [fig, options] of [
        [42, {}],
        [{ layout: {} }, {}],
        [{ data: [1] }, {}],
        [{ data: [], layout: [] }, {}],
        [figure, { theme: 'dark' }],
        [figure, { onSelect: 'rerun', selectionMode: 'circle' }],
        [figure, { onSelect: 'rerun', selectionMode: [] }],
      ] as const) {
        try {
          st.plotlyChart(fig as never, options as never);
        } catch (error) {
          st.text(`${(error as { code?: string }).code}: ${(error as Error).message}`);
        }
      }
      st.text('done');
    });
    await at.run();
    expect(at.text.map((t) => t.value)).toEqual([
      'InvalidArgument: st.plotlyChart: expected a Plotly figure ({ data, layout }) or an array of traces, got number 42.',
      'InvalidArgument: st.plotlyChart: the figure has no `data` array of traces.',
      "InvalidArgument: st.plotlyChart: trace 0 of the figure's data is not an object (got 1).",
      "InvalidArgument: st.plotlyChart: the figure's `layout` must be an object.",
      'InvalidArgument: st.plotlyChart: theme must be \'streamlit\' or null (got "dark").',
      "InvalidArgument: st.plotlyChart: selectionMode \"circle\" is not one of 'points', 'box', 'lasso'.",
      "InvalidArgument: st.plotlyChart: selectionMode needs at least one of 'points', 'box', 'lasso'.",
      'done',
    ]);
    expect(at.plotlyChart).toHaveLength(0);
  });

  it('refuses a selection that does not fit the chart: a lasso where only points select, a point without indices', async () => {
    const at = AppTest.fromFunction((st) => {
      st.plotlyChart(figure, { onSelect: 'rerun', selectionMode: 'points' });
    });
    await at.run();
    expect(() => at.plotlyChart[0]!.select({ lasso: [{ xref: 'x', yref: 'y', x: [0, 1, 2], y: [0, 1, 0] }] })).toThrow(/does not select by lasso/);
    expect(() => at.plotlyChart[0]!.select({ points: [{ x: 1 }] })).toThrow(/curveNumber and pointIndex/);
    expect(at.plotlyChart[0]!.selection.points).toEqual([]);
  });

  it('a chart without onSelect cannot be selected in AppTest', async () => {
    const at = AppTest.fromFunction((st) => st.plotlyChart(figure));
    await at.run();
    expect(() => at.plotlyChart[0]!.select({ points: [] })).toThrow(/does not select/);
  });
});

describe('st.graphvizChart', () => {
  it('sends the DOT source (text or a Graphviz object’s source), the engine and the width rule', async () => {
    const at = AppTest.fromFunction((st) => {
      st.graphvizChart('digraph { a -> b }');
      st.graphvizChart({ source: 'graph { x -- y }' }, { engine: 'neato', useContainerWidth: false });
    });
    await at.run();
    expect(at.graphvizChart.map((g) => g.value)).toEqual(['digraph { a -> b }', 'graph { x -- y }']);
    expect(at.graphvizChart[0]!.proto).toMatchObject({ engine: 'dot', useContainerWidth: true });
    expect(at.graphvizChart[1]!.proto).toMatchObject({ engine: 'neato', useContainerWidth: false });
  });

  it('bad input is a clear error; the script goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      for (const [dot, options] of [
        [7, {}],
        ['  ', {}],
        ['digraph { a }', { engine: 'magic' }],
      ] as const) {
        try {
          st.graphvizChart(dot as never, options as never);
        } catch (error) {
          st.text((error as Error).message);
        }
      }
      st.text('done');
    });
    await at.run();
    expect(at.text.map((t) => t.value)).toEqual([
      'st.graphvizChart: expected DOT source text, got number.',
      'st.graphvizChart: the DOT source is empty; e.g. st.graphvizChart("digraph { a -> b }").',
      'st.graphvizChart: engine "magic" is not one of dot, neato, fdp, sfdp, circo, twopi, osage, patchwork.',
      'done',
    ]);
  });
});
