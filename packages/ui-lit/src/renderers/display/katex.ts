/**
 * KaTeX, loaded on first use (`import('katex')` keeps it out of the base
 * bundle). Formulas are rendered as MathML, which every current browser
 * lays out natively: no KaTeX stylesheet or web fonts are needed, so math
 * works inside `<lit-ui-app>`'s shadow root (where `@font-face` rules are
 * ignored) and under any bundler.
 */
type Katex = typeof import('katex').default;

let loading: Promise<Katex> | undefined;

/** Loads KaTeX once; later calls share the same promise. */
export function loadKatex(): Promise<Katex> {
  loading ??= import('katex').then((module) => module.default);
  return loading;
}

/**
 * Typesets `tex` into `target` (replacing its content), as Streamlit's
 * `st.latex`. A formula with a syntax error shows KaTeX's message in red
 * instead of throwing.
 *
 * @param display - block (display-style, centred) rather than inline math
 * @example
 * await typeset(el, '\\int_0^1 x^2\\,dx', true);
 */
export async function typeset(target: HTMLElement, tex: string, display: boolean): Promise<void> {
  const katex = await loadKatex();
  try {
    // renderToString (not render): KaTeX's quirks-mode check does not apply to MathML output.
    target.innerHTML = katex.renderToString(tex, { displayMode: display, output: 'mathml', throwOnError: true, strict: 'ignore', trust: false });
    target.classList.remove('lu-math--error');
  } catch (error) {
    target.textContent = error instanceof Error ? error.message : String(error);
    target.classList.add('lu-math--error');
  }
  target.setAttribute('data-typeset', '');
}
