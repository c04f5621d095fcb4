import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';
import { createFakeScheduler } from '../testing/fakeScheduler.js';

describe('display elements', () => {
  it('text family and alerts carry their body', async () => {
    const at = AppTest.fromFunction((st) => {
      st.title('T', { anchor: 'top' });
      st.header('H', { divider: 'blue' });
      st.subheader('S');
      st.markdown('**m**', { unsafeAllowHtml: true });
      st.caption('c');
      st.code('x = 1', { language: 'typescript', lineNumbers: true });
      st.latex('E = mc^2');
      st.success('ok');
      st.info('i', { icon: 'ℹ️' });
      st.warning('w');
      st.error('e');
      st.divider();
    });
    await at.run();
    expect(at.title[0]!.proto).toEqual({ type: 'title', body: 'T', anchor: 'top' });
    expect(at.header[0]!.proto).toEqual({ type: 'header', body: 'H', divider: 'blue' });
    expect(at.markdown[0]!.proto).toEqual({ type: 'markdown', body: '**m**', unsafeAllowHtml: true });
    expect(at.code[0]!.proto).toEqual({ type: 'code', body: 'x = 1', language: 'typescript', lineNumbers: true });
    expect([at.success, at.info, at.warning, at.error].map((l) => l[0]!.value)).toEqual(['ok', 'i', 'w', 'e']);
    expect(at.divider).toHaveLength(1);
    expect(at.get('latex')[0]!.value).toBe('E = mc^2');
  });

  it('st.write maps each argument to the element it suits', async () => {
    const at = AppTest.fromFunction((st) => {
      st.write('Hello', 'world', 42);
      st.write({ a: 1 }, [1, 2]);
      st.write(new RangeError('too far'));
      st.write(null, true);
    });
    await at.run();
    expect(at.markdown.map((m) => m.value)).toEqual(['Hello world `42`', '`null` `true`']);
    expect(at.json.map((j) => j.value)).toEqual([{ a: 1 }, [1, 2]]);
    expect(at.exception[0]!.name).toBe('RangeError');
  });

  it('st.json takes values or JSON text and converts Dates, Maps and Sets', async () => {
    const at = AppTest.fromFunction((st) => {
      st.json({ when: new Date(0), tags: new Set(['a']), map: new Map([['k', 1n]]) }, { expanded: 1 });
      st.json('{"parsed": true}');
    });
    await at.run();
    expect(at.json[0]!.value).toEqual({ when: '1970-01-01T00:00:00.000Z', tags: ['a'], map: { k: '1' } });
    expect(at.json[0]!.proto['expanded']).toBe(1);
    expect(at.json[1]!.value).toEqual({ parsed: true });
  });

  it('st.metric shows values as text with a delta arrow', async () => {
    const at = AppTest.fromFunction((st) => {
      st.metric('Cars', 406);
      st.metric('MPG', '23.5', { delta: -1.2, deltaColor: 'inverse', border: true });
      st.metric('Empty', null, { delta: '+5%' });
    });
    await at.run();
    expect(at.metric.map((m) => m.value)).toEqual(['406', '23.5', '—']);
    expect(at.metric[1]!.proto).toMatchObject({ delta: '-1.2', deltaArrow: 'down', deltaColor: 'inverse', border: true });
    expect(at.metric[2]!.proto).toMatchObject({ delta: '+5%', deltaArrow: 'up' });
    expect(at.metric[0]!.label).toBe('Cars');
  });

  it('st.metric shows a zero delta as neutral (no arrow), and 0.05 still as up', async () => {
    const at = AppTest.fromFunction((st) => {
      for (const delta of [0, '+0 vs all cars', '-0.00%', '.0', 0.05, '0.5%', '-0.01']) st.metric(`d ${delta}`, 1, { delta });
    });
    await at.run();
    expect(at.metric.map((m) => m.proto['deltaArrow'])).toEqual(['none', 'none', 'none', 'none', 'up', 'up', 'down']);
  });

  it('st.dataframe carries schema, row count and the first window; st.table all rows', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => ({ id: i, name: `n${i}`, ok: i % 2 === 0, when: new Date(0) }));
    const at = AppTest.fromFunction((st) => {
      st.dataframe(rows, { height: 300 });
      st.table({ a: [1, 2], b: ['x', 'y'] });
      st.dataframe([3, 4]);
    });
    await at.run();
    const df = at.dataframe[0]!;
    expect(df.proto['columns']).toEqual([
      { name: 'id', type: 'number' },
      { name: 'name', type: 'string' },
      { name: 'ok', type: 'boolean' },
      { name: 'when', type: 'date' },
    ]);
    expect(df.proto['rowCount']).toBe(1500);
    // The first window travels with the element; `value` is every row (as Streamlit's AppTest), read from the session.
    expect((df.proto['rows'] as unknown[]).length).toBe(100);
    expect((df.value as unknown[]).length).toBe(1500);
    expect((df.value as unknown[])[1]).toEqual({ id: 1, name: 'n1', ok: false, when: '1970-01-01T00:00:00.000Z' });
    expect(at.table[0]!.value).toEqual([
      { a: 1, b: 'x' },
      { a: 2, b: 'y' },
    ]);
    expect(at.dataframe[1]!.value).toEqual([{ value: 3 }, { value: 4 }]);
  });

  it('bad data is a clear error', async () => {
    const at = AppTest.fromFunction((st) => st.dataframe(42 as never));
    await at.run();
    expect(at.exception[0]!.message).toMatch(/array of row objects/);
  });

  it('charts are Vega-Lite specs with the data inline, long form for several series', async () => {
    const data = [
      { year: 2000, a: 1, b: 2 },
      { year: 2001, a: 3, b: 4 },
    ];
    const at = AppTest.fromFunction((st) => {
      st.lineChart(data, { x: 'year' });
      st.barChart(data, { x: 'year', y: 'a', horizontal: true });
      st.scatterChart([{ hp: 100, mpg: 20, origin: 'USA' }], { x: 'hp', y: 'mpg', color: 'origin', size: 60 });
      st.vegaLiteChart(data, { mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } });
    });
    await at.run();
    /** The parts of a Vega-Lite spec these assertions read. */
    type Spec = { mark: { type: string }; data: { values: unknown[] }; encoding: Record<string, { field?: string }> };
    const line = at.lineChart[0]!.value as Spec;
    expect(line.mark.type).toBe('line');
    expect(line.data.values).toEqual([
      { year: 2000, value: 1, series: 'a' },
      { year: 2000, value: 2, series: 'b' },
      { year: 2001, value: 3, series: 'a' },
      { year: 2001, value: 4, series: 'b' },
    ]);
    expect(line.encoding['color']?.field).toBe('series');
    const bar = at.barChart[0]!.value as Spec;
    expect(bar.encoding['y']?.field).toBe('year');
    const scatter = at.scatterChart[0]!.value as Spec;
    expect(scatter.encoding).toMatchObject({ color: { field: 'origin' }, size: { value: 60 } });
    expect((at.vegaLiteChart[0]!.value as Spec).data.values).toHaveLength(2);
  });

  it('a chart naming a missing column is an error listing the columns', async () => {
    const at = AppTest.fromFunction((st) => st.lineChart([{ a: 1 }], { x: 'nope' }));
    await at.run();
    expect(at.exception[0]!.message).toMatch(/no column named 'nope' \(columns: a\)/);
  });

  it('progress handles update one bar; toasts and balloons go to the event root', async () => {
    const at = AppTest.fromFunction((st) => {
      const bar = st.progress(0, { text: 'Working' });
      bar.progress(0.5);
      st.toast('Saved', { icon: '✅' });
      st.balloons();
    });
    await at.run();
    expect(at.progress).toHaveLength(1);
    expect(at.progress[0]!.value).toBe(50);
    expect(at.toast[0]!.path).toEqual([2, 0]);
    expect(at.event.balloons).toHaveLength(1);
    expect(() => AppTest.fromFunction((st) => st.progress(150))).not.toThrow();
  });

  it('st.progress out of range is an error', async () => {
    const at = AppTest.fromFunction((st) => st.progress(150));
    await at.run();
    expect(at.exception[0]!.message).toMatch(/0–100/);
  });
});

describe('layout', () => {
  it('columns are blocks in a horizontal row; with() routes bare st calls', async () => {
    const at = AppTest.fromFunction(async (st) => {
      const [a, b] = st.columns([2, 1], { gap: 'large' });
      a.metric('A', 1);
      await b.with(async () => {
        await Promise.resolve();
        st.metric('B', 2);
      });
      st.text('after');
    });
    await at.run();
    expect(at.horizontal[0]!.proto).toEqual({ type: 'horizontal', gap: 'large', verticalAlignment: 'top' });
    expect(at.columns.map((c) => c.proto['weight' as never])).toEqual([2, 1]);
    expect(at.columns[1]!.metric[0]!.value).toBe('2');
    expect(at.metric.map((m) => m.path)).toEqual([
      [0, 0, 0, 0],
      [0, 0, 1, 0],
    ]);
    expect(at.text[0]!.path).toEqual([0, 1]);
  });

  it('bad column specs are errors', async () => {
    const at = AppTest.fromFunction((st) => st.columns(0));
    await at.run();
    expect(at.exception[0]!.message).toMatch(/positive integer/);
  });

  it('tabs, expander, popover, container, chat message and status', async () => {
    const at = AppTest.fromFunction((st) => {
      const [one, two] = st.tabs(['One', 'Two']);
      one.text('in one');
      two.text('in two');
      st.expander('More', { expanded: true }).text('hidden');
      st.popover('Menu').text('pop');
      st.container({ border: true, height: 200 }).text('boxed');
      st.chatMessage('assistant', { avatar: '🤖' }).markdown('hi');
      const s = st.status('Downloading…');
      s.text('step 1');
      s.update({ label: 'Done', state: 'complete' });
    });
    await at.run();
    expect(at.tabs.map((t) => t.label)).toEqual(['One', 'Two']);
    expect(at.tabs[1]!.text[0]!.value).toBe('in two');
    expect(at.expander[0]!.proto).toEqual({ type: 'expander', label: 'More', expanded: true });
    expect(at.popover[0]!.text[0]!.value).toBe('pop');
    expect(at.container[0]!.proto).toMatchObject({ border: true, layout: { height: 200 } });
    expect(at.chatMessage[0]!.label).toBe('assistant');
    expect(at.status[0]!.proto).toEqual({ type: 'status', label: 'Done', state: 'complete', expanded: false });
    expect(at.status[0]!.text[0]!.value).toBe('step 1');
  });

  it('st.empty is a slot that later writes replace, and can become a container', async () => {
    const at = AppTest.fromFunction((st) => {
      const slot = st.empty();
      st.text('below');
      slot.text('first');
      slot.markdown('second');
      const other = st.empty();
      const box = other.container();
      box.text('in box');
    });
    await at.run();
    expect(at.markdown[0]!.path).toEqual([0, 0]);
    expect(at.text.map((t) => t.value)).toEqual(['below', 'in box']);
  });

  it('the sidebar is its own root', async () => {
    const at = AppTest.fromFunction((st) => {
      st.sidebar.title('Filters');
      st.title('Main');
    });
    await at.run();
    expect(at.sidebar.title[0]!.value).toBe('Filters');
    expect(at.main.title[0]!.value).toBe('Main');
    expect(at.title.map((t) => t.value)).toEqual(['Main', 'Filters']);
  });

  it('a callback can write into a container of the previous run (Streamlit #7711)', async () => {
    const at = AppTest.fromFunction((st) => {
      const container = st.container();
      container.markdown('BarFoo');
      container.button('one', {
        onClick: () => {
          container.info('Hi!');
          container.markdown('FooBar');
        },
      });
    });
    await at.run();
    await at.button[0]!.click().run();
    expect(at.markdown.map((m) => m.value)).toEqual(['FooBar', 'BarFoo']);
    expect(at.info[0]!.value).toBe('Hi!');
  });

  it('a container of an earlier run that is no longer on the page is an ExpiredContainer error', async () => {
    let saved: { text(s: string): void } | undefined;
    const at = AppTest.fromFunction((st) => {
      st.text('first');
      if (!saved) saved = st.expander('Old');
      else if (st.button('Write')) saved.text('late');
    });
    await at.run();
    await at.run();
    await at.button[0]!.click().run();
    expect(at.exception[0]!.code).toBe('ExpiredContainer');
  });

  it('st.spinner shows nothing for fast work and returns its result', async () => {
    const at = AppTest.fromFunction(async (st) => {
      const v = await st.spinner('Loading…', () => 7);
      st.text(`v=${v}`);
    });
    await at.run();
    expect(at.spinner).toHaveLength(0);
    expect(at.text[0]!.value).toBe('v=7');
  });

  it('st.spinner shows a spinner while slow work runs, after its delay on the runtime scheduler', async () => {
    const clock = createFakeScheduler();
    const at = AppTest.fromFunction(
      async (st) => {
        await st.spinner('Loading…', () => clock.sleep(1000));
      },
      { runtime: { scheduler: clock } },
    );
    const done = at.run();
    await clock.advance(100);
    const seenEarly = at.spinner.length;
    await clock.advance(600);
    const seenLater = at.spinner.length;
    await clock.advance(300);
    await done;
    expect(seenEarly).toBe(0);
    expect(seenLater).toBe(1);
    expect(at.spinner).toHaveLength(0);
  });
});
