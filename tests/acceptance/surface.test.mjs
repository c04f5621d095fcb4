// The AppTest surface as tests outside this repository use it: plain JavaScript,
// the built packages through their exports maps, cases shaped like ../shared/acceptance.
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import * as core from '@lit-ui/core';
import { AppTest } from '@lit-ui/core/testing';

/** @param {import('@lit-ui/core/testing').AppTest} at */
const texts = (at) => at.get('text').map((e) => e.value);

describe('AppTest surface (built packages, plain JS)', () => {
  it('exports what DESIGN names', () => {
    for (const name of [
      'defineApp',
      'cacheData',
      'cacheResource',
      'fragment',
      'dialog',
      'Page',
      'createRuntime',
      'connectInMemory',
      'LitUiError',
      'ErrorCode',
    ]) {
      assert.equal(typeof core[name] === 'function' || typeof core[name] === 'object', true, name);
    }
    assert.equal(typeof core.cacheData.clear, 'function');
    assert.equal(typeof core.cacheResource.clear, 'function');
  });

  it('views: type, path, value, proto; widgets: setValue and conveniences chain into run()', async () => {
    const at = AppTest.fromFunction((st) => {
      st.title('T');
      const name = st.textInput('Name');
      const n = st.numberInput('N', { value: 1 });
      const tags = st.multiselect('Tags', ['a', 'b', 'c']);
      const pick = st.radio('Pick', ['x', 'y']);
      const on = st.checkbox('On');
      st.text(`${name}|${n}|${tags.join('')}|${pick}|${on}`);
    });
    await at.run();
    assert.equal(at.title[0].type, 'title');
    assert.deepEqual(at.title[0].path, [0, 0]);
    assert.equal(at.title[0].proto.body, 'T');
    const same = await at.textInput[0].input('Bob').run();
    assert.equal(same, at);
    await at.numberInput[0].increment().run();
    await at.multiselect[0].select('a').select('c').unselect('a').run();
    await at.radio[0].setValue('y').run();
    await at.checkbox[0].check().run();
    assert.deepEqual(texts(at), ['Bob|2|c|y|true']);
    assert.equal(at.textInput[0].label, 'Name');
  });

  it('sessionState and queryParams are writable before and between runs', async () => {
    const at = AppTest.fromFunction((st) => st.text(`${st.sessionState.who}@${st.queryParams.tab}`));
    at.sessionState.who = 'ada';
    at.queryParams.tab = 'one';
    await at.run();
    assert.deepEqual(texts(at), ['ada@one']);
    at.sessionState.who = 'bob';
    at.queryParams.tab = 'two';
    await at.run();
    assert.deepEqual(texts(at), ['bob@two']);
  });

  it('scoped queries: at.sidebar, at.main, blocks', async () => {
    const at = AppTest.fromFunction((st) => {
      st.sidebar.button('Side');
      st.button('Main');
      const [a] = st.columns(2);
      a.markdown('in column');
    });
    await at.run();
    assert.equal(at.sidebar.button[0].label, 'Side');
    assert.equal(at.main.button[0].label, 'Main');
    assert.equal(at.columns[0].markdown[0].value, 'in column');
  });

  it('forms hold changes until their submit button; runs end in errors still resolve', async () => {
    const at = AppTest.fromFunction((st) => {
      const f = st.form('f');
      const v = f.textInput('V');
      if (f.formSubmitButton('Go')) st.text(`sent ${v}`);
      if (v === 'boom') throw new Error('exploded');
    });
    await at.run();
    at.textInput[0].input('x');
    await at.run();
    assert.equal(at.text.length, 0);
    await at.formSubmitButton[0].click().run();
    assert.deepEqual(texts(at), ['sent x']);
    at.textInput[0].input('boom');
    await at.formSubmitButton[0].click().run();
    assert.match(at.exception[0].message, /exploded/);
  });

  it('fragments, dialogs and pages through the core exports', async () => {
    let full = 0;
    const frag = core.fragment((st) => st.text(`frag ${st.button('F')}`));
    const app = core.defineApp(async (st) => {
      full++;
      const pg = st.navigation([core.Page((s) => s.text('home'), { title: 'Home' })]);
      await pg.run();
      await frag(st);
    });
    const at = AppTest.fromFunction(app);
    await at.run();
    await at.button[0].click().run();
    assert.equal(full, 1);
    assert.deepEqual(texts(at), ['home', 'frag true']);
  });

  it('a run longer than the timeout fails', async () => {
    const at = AppTest.fromFunction(async () => new Promise((r) => setTimeout(r, 300)), { timeout: 50 });
    await assert.rejects(at.run(), /50 ms/);
  });
});
