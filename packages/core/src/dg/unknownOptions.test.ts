import { describe, expect, it } from 'vitest';
import { cacheData } from '../caching/cacheData.js';
import { cacheResource } from '../caching/cacheResource.js';
import { dialog } from '../fragments/dialog.js';
import { fragment } from '../fragments/fragment.js';
import { AppTest } from '../testing/appTest.js';
import { closestKey, editDistance } from './unknownOptions.js';

/** Calls `st` commands as plain JavaScript would, past TypeScript's checks. */
type Loose = Record<string, (...args: unknown[]) => unknown>;

describe('unknown option keys (UnknownOption)', () => {
  it('names the command, the key and the closest valid key; the run shows it and the session goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text('before');
      (st as unknown as Loose).slider!('Volume', { maxValu: 10 });
      st.text('after');
    });
    await at.run();
    expect(at.exception[0]!.code).toBe('UnknownOption');
    expect(at.exception[0]!.message).toBe("st.slider() got an unknown option 'maxValu'. Did you mean 'maxValue'?");
    expect(at.text.map((t) => t.value)).toEqual(['before']);
    await at.run();
    expect(at.exception).toHaveLength(1);
  });

  it('points snake_case keys to their camelCase names', async () => {
    const at = AppTest.fromFunction((st) => {
      (st as unknown as Loose).selectbox!('Pick', ['a', 'b'], { format_func: String });
    });
    await at.run();
    expect(at.exception[0]!.message).toBe("st.selectbox() got an unknown option 'format_func'. Did you mean 'formatFunc'? (options are camelCased)");
  });

  it('lists the valid keys when none is close', async () => {
    const at = AppTest.fromFunction((st) => {
      (st as unknown as Loose).toast!('Hi', { zzzzzzzzzz: 1 });
    });
    await at.run();
    expect(at.exception[0]!.message).toBe("st.toast() got an unknown option 'zzzzzzzzzz'. Its options are: 'icon', 'duration'.");
  });

  it('accepts every Streamlit parameter, also those lit-ui does not act on (width, textAlignment, args)', async () => {
    const at = AppTest.fromFunction((st) => {
      const loose = st as unknown as Loose;
      loose.title!('T', { width: 'stretch', textAlignment: 'center', anchor: false });
      loose.button!('B', { args: [], kwargs: {}, shortcut: 'Ctrl+K', iconPosition: 'right', width: 'content' });
      loose.metric!('M', 1, { chartData: [1, 2], height: 'content' });
      st.text('all fine');
    });
    await at.run();
    expect(at.exception).toHaveLength(0);
    expect(at.text.map((t) => t.value)).toEqual(['all fine']);
  });

  it('checks containers, chatInput options in either position and st.status options after a function', async () => {
    const cases: Array<[string, (st: Loose) => unknown, string]> = [
      [
        'sidebar',
        (st) => (st.sidebar as unknown as Loose).checkbox!('x', { valeu: true }),
        "st.checkbox() got an unknown option 'valeu'. Did you mean 'value'?",
      ],
      [
        'chatInput first',
        (st) => st.chatInput!({ placeholdr: 'Ask' }),
        "st.chatInput() got an unknown option 'placeholdr'. Did you mean 'placeholder'?",
      ],
      ['chatInput second', (st) => st.chatInput!('Ask', { maxChar: 3 }), "st.chatInput() got an unknown option 'maxChar'. Did you mean 'maxChars'?"],
      ['status fn', (st) => st.status!('S', () => 1, { expand: true }), "st.status() got an unknown option 'expand'. Did you mean 'expanded'?"],
      ['columns', (st) => st.columns!(2, { gapp: 'small' }), "st.columns() got an unknown option 'gapp'. Did you mean 'gap'?"],
    ];
    for (const [name, call, message] of cases) {
      const at = AppTest.fromFunction((st) => {
        call(st as unknown as Loose);
      });
      await at.run();
      expect(
        at.exception.map((e) => e.message),
        name,
      ).toEqual([message]);
    }
  });

  it('does not check what is not an options object (a string placeholder, a function, data)', async () => {
    const at = AppTest.fromFunction(async (st) => {
      st.chatInput('Ask me');
      await st.status('S', () => Promise.resolve());
      st.json({ anything: 1 });
      st.metric('m', { not: 'options' });
    });
    await at.run();
    expect(at.exception).toHaveLength(0);
  });

  it('st.help shows a checked command with its own parameters', async () => {
    const at = AppTest.fromFunction((st) => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- st.help reads the method's source, never calls it.
      st.help(st.slider);
    });
    await at.run();
    expect((at.get('help')[0]!.proto as { signature: string }).signature).toMatch(/^slider\(label, options/);
  });
});

describe('unknown options of the module-level wrappers', () => {
  it('cacheData, cacheResource, fragment and dialog throw to their caller', () => {
    const loose = (f: unknown) => f as (...args: unknown[]) => unknown;
    expect(() => loose(cacheData)(() => 1, { tll: '1h' })).toThrow("cacheData() got an unknown option 'tll'. Did you mean 'ttl'?");
    expect(() => loose(cacheResource)(() => 1, { max_entries: 3 })).toThrow("Did you mean 'maxEntries'? (options are camelCased)");
    expect(() => loose(fragment)(() => 1, { runEvey: '1s' })).toThrow("fragment() got an unknown option 'runEvey'. Did you mean 'runEvery'?");
    expect(() => loose(dialog)('T', () => 1, { widht: 'large' })).toThrow("dialog() got an unknown option 'widht'. Did you mean 'width'?");
    expect(() => cacheData(() => 1, { ttl: '1h', showSpinner: true, copy: false })).not.toThrow();
  });
});

describe('closestKey', () => {
  it('finds the nearest key by edit distance, case-insensitively, within a third of the length', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closestKey('maxvalue', ['minValue', 'maxValue'])).toBe('maxValue');
    expect(closestKey('lable', ['label', 'help'])).toBe('label');
    expect(closestKey('completelyDifferent', ['key', 'help'])).toBeUndefined();
  });
});
