import { describe, expect, it } from 'vitest';
import type { BlockProtoOf } from '../protocol/elements.js';
import { AppTest } from '../testing/appTest.js';
import { createFakeScheduler } from '../testing/fakeScheduler.js';
import type { DeltaGenerator } from './deltaGenerator.js';
import { LAYOUT_DEFAULTS } from './layoutOptions.js';
import { OPTION_KEYS } from './optionKeys.js';

describe('width and height (Streamlit layout)', () => {
  it('puts a width or height that is not the default on the element, and nothing for a default', async () => {
    const at = AppTest.fromFunction((st) => {
      st.markdown('narrow', { width: 200 });
      st.markdown('fit', { width: 'content' });
      st.markdown('default', { width: 'stretch' });
      st.markdown('plain');
      st.code('x = 1', { height: 120, width: 'content' });
      st.metric('Users', 10, { width: 'content', height: 'stretch' });
      st.divider({ width: 300 });
      st.html('<b>b</b>', { width: 'content' });
      st.text('t', { width: 100 });
      st.badge('New', { width: 'stretch' });
      st.success('ok', { width: 250 });
    });
    await at.run();
    expect(at.markdown.map((m) => m.proto.layout)).toEqual([{ width: 200 }, { width: 'content' }, undefined, undefined]);
    expect(at.markdown[2]!.proto).toEqual({ type: 'markdown', body: 'default' });
    expect(at.code[0]!.proto.layout).toEqual({ width: 'content', height: 120 });
    expect(at.metric[0]!.proto.layout).toEqual({ width: 'content', height: 'stretch' });
    expect(at.divider[0]!.width).toBe(300);
    expect(at.get('html')[0]!.width).toBe('content');
    expect(at.text[0]!.width).toBe(100);
    expect(at.get('badge')[0]!.width).toBe('stretch');
    expect(at.success[0]!.width).toBe(250);
    expect(at.markdown[3]!.width).toBeUndefined();
    expect(at.code[0]!.height).toBe(120);
  });

  it('widgets and buttons take it, with their own defaults (buttons fit their content)', async () => {
    const at = AppTest.fromFunction((st) => {
      st.button('Go', { width: 'stretch' });
      st.button('Stop', { width: 'content' });
      st.checkbox('Agree', { width: 180 });
      st.slider('Volume', { width: 'content' });
      st.textInput('Name', { width: 'stretch' });
      st.selectbox('Pick', ['a', 'b'], { width: 240 });
    });
    await at.run();
    expect(at.button.map((b) => b.width)).toEqual(['stretch', undefined]);
    expect(at.button[1]!.proto.layout).toBeUndefined();
    expect(at.checkbox[0]!.width).toBe(180);
    expect(at.slider[0]!.width).toBe('content');
    expect(at.textInput[0]!.proto.layout).toBeUndefined();
    expect(at.selectbox[0]!.width).toBe(240);
  });

  it('containers, columns, tabs and forms carry it on their block; a container height in px scrolls with a border', async () => {
    const at = AppTest.fromFunction((st) => {
      st.container({ height: 150 }).text('many lines');
      st.container({ width: 'content', border: false, height: 90 }).text('no border');
      st.container({ horizontal: true }).button('a');
      st.columns(2, { width: 400 });
      st.tabs(['A', 'B'], { width: 'content' });
      const form = st.form('f', { height: 300 });
      form.formSubmitButton('Save');
      st.expander('More', { width: 320 }).text('x');
      st.chatMessage('user', { width: 'content' }).text('hi');
    });
    await at.run();
    expect(at.container[0]!.proto).toEqual({ type: 'vertical', border: true, layout: { height: 150 } });
    expect(at.container[1]!.proto).toEqual({ type: 'vertical', layout: { width: 'content', height: 90 } });
    expect(at.container[1]!.width).toBe('content');
    expect(at.container[2]!.proto).toEqual({ type: 'vertical', horizontal: true });
    expect(at.get('horizontal')[0]!.width).toBe(400);
    expect(at.get('column')[0]!.width).toBeUndefined();
    expect(at.tabs.map((tab) => tab.width)).toEqual([undefined, undefined]); // the `tabs` block above them has it
    expect(at.get('form')[0]!.height).toBe(300);
    expect(at.expander[0]!.width).toBe(320);
    expect(at.chatMessage[0]!.width).toBe('content');
  });

  it('a container carries its gap and alignments when they are not Streamlit’s defaults; columns their gap', async () => {
    const at = AppTest.fromFunction((st) => {
      st.container({ horizontal: true, gap: 'large', horizontalAlignment: 'distribute', verticalAlignment: 'center' });
      st.container({ height: 200, horizontalAlignment: 'right', verticalAlignment: 'bottom', gap: null });
      st.container({ gap: 'small', horizontalAlignment: 'left', verticalAlignment: 'top' });
      st.columns(2, { gap: null, verticalAlignment: 'bottom' });
      st.columns(2, { gap: 'medium' });
    });
    await at.run();
    expect(at.container.map((c) => c.proto)).toEqual([
      { type: 'vertical', horizontal: true, gap: 'large', horizontalAlignment: 'distribute', verticalAlignment: 'center' },
      { type: 'vertical', border: true, gap: null, horizontalAlignment: 'right', verticalAlignment: 'bottom', layout: { height: 200 } },
      { type: 'vertical' },
    ]);
    expect(at.get('horizontal').map((row) => row.proto)).toMatchObject([
      { gap: null, verticalAlignment: 'bottom' },
      { gap: 'medium', verticalAlignment: 'top' },
    ]);
  });

  it.each([
    [
      (st: DeltaGenerator) => st.container({ gap: 'huge' as 'large' }),
      "st.container: gap must be one of 'small', 'medium', 'large', null, got 'huge'.",
    ],
    [(st: DeltaGenerator) => st.container({ horizontalAlignment: 'middle' as 'center' }), "st.container: horizontalAlignment must be one of 'left'"],
    [
      (st: DeltaGenerator) => st.container({ verticalAlignment: 'left' as 'top' }),
      "st.container: verticalAlignment must be one of 'top', 'center', 'bottom', 'distribute'",
    ],
    [
      (st: DeltaGenerator) => st.columns(2, { verticalAlignment: 'distribute' as 'top' }),
      "st.columns: verticalAlignment must be one of 'top', 'center', 'bottom', got",
    ],
  ])('an unknown gap or alignment is an InvalidArgument naming the command (%#)', async (write, message) => {
    const at = AppTest.fromFunction((st) => {
      write(st);
      st.text('never');
    });
    await at.run();
    expect(at.exception[0]!.code).toBe('InvalidArgument');
    expect(at.exception[0]!.message).toContain(message);
    expect(at.text).toHaveLength(0);
  });

  it('the layout goes to the command’s own element, not to one a nested command writes', async () => {
    const at = AppTest.fromFunction((st) => {
      const slot = st.empty();
      slot.button('Wide', { width: 'stretch' });
      st.status('Work', { width: 300 }).text('inside');
      st.text('after');
    });
    await at.run();
    expect(at.button[0]!.width).toBe('stretch');
    expect(at.status[0]!.width).toBe(300);
    expect(at.text.map((t) => t.width)).toEqual([undefined, undefined]);
  });

  it('st.json, st.plotlyChart and st.chatInput carry a height; st.spinner’s spinner carries its width', async () => {
    const clock = createFakeScheduler();
    const at = AppTest.fromFunction(
      async (st) => {
        st.json({ a: 1 }, { height: 120, width: 300 });
        st.json({ b: 2 }, { height: 'content' });
        st.plotlyChart({ data: [] }, { height: 320 });
        st.chatInput({ placeholder: 'Ask', height: 140, width: 'content' });
        await st.spinner('Loading…', () => clock.sleep(1000), { width: 200 });
      },
      { runtime: { scheduler: clock } },
    );
    const done = at.run();
    await clock.advance(700);
    const spinner = at.spinner.map((s) => s.proto.layout);
    await clock.advance(400);
    await done;
    expect(at.json.map((j) => j.proto.layout)).toEqual([{ width: 300, height: 120 }, undefined]);
    expect(at.get('plotlyChart')[0]!.proto.layout).toEqual({ height: 320 });
    expect(at.chatInput[0]!.proto.layout).toEqual({ width: 'content', height: 140 });
    expect(spinner).toEqual([{ width: 200 }]);
    expect(at.get('empty')[0]!.proto.layout).toBeUndefined();
  });

  it('a slot’s later writes keep the width and height given to it, unless they give their own', async () => {
    const at = AppTest.fromFunction((st) => {
      const bar = st.progress(10, { width: 200 });
      bar.progress(20);
      const slot = st.empty();
      slot.markdown('first', { width: 240 });
      slot.markdown('second');
      const reset = st.empty();
      reset.markdown('fixed', { width: 150 });
      reset.markdown('back to default', { width: 'stretch' });
      const boxed = st.empty();
      boxed.code('x = 1', { height: 90 });
      boxed.markdown('no height on markdown');
      const control = st.empty();
      control.button('One', { width: 200 });
      control.button('Two');
      const cleared = st.empty();
      cleared.text('a', { width: 120 });
      cleared.empty();
      cleared.text('b');
    });
    await at.run();
    expect(at.get('progress')[0]!.proto).toMatchObject({ value: 20, layout: { width: 200 } });
    expect(at.markdown.map((m) => [m.value, m.proto.layout])).toEqual([
      ['second', { width: 240 }],
      ['back to default', undefined],
      ['no height on markdown', undefined],
    ]);
    expect(at.text[0]!.proto).toMatchObject({ body: 'b', layout: { width: 120 } });
    expect(at.button.map((b) => [b.label, b.width])).toEqual([['Two', 200]]);
  });

  it('st.status keeps its width when updated, also after its function returns', async () => {
    const at = AppTest.fromFunction(async (st) => {
      const box = st.status('Working', { width: 300 });
      box.update({ label: 'Halfway' });
      await st.status('Auto', async () => undefined, { width: 'content' });
    });
    await at.run();
    expect(at.status.map((s) => [(s.proto as BlockProtoOf<'status'>).label, (s.proto as BlockProtoOf<'status'>).state, s.width])).toEqual([
      ['Halfway', 'running', 300],
      ['Auto', 'complete', 'content'],
    ]);
  });

  it.each([
    [
      'a negative width',
      (st: DeltaGenerator) => st.markdown('x', { width: -5 }),
      'InvalidWidth',
      "st.markdown: width must be 'stretch', 'content' or a positive whole number of px, got -5.",
    ],
    ['a zero width', (st: DeltaGenerator) => st.button('x', { width: 0 }), 'InvalidWidth', 'st.button: width'],
    ['a fractional width', (st: DeltaGenerator) => st.metric('m', 1, { width: 10.5 }), 'InvalidWidth', 'got 10.5'],
    [
      'an unknown width',
      (st: DeltaGenerator) => st.divider({ width: 'wide' as 'stretch' }),
      'InvalidWidth',
      "st.divider: width must be 'stretch', 'content' or a positive whole number of px, got 'wide'.",
    ],
    ['a bad height', (st: DeltaGenerator) => st.container({ height: -1 }), 'InvalidHeight', 'st.container: height'],
    ['a height of the wrong type', (st: DeltaGenerator) => st.code('x', { height: '100px' as 'content' }), 'InvalidHeight', "got '100px'"],
  ])('%s is an error naming the command and the value; the session goes on', async (_name, write, code, message) => {
    const at = AppTest.fromFunction((st) => {
      st.text('before');
      write(st);
      st.text('never');
    });
    await at.run();
    expect(at.exception[0]!.code).toBe(code);
    expect(at.exception[0]!.message).toContain(message);
    expect(at.text.map((t) => t.value)).toEqual(['before']);
    await at.run();
    expect(at.exception).toHaveLength(1);
  });

  it('every command with a generic layout accepts width (and height where it has one) as option keys', () => {
    for (const [command, defaults] of Object.entries(LAYOUT_DEFAULTS)) {
      const keys: readonly string[] = OPTION_KEYS[command as keyof typeof OPTION_KEYS].keys;
      expect(keys, command).toContain('width');
      if ('height' in defaults) expect(keys, command).toContain('height');
    }
  });

  it('a command’s own width and height keep their meaning (dataframe, image, charts, text area)', async () => {
    const at = AppTest.fromFunction((st) => {
      st.dataframe([{ a: 1 }], { width: 300, height: 200 });
      st.lineChart([{ a: 1 }], { height: 250, width: 400 });
      st.textArea('Notes', { height: 120 });
    });
    await at.run();
    expect(at.dataframe[0]!.proto).toMatchObject({ width: 300, height: 200 });
    expect(at.dataframe[0]!.proto.layout).toBeUndefined();
    expect(at.dataframe[0]!.width).toBe(300);
    expect(at.get('lineChart')[0]!.proto).toMatchObject({ height: 250, layout: { width: 400 } });
    expect(at.textArea[0]!.height).toBe(120);
  });
});
