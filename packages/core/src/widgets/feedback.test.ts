import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';

const texts = (at: { get(type: string): Array<{ value: unknown }> }) => at.get('text').map((e) => e.value);

describe('st.feedback', () => {
  it('returns null until rated, then the sentiment index', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(String(st.feedback()));
      st.text(String(st.feedback('stars', { key: 'stars' })));
      st.text(String(st.feedback('faces', { default: 2 })));
    });
    await at.run();
    expect(texts(at)).toEqual(['null', 'null', '2']);
    expect(at.feedback.map((f) => f.proto.options)).toEqual(['thumbs', 'stars', 'faces']);
    expect(at.feedback[0]!.proto.labelVisibility).toBe('collapsed');
    await at.feedback[0]!.setValue(1).run();
    await at.feedback[1]!.setValue(4).run();
    expect(texts(at)).toEqual(['1', '4', '2']);
    expect(at.sessionState['stars']).toBe(4);
    await at.feedback[2]!.setValue(null).run();
    expect(texts(at)).toEqual(['1', '4', 'null']);
  });

  it('runs onChange with the new value in session state', async () => {
    const seen: unknown[] = [];
    const at = AppTest.fromFunction((st) => {
      st.feedback('thumbs', { key: 'fb', onChange: () => seen.push(st.sessionState['fb']) });
    });
    await at.run();
    await at.feedback[0]!.setValue(0).run();
    expect(seen).toEqual([0]);
  });

  it('two unkeyed feedback widgets of one kind need keys, as Streamlit', async () => {
    const at = AppTest.fromFunction((st) => {
      st.feedback('thumbs');
      st.feedback('thumbs');
    });
    await at.run();
    expect(at.exception[0]!.code).toBe('DuplicateWidgetID');
    expect(at.feedback).toHaveLength(1);
  });

  it('bad arguments and values raise clear errors', async () => {
    const at = AppTest.fromFunction((st) => {
      try {
        st.feedback('thumbs', { default: 2 });
      } catch (e) {
        st.text((e as Error).message);
      }
      st.feedback('hearts' as 'stars');
    });
    await at.run();
    expect(texts(at)).toEqual([`st.feedback('thumbs'): default must be an integer from 0 to 1, or null; got 2.`]);
    expect(at.exception[0]!.message).toBe(`st.feedback: options must be 'thumbs', 'faces' or 'stars', got "hearts".`);
    const ok = AppTest.fromFunction((st) => void st.feedback('faces'));
    await ok.run();
    expect(() => ok.feedback[0]!.setValue(5)).toThrow(/cannot take the value 5/);
    expect(() => ok.feedback[0]!.setValue(1.5)).toThrow(/cannot take the value/);
  });
});
