import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';

describe('number formats of st.slider, st.numberInput and st.metric', () => {
  it('sends printf and named formats to the browser as given', async () => {
    const at = AppTest.fromFunction((st) => {
      st.slider('Share', { minValue: 0, maxValue: 1, value: 0.5, format: 'percent' });
      st.numberInput('Price', { value: 9.5, format: '$%.2f' });
      st.metric('Revenue', 1234.567, { delta: -5, format: 'dollar' });
    });
    await at.run();
    expect(at.exception).toHaveLength(0);
    expect(at.slider[0]!.proto['format']).toBe('percent');
    expect(at.numberInput[0]!.proto['format']).toBe('$%.2f');
    expect(at.get('metric')[0]!.proto).toMatchObject({ value: '1234.567', delta: '-5', deltaArrow: 'down', format: 'dollar' });
  });

  it('a format sprintf-js cannot read is an InvalidArgument naming the command, the label and the format; the run goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      for (const [name, call] of [
        ['slider', () => st.slider('S', { format: '%,.2f' })],
        ['numberInput', () => st.numberInput('N', { format: '%d of %d' })],
        ['metric', () => st.metric('M', 3, { format: '%q' })],
      ] as const) {
        try {
          call();
        } catch (error) {
          st.text(`${name}: ${(error as { code?: string }).code} ${(error as Error).message}`);
        }
      }
      st.text('still running');
    });
    await at.run();
    const texts = at.get('text').map((e) => String(e.value));
    expect(texts[0]).toMatch(/^slider: InvalidArgument st\.slider "S": '%,\.2f' is not a printf format of one number/);
    expect(texts[1]).toMatch(/^numberInput: InvalidArgument st\.numberInput "N": '%d of %d' is not a printf format/);
    expect(texts[2]).toMatch(/^metric: InvalidArgument st\.metric "M": '%q' is not a printf format/);
    expect(texts[3]).toBe('still running');
  });

  it('a date slider keeps its date pattern (not a number format)', async () => {
    const at = AppTest.fromFunction((st) => {
      st.slider('When', { minValue: new Date('2024-01-01T00:00:00Z'), maxValue: new Date('2024-02-01T00:00:00Z'), format: 'YYYY-MM-DD' });
    });
    await at.run();
    expect(at.exception).toHaveLength(0);
    expect(at.slider[0]!.proto['format']).toBe('YYYY-MM-DD');
  });
});
