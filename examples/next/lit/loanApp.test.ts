import { describe, expect, it } from 'vitest';
import { AppTest } from '@lit-ui/core/testing';
import loanApp, { balanceByYear, monthlyPayment } from './loanApp.js';

describe('the loan calculator of the Next.js example', () => {
  it('computes the annuity payment and pays the loan off', () => {
    expect(monthlyPayment(300_000, 4.5, 30)).toBeCloseTo(1520.06, 2);
    expect(monthlyPayment(120_000, 0, 10)).toBe(1000);
    const rows = balanceByYear(300_000, 4.5, 30);
    expect(rows).toHaveLength(31);
    expect(rows.at(-1)?.balance).toBe(0);
  });

  it('shows the payment for the chosen term, and counts saved scenarios per session', async () => {
    const at = AppTest.fromFunction(loanApp);
    await at.run();
    expect(at.metric.map((m) => m.value)).toEqual(['$1,520', '$247,220']);
    await at.selectbox[0]!.select(15).run();
    expect(at.metric[0]!.value).toBe('$2,295');
    await at.button[0]!.click().run();
    expect(at.caption[0]!.value).toBe('Scenarios saved in this session: 1');
  });
});
