import { describe, expect, it } from 'vitest';
import { fragment } from '../fragments/fragment.js';
import { errorDetailsLevel } from '../runtime/resolvedOptions.js';
import type { ErrorDetailsLevel } from './exception.js';
import { AppTest } from '../testing/appTest.js';

const SECRET = 'db password=hunter2 failed';

function failing() {
  return () => {
    throw new TypeError(SECRET);
  };
}

async function runAt(level: ErrorDetailsLevel | boolean, app: Parameters<typeof AppTest.fromFunction>[0] = failing()) {
  const logged: Array<{ message: string; details: unknown }> = [];
  const logger = { warn: () => undefined, error: (message: string, details?: unknown) => logged.push({ message, details }) };
  const at = AppTest.fromFunction(app, { runtime: { showErrorDetails: level, logger } });
  await at.run();
  return { at, logged, wire: JSON.stringify(at.exception.map((e) => e.proto)) };
}

describe('showErrorDetails levels (as Streamlit’s client.showErrorDetails)', () => {
  it("'full': type, message and stack; no correlation id", async () => {
    const { at, wire } = await runAt('full');
    expect(at.exception[0]!.name).toBe('TypeError');
    expect(at.exception[0]!.message).toBe(SECRET);
    expect(at.exception[0]!.stack.length).toBeGreaterThan(0);
    expect(wire).not.toContain('errorId');
  });

  it("'stacktrace': type and stack, a generic message, the correlation id", async () => {
    const { at, wire } = await runAt('stacktrace');
    expect(at.exception[0]!.name).toBe('TypeError');
    expect(at.exception[0]!.message).toMatch(/redacted/);
    expect(at.exception[0]!.stack.length).toBeGreaterThan(0);
    expect(wire).not.toContain('hunter2');
    expect(at.exception[0]!.proto['errorId']).toMatch(/^[\w-]{12}$/);
  });

  it("'type': type only, a generic message", async () => {
    const { at, wire } = await runAt('type');
    expect(at.exception[0]!.name).toBe('TypeError');
    expect(at.exception[0]!.stack).toEqual([]);
    expect(wire).not.toContain('hunter2');
  });

  it("'none': no message, no type, no path reaches the client; the id on the page is the one in the log", async () => {
    const { at, wire, logged } = await runAt('none');
    const shown = at.exception[0]!;
    expect(shown.name).toBe('Error');
    expect(shown.message).toMatch(/redacted/);
    expect(shown.stack).toEqual([]);
    expect(wire).not.toContain('hunter2');
    expect(wire).not.toContain('TypeError');
    expect(wire).not.toMatch(/\/work\/|file:\/\/|\.ts:\d+/);
    const errorId = shown.proto['errorId'] as string;
    expect(logged).toHaveLength(1);
    expect(logged[0]!.message).toContain(errorId);
    expect((logged[0]!.details as Error).message).toBe(SECRET);
  });

  it('applies to errors in callbacks and fragments too', async () => {
    const inFragment = fragment(() => {
      throw new Error(SECRET);
    });
    const { at, wire } = await runAt('none', async (st) => {
      st.button('Go', {
        key: 'go',
        onClick: () => {
          throw new Error(SECRET);
        },
      });
      await inFragment(st);
    });
    expect(at.exception).toHaveLength(1);
    await at.button[0]!.click().run();
    expect(at.exception.length).toBe(2);
    expect(JSON.stringify(at.exception.map((e) => e.proto)) + wire).not.toContain('hunter2');
  });

  it('st.exception(e) shows what the app chose to show, without a stack below stacktrace', async () => {
    const { at } = await runAt('none', (st) => st.exception(new RangeError('out of range')));
    expect(at.exception[0]!.message).toBe('out of range');
    expect(at.exception[0]!.name).toBe('RangeError');
    expect(at.exception[0]!.stack).toEqual([]);
  });

  it('true and false keep working: true is full, false hides the message and the stack', async () => {
    expect((await runAt(true)).at.exception[0]!.message).toBe(SECRET);
    const off = await runAt(false);
    expect(off.at.exception[0]!.message).toMatch(/redacted/);
    expect(off.at.exception[0]!.stack).toEqual([]);
  });
});

describe('errorDetailsLevel', () => {
  it("defaults to 'none' in production and 'full' otherwise", () => {
    expect(errorDetailsLevel(undefined, 'production')).toBe('none');
    expect(errorDetailsLevel(undefined, 'development')).toBe('full');
    expect(errorDetailsLevel(undefined, undefined)).toBe('full');
    expect(errorDetailsLevel('type', 'production')).toBe('type');
  });

  it('refuses an unknown level with InvalidOption', () => {
    expect(() => errorDetailsLevel('verbose' as ErrorDetailsLevel)).toThrow(expect.objectContaining({ code: 'InvalidOption' }));
  });
});
