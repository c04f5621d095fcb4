// The page of issue 13, at any size N: one slider, N/2 markdown lines, then text and metric elements
// (alternating). The first text after the markdown shows the slider's value, so each slider step
// changes exactly one element; the last element is a text whose content marks the end of the page.
import { defineApp } from '@lit-ui/core';

/** Text of the element that shows the slider's value. @param {number} value */
export const valueText = (value) => `value is ${value}`;
/** Text of the last element of the page of size `n`. @param {number} n */
export const endText = (n) => `end of page ${n}`;

/** The page of `n` elements (the slider included). @param {number} n */
export function pageApp(n) {
  const markdownLines = Math.floor(n / 2);
  return defineApp((st) => {
    const value = st.slider('Value', { minValue: 0, maxValue: 1_000_000, value: 0, key: 'value' });
    for (let i = 0; i < markdownLines; i++) st.markdown(`Line **${i}** of the report: *markdown* with a [link](#l${i}) and \`code\`.`);
    st.text(valueText(value));
    const rest = n - 1 - markdownLines - 1;
    for (let i = 0; i < rest - 1; i++) {
      if (i % 2 === 0) st.text(`Text row ${i}: plain fixed-width text`);
      else st.metric(`Metric ${i}`, i * 7, { delta: i % 3 === 0 ? -1 : 2 });
    }
    st.text(endText(n));
  });
}
