import { defineApp } from '@lit-ui/core';

/** Monthly payment of a fixed-rate loan (the annuity formula). */
export function monthlyPayment(principal: number, yearlyRatePercent: number, years: number): number {
  const months = years * 12;
  const rate = yearlyRatePercent / 100 / 12;
  if (rate === 0) return principal / months;
  return (principal * rate) / (1 - (1 + rate) ** -months);
}

/** Remaining balance after each year of a loan. */
export function balanceByYear(principal: number, yearlyRatePercent: number, years: number): Array<{ year: number; balance: number }> {
  const payment = monthlyPayment(principal, yearlyRatePercent, years);
  const rate = yearlyRatePercent / 100 / 12;
  const rows = [{ year: 0, balance: principal }];
  let balance = principal;
  for (let month = 1; month <= years * 12; month++) {
    balance = Math.max(0, balance * (1 + rate) - payment);
    if (month % 12 === 0) rows.push({ year: month / 12, balance: Math.round(balance) });
  }
  return rows;
}

const money = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

/**
 * A loan calculator: sliders for amount, rate and term, the monthly payment
 * and total interest as metrics, the balance year by year as a chart, and a
 * session counter of saved scenarios. Mounted at /loan by the Next.js app,
 * full page there and embedded in the React home page.
 */
export default defineApp((st) => {
  st.sessionState.saved ??= 0;
  st.header('Loan calculator');
  const amount = st.slider('Amount ($)', { minValue: 10_000, maxValue: 1_000_000, value: 300_000, step: 10_000, key: 'amount' });
  const rate = st.slider('Yearly rate (%)', { minValue: 0, maxValue: 12, value: 4.5, step: 0.25, key: 'rate' });
  const years = st.selectbox('Term', [10, 15, 20, 25, 30], { index: 4, formatFunc: (y) => `${y} years`, key: 'years' }) ?? 30;
  const payment = monthlyPayment(amount, rate, years);
  const [a, b] = st.columns(2);
  a.metric('Monthly payment', money(payment));
  b.metric('Total interest', money(payment * years * 12 - amount));
  st.lineChart(balanceByYear(amount, rate, years), { x: 'year', y: 'balance' });
  if (st.button('Save scenario')) st.sessionState.saved += 1;
  st.caption(`Scenarios saved in this session: ${String(st.sessionState.saved)}`);
});
