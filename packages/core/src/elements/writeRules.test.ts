import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';

class Garage {
  cars: string[] = ['Volvo'];
  constructor(readonly city: string) {}
  park(car: string, spot = 1): void {
    this.cars.push(`${car}@${spot}`);
  }
  get size(): number {
    return this.cars.length;
  }
}

describe('st.write dispatches on type, as Streamlit', () => {
  it('arrays of row objects and Arrow-shaped tables become dataframes', async () => {
    const arrowLike = {
      schema: { fields: [{ name: 'x' }] },
      toArray: () => [{ toJSON: () => ({ x: 1 }) }, { toJSON: () => ({ x: 2 }) }],
    };
    const at = AppTest.fromFunction((st) => {
      st.write([
        { name: 'a', hp: 100 },
        { name: 'b', hp: 120 },
      ]);
      st.write(arrowLike);
      st.write([1, 2]);
    });
    await at.run();
    expect(at.dataframe).toHaveLength(2);
    expect(at.dataframe[0]!.value).toEqual([
      { name: 'a', hp: 100 },
      { name: 'b', hp: 120 },
    ]);
    expect(at.dataframe[1]!.value).toEqual([{ x: 1 }, { x: 2 }]);
    expect(at.json.map((j) => j.value)).toEqual([[1, 2]]);
  });

  it('a Vega-Lite spec becomes a chart', async () => {
    const spec = { $schema: 'https://vega.github.io/schema/vega-lite/v5.json', mark: 'bar', data: { values: [{ a: 1 }] } };
    const at = AppTest.fromFunction((st) => {
      st.write(spec);
      st.write({ mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } });
    });
    await at.run();
    expect(at.vegaLiteChart).toHaveLength(2);
    expect(at.vegaLiteChart[0]!.value).toMatchObject({ mark: 'bar' });
    expect(at.json).toHaveLength(0);
  });

  it('functions and class instances show their help, never [object Object]', async () => {
    async function loadCars(url: string, { limit = 10 } = {}) {
      return [url, limit];
    }
    const at = AppTest.fromFunction((st) => {
      st.write(loadCars);
      st.write(new Garage('Oslo'));
      st.write(Garage);
    });
    await at.run();
    expect(at.help.map((h) => h.value)).toEqual(['loadCars(url, { limit = 10 } = {})', 'Garage', 'class Garage']);
    expect(at.help[0]!.proto.kind).toBe('async function');
    expect(at.help[1]!.proto.members).toEqual([
      { name: 'city', kind: 'property', value: '"Oslo"' },
      { name: 'cars', kind: 'property', value: 'Array(1)' },
      { name: 'park', kind: 'method', signature: 'park(car, spot = 1)' },
      { name: 'size', kind: 'accessor' },
    ]);
    expect(JSON.stringify(at.markdown.map((m) => m.value))).not.toContain('[object Object]');
  });

  it('awaits promises and streams async iterables, in argument order', async () => {
    async function* tokens() {
      yield 'streamed ';
      yield 'text';
    }
    const at = AppTest.fromFunction(async (st) => {
      await st.write('Before', Promise.resolve({ done: true }), tokens(), 'after');
    });
    await at.run();
    expect(at.markdown.map((m) => m.value)).toEqual(['Before', 'streamed text', 'after']);
    expect(at.json.map((j) => j.value)).toEqual([{ done: true }]);
  });

  it('a last { unsafeAllowHtml } argument is the option, not a value', async () => {
    const at = AppTest.fromFunction((st) => {
      st.write('<b>bold</b>', { unsafeAllowHtml: true });
      st.write('<b>escaped</b>');
      st.write({ unsafeAllowHtml: true, other: 1 });
    });
    await at.run();
    expect(at.markdown.map((m) => [m.value, m.proto['unsafeAllowHtml'] ?? false])).toEqual([
      ['<b>bold</b>', true],
      ['<b>escaped</b>', false],
    ]);
    expect(at.json.map((j) => j.value)).toEqual([{ unsafeAllowHtml: true, other: 1 }]);
  });
});

describe('st.help', () => {
  it('describes primitives, plain objects and built-ins', async () => {
    const at = AppTest.fromFunction((st) => {
      st.help(42);
      st.help({ a: 1, f: () => 1 });
      st.help(new Map([['k', 1]]));
      st.help((x: number) => x * 2);
    });
    await at.run();
    expect(at.help.map((h) => [h.value, h.proto.kind, h.proto.value ?? null])).toEqual([
      ['number', 'number', '42'],
      ['Object', 'object', 'Object {a, f}'],
      ['Map', 'object', 'Map {}'],
      ['anonymous(x)', 'function', null],
    ]);
    expect(at.help[1]!.proto.members.map((m) => m.name)).toEqual(['a', 'f']);
    expect(at.help[2]!.proto.members.map((m) => m.name)).toContain('get');
  });
});
