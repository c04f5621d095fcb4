/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-argument -- st.secrets is typed loosely per key, as its TOML file */
import { describe, expect, it } from 'vitest';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import { createTestRuntime } from '../runtime/runtime.js';
import { AppTest } from '../testing/appTest.js';
import { connectInMemory } from '../transport/memoryConnection.js';
import { createSecrets } from './secrets.js';

const SECRETS = { api_key: 'sk-live-1234', db: { host: 'db.internal', password: 'hunter2-secret', port: 5432 }, list: [{ token: 'tok-in-array' }] };

describe('st.secrets', () => {
  it('attribute and key access, has, get and keys, as Streamlit', async () => {
    const seen: unknown[] = [];
    const at = AppTest.fromFunction(
      (st) => {
        const s = st.secrets;
        seen.push(s.api_key, s['api_key'], s.db.password, s['db']['port'], s.has('db'), s.has('nope'), s.db.has('host'));
        seen.push(s.get('nope', 'fallback'), s.get('nope'), s.keys(), s.list[0].token, 'db' in s, Object.keys(s.db));
        st.text('ran');
      },
      { secrets: SECRETS },
    );
    await at.run();
    expect(at.exception).toHaveLength(0);
    expect(seen).toEqual([
      'sk-live-1234',
      'sk-live-1234',
      'hunter2-secret',
      5432,
      true,
      false,
      true,
      'fallback',
      undefined,
      ['api_key', 'db', 'list'],
      'tok-in-array',
      true,
      ['host', 'password', 'port'],
    ]);
  });

  it('a missing key is SecretNotFound naming the key, and the session goes on', async () => {
    const at = AppTest.fromFunction(
      (st) => {
        if (st.button('Read')) st.text(String(st.secrets.db.user));
        st.text('after');
      },
      { secrets: SECRETS },
    );
    await at.run();
    await at.button[0]!.click().run();
    expect(at.exception[0]?.proto['code']).toBe('SecretNotFound');
    expect(at.exception[0]?.message).toContain("Secret 'db.user' is not set");
    expect(at.exception[0]?.message).toContain('[db]');
    expect(at.exception[0]?.message).not.toContain('hunter2');
    await at.run();
    expect(at.exception).toHaveLength(0);
    expect(at.text.map((t) => t.value)).toEqual(['after']);
  });

  it('is read-only', () => {
    const s = createSecrets(SECRETS);
    expect(() => {
      (s as Record<string, unknown>)['api_key'] = 'x';
    }).toThrow(/read-only/);
    expect(() => delete (s.db as Record<string, unknown>)['password']).toThrow(/read-only/);
    expect(() => (s.list as unknown[]).push(1)).toThrow(TypeError);
    // The source object is copied: changing it later changes nothing.
    const source = { a: 'one' };
    const copy = createSecrets(source);
    source.a = 'two';
    expect(copy.a).toBe('one');
  });

  it('an app without secrets has none; an option that is not an object is InvalidOption', async () => {
    expect(createSecrets().keys()).toEqual([]);
    expect(() => createSecrets('x' as unknown as Record<string, unknown>)).toThrow(expect.objectContaining({ code: 'InvalidOption' }));
    const at = AppTest.fromFunction((st) => void st.text(String(st.secrets.has('x'))));
    await at.run();
    expect(at.text[0]?.value).toBe('false');
  });

  it('no secret value is ever sent to the browser, even when the app writes st.secrets itself', async () => {
    const runtime = createTestRuntime(
      async (st) => {
        st.text(`connected to ${st.secrets.db.host.length > 0 ? 'the database' : 'nothing'}`);
        st.json(st.secrets);
        st.write(st.secrets);
        st.markdown(`secrets: ${st.secrets.toString()} ${JSON.stringify(st.secrets.db)}`);
        st.textInput('Key', { value: st.secrets.has('api_key') ? 'set' : 'unset' });
        try {
          void st.secrets.missing;
        } catch (error) {
          st.error((error as Error).message);
        }
        await Promise.resolve();
      },
      { secrets: SECRETS },
    );
    const messages: ForwardMsg[] = [];
    const conn = connectInMemory(runtime, { onMessage: (m) => messages.push(m) });
    await runtime.session(conn.sessionId!)!.runner.idle();
    expect(messages.some((m) => m.type === 'scriptFinished')).toBe(true);
    const wire = JSON.stringify(messages);
    expect(wire).toContain('the database');
    expect(wire).toContain('db');
    for (const value of ['sk-live-1234', 'hunter2-secret', 'db.internal', 'tok-in-array', '5432']) expect(wire).not.toContain(value);
    conn.disconnect();
    await runtime.close();
  });
});
