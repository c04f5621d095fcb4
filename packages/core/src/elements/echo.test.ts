import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';
import { functionBody } from './echo.js';

describe('st.echo', () => {
  it('shows the function body above its output, then runs it and returns its result', async () => {
    let result: unknown;
    const at = AppTest.fromFunction((st) => {
      result = st.echo(() => {
        const x = 10;
        st.write(x);
        return x * 2;
      });
    });
    await at.run();
    expect(at.code[0]!.value).toBe('const x = 10;\nst.write(x);\nreturn x * 2;');
    expect(at.code[0]!.proto.language).toBe('javascript');
    expect(at.markdown[0]!.value).toBe('`10`');
    expect(at.main.get('code')[0]!.path).toEqual([0, 0]);
    expect(result).toBe(20);
  });

  it("codeLocation 'below' writes the code after the output, waiting for an async function", async () => {
    const at = AppTest.fromFunction(async (st) => {
      await st.echo(
        async () => {
          await Promise.resolve();
          st.text('output');
        },
        { codeLocation: 'below' },
      );
    });
    await at.run();
    expect(at.text[0]!.path).toEqual([0, 0]);
    expect(at.code[0]!.path).toEqual([0, 1]);
    // The source as the runtime sees it: the compiler may have changed the quotes.
    expect(at.code[0]!.value).toMatch(/^await Promise\.resolve\(\);\nst\.text\(["']output["']\);$/);
  });

  it('bad input is a clear error and the session goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      st.echo(() => 1, { codeLocation: 'left' as 'above' });
    });
    await at.run();
    expect(at.exception[0]!.message).toBe(`st.echo: codeLocation must be 'above' or 'below', got "left".`);
  });

  it('takes the body of arrows with an expression, functions and methods', () => {
    expect(functionBody('() => st.write(1)')).toBe('st.write(1)');
    expect(functionBody('function (a, { b } = {}) {\n    run(a);\n  }')).toBe('run(a);');
    expect(functionBody('async x => { await x; }')).toBe('await x;');
  });
});
