import { defineApp } from '@lit-ui/core';

/** Balance at the end of each year when `monthly` dollars are saved every month at `yearlyRatePercent`, compounded monthly. */
export function savingsByYear(monthly: number, yearlyRatePercent: number, years: number): Array<{ year: number; balance: number }> {
  const rate = yearlyRatePercent / 100 / 12;
  const rows = [{ year: 0, balance: 0 }];
  let balance = 0;
  for (let month = 1; month <= years * 12; month++) {
    balance = balance * (1 + rate) + monthly;
    if (month % 12 === 0) rows.push({ year: month / 12, balance: Math.round(balance) });
  }
  return rows;
}

const money = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

/**
 * A savings planner: how much a monthly deposit grows to. Embedded in the
 * Vue page of `examples/vue`, which shows the goal the app computes and
 * sets its `monthly` and `years` sliders from Vue.
 */
export default defineApp((st) => {
  st.header('Savings planner');
  const monthly = st.slider('Saved each month ($)', { minValue: 50, maxValue: 5_000, value: 300, step: 50, key: 'monthly' });
  const rate = st.slider('Yearly return (%)', { minValue: 0, maxValue: 10, value: 4, step: 0.5, key: 'rate' });
  const years = st.slider('Years', { minValue: 1, maxValue: 40, value: 20, key: 'years' });
  const rows = savingsByYear(monthly, rate, years);
  const final = rows.at(-1)!.balance;
  const deposited = monthly * 12 * years;
  const [a, b] = st.columns(2);
  a.metric('Balance at the end', money(final));
  b.metric('Of which returns', money(final - deposited));
  st.lineChart(rows, { x: 'year', y: 'balance' });
  st.caption(`Deposited: ${money(deposited)} over ${String(years)} years.`);
});
