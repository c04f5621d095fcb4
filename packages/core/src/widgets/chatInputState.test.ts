import { describe, expect, it } from 'vitest';
import type { DeltaGenerator } from '../dg/deltaGenerator.js';
import { AppTest } from '../testing/appTest.js';

const texts = (at: { get(type: string): Array<{ value: unknown }> }) => at.get('text').map((e) => e.value);

/** As Streamlit 1.64's st.chat_input with a value set through st.session_state (streamlit#10175, #11916). */
describe('st.chatInput with its key set in session state', () => {
  const app = (st: DeltaGenerator) => {
    if (st.button('Set')) st.sessionState.chat = 'Hello, world!';
    st.text(`before: ${String(st.sessionState.chat)}`);
    const said = st.chatInput('Say', { key: 'chat' });
    st.text(`returned: ${String(said)}`);
    st.text(`after: ${String(st.sessionState.chat)}`);
  };

  it('pre-fills the box: no exception, the widget returns null and the key reads null afterwards', async () => {
    const at = AppTest.fromFunction(app);
    await at.run();
    expect(at.chatInput[0]!.proto['prefill']).toBeUndefined();
    await at.button[0]!.click().run();
    expect(at.exception).toHaveLength(0);
    expect(texts(at)).toEqual(['before: Hello, world!', 'returned: null', 'after: null']);
    expect(at.chatInput[0]!.proto['prefill']).toBe('Hello, world!');
    expect(at.sessionState.chat).toBeNull();
    await at.run();
    expect(texts(at)).toEqual(['before: null', 'returned: null', 'after: null']);
    expect(at.chatInput[0]!.proto['prefill']).toBeUndefined();
  });

  it('the pre-filled text, once sent, is returned for one run (test_programmatically_set_value_in_session_state)', async () => {
    const at = AppTest.fromFunction(app);
    await at.run();
    await at.button[0]!.click().run();
    await at.chatInput[0]!.setValue('Hello, world!').run();
    expect(texts(at)).toEqual(['before: Hello, world!', 'returned: Hello, world!', 'after: Hello, world!']);
    await at.run();
    expect(texts(at)).toEqual(['before: null', 'returned: null', 'after: null']);
  });

  it('pre-filling from a callback, before the script runs, works the same', async () => {
    const at = AppTest.fromFunction((st) => {
      st.button('Suggest', { onClick: () => (st.sessionState.ask = 'What is lit-ui?') });
      st.text(String(st.chatInput({ placeholder: 'Ask', key: 'ask' })));
    });
    await at.run();
    await at.button[0]!.click().run();
    expect(at.exception).toHaveLength(0);
    expect(at.chatInput[0]!.proto['prefill']).toBe('What is lit-ui?');
    expect(texts(at)).toEqual(['null']);
  });

  it('a value that is not text is a clear InvalidArgument, and the session goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      if (st.checkbox('Break')) st.sessionState.chat = 42;
      st.chatInput('Say', { key: 'chat' });
      st.text('end');
    });
    await at.run();
    await at.checkbox[0]!.check().run();
    expect(at.exception[0]!.code).toBe('InvalidArgument');
    expect(at.exception[0]!.message).toMatch(/st\.sessionState\.chat holds 42: st\.chatInput "Say" can only be pre-filled with text/);
    await at.checkbox[0]!.uncheck().run();
    expect(at.exception).toHaveLength(0);
    expect(texts(at)).toEqual(['end']);
  });
});
