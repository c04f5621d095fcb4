/**
 * The app `npm run bench:cluster` runs in every worker: a counter in
 * session state behind a button, and twenty lines of text, so that each
 * click is one run, one session write and a small delta.
 */
import { defineApp } from '@lit-ui/core';

export default defineApp<{ count: number }>(
  (st) => {
    if (st.button('inc', { key: 'inc' })) st.sessionState.count += 1;
    for (let i = 0; i < 20; i++) st.text(`row ${i}`);
    st.markdown(`count=${st.sessionState.count}`);
  },
  { initialState: () => ({ count: 0 }) },
);
