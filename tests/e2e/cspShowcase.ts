import { defineApp, dialog, type DeltaGenerator } from '@lit-ui/core';

/** Rows for the tables and charts of the showcase. */
const rows = Array.from({ length: 40 }, (_, i) => ({ x: i, y: Math.round(50 + 30 * Math.sin(i / 4)), group: i % 3 === 0 ? 'a' : 'b' }));

const details = dialog('Details', (st: DeltaGenerator) => {
  st.markdown('Inside a **dialog** with math $a^2 + b^2 = c^2$.');
  st.slider('Dialog slider', { minValue: 0, maxValue: 10, value: 3 });
});

/**
 * Every renderer of ui-lit in one app, for the strict-CSP test: text with
 * math and code, data, charts (with tooltips), layout blocks, every widget,
 * events (toast, balloons, snow) and a dialog.
 */
export const cspShowcase = defineApp(async (st) => {
  st.setPageConfig({ pageTitle: 'CSP showcase', pageIcon: '🛡️', layout: 'wide' });
  st.title('Showcase', { anchor: 'top' });
  st.header('Text', { divider: true });
  st.markdown(
    [
      'Plain **markdown** with :red[color], :blue-background[highlight], :rainbow[rainbow] and :rocket:.',
      '',
      'Inline math $e^{i\\pi} + 1 = 0$ and a block:',
      '',
      '$$\\int_0^1 x^2\\,dx = \\frac{1}{3}$$',
      '',
      '```python',
      'def greet(name: str) -> str:',
      '    return f"Hello {name}"',
      '```',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | [link](https://example.com) |',
    ].join('\n'),
    { help: 'Help with **markdown**' },
  );
  st.latex('\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}');
  st.code('const answer: number = 42;\nconsole.log(answer);', { language: 'typescript', lineNumbers: true });
  st.code('SELECT * FROM cars WHERE hp > 100', { language: 'sql', wrapLines: true });
  st.caption('A caption with `code`.');
  st.text('Fixed-width text');
  st.html('<p><b>Sanitised</b> HTML with a <a href="https://example.com">link</a>.</p>');
  st.json({ nested: { list: [1, 2, 3], ok: true } }, { expanded: true });
  st.info('Info');
  st.success('Success');
  st.warning('Warning');
  st.error('Error');
  st.exception(new Error('A shown exception'));
  st.divider();

  st.header('Data');
  const [m1, m2] = st.columns(2);
  m1.metric('Metric', 42, { delta: 3, help: 'Metric help' });
  m2.metric('Falling', '7 °C', { delta: '-2 °C' });
  st.dataframe(rows, { height: 240 });
  st.dataframe(Array.from({ length: 400 }, (_, i) => ({ i, sq: i * i })));
  st.table(rows.slice(0, 4));
  st.progress(40, { text: 'Progress' });

  st.header('Charts');
  st.lineChart(rows, { x: 'x', y: 'y', height: 220 });
  st.barChart(rows.slice(0, 10), { x: 'x', y: 'y', height: 220 });
  st.areaChart(rows, { x: 'x', y: 'y', height: 220 });
  st.scatterChart(rows, { x: 'x', y: 'y', color: 'group', height: 220 });
  st.vegaLiteChart(rows, {
    mark: { type: 'point', tooltip: true },
    encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
  });

  st.header('Layout');
  const [t1, t2] = st.tabs(['First tab', 'Second tab']);
  t1.write('In the first tab');
  t2.markdown('In the second tab: $x^3$');
  st.expander('An expander').markdown('Hidden text with `code`.');
  st.popover('A popover').write('Popover content');
  st.container({ height: 120, border: true }).write('A scrolling container');
  st.chatMessage('assistant').markdown('A chat message');
  st.status('Working', { state: 'complete' }).write('Status body');

  st.header('Widgets');
  st.slider('Slider', { minValue: 0, maxValue: 100, value: 30 });
  st.slider('Range', { minValue: 0, maxValue: 100, value: [20, 80] });
  st.selectSlider('Size', ['S', 'M', 'L'], { value: 'M' });
  st.textInput('Name', { help: 'Your name' });
  st.textArea('Notes', { height: 120 });
  st.numberInput('Count', { value: 3 });
  st.selectbox('Pick', ['one', 'two', 'three']);
  st.multiselect('Many', ['a', 'b', 'c'], { default: ['a'] });
  st.radio('Radio', ['x', 'y']);
  st.checkbox('Check');
  st.toggle('Toggle');
  st.colorPicker('Color', { value: '#ff4b4b' });
  st.dateInput('Date', { value: new Date(2024, 0, 15) });
  st.timeInput('Time', { value: '12:30' });
  st.linkButton('Link button', 'https://example.com');
  st.pageLink('https://example.com', { label: 'External page link' });
  st.chatInput('Say something');
  if (st.button('Toast')) st.toast('Toasted!', { icon: '🍞' });
  if (st.button('Balloons')) st.balloons();
  if (st.button('Snow')) st.snow();
  if (st.button('Open dialog')) await details(st);
  st.sidebar.markdown('Sidebar with $\\sqrt{2}$');
  st.sidebar.slider('Sidebar slider', { minValue: 0, maxValue: 5, value: 2 });
});
