import { addDocumentFont } from './documentFonts.js';

/**
 * KaTeX, loaded on first use (`import('katex')` keeps it out of the base
 * bundle). Formulas are rendered as Streamlit's are: KaTeX's HTML, in its
 * own fonts, plus hidden MathML for assistive technology. KaTeX's
 * stylesheet (copied next to the chunks at build time) is fetched once and
 * adopted into the shadow root that holds the formula; its `@font-face`
 * rules, which a shadow root ignores, become document fonts
 * (`addDocumentFont`). Where the stylesheet cannot be fetched, formulas
 * fall back to MathML alone, which browsers lay out natively.
 */
type Katex = typeof import('katex').default;

/** KaTeX's stylesheet, served beside the chunks (under the app's mount for the built-in bundle). */
function katexCssUrl(): URL {
  return new URL('./katex.min.css', import.meta.url);
}

const FONT_FACE = /@font-face\s*\{([^}]*)\}/g;

/** The `@font-face` rules of KaTeX's CSS as document fonts (woff2 files beside the CSS), and the rest as a stylesheet. */
function katexSheet(css: string, base: URL): CSSStyleSheet {
  for (const [, body = ''] of css.matchAll(FONT_FACE)) {
    const family = /font-family:\s*([^;]+)/.exec(body)?.[1]?.trim();
    const file = /url\((?:fonts\/)?([\w-]+\.woff2)\)/.exec(body)?.[1];
    if (family === undefined || file === undefined) continue;
    const weight = /font-weight:\s*([^;]+)/.exec(body)?.[1]?.trim() ?? '400';
    const style = /font-style:\s*([^;]+)/.exec(body)?.[1]?.trim() ?? 'normal';
    void addDocumentFont(family, new URL(`./${file}`, base), { weight, style });
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css.replace(FONT_FACE, ''));
  return sheet;
}

let styles: Promise<CSSStyleSheet | undefined> | undefined;

/** KaTeX's stylesheet without its font faces (which it adds to the document), once; undefined when it cannot be loaded. */
export function loadKatexStyles(): Promise<CSSStyleSheet | undefined> {
  styles ??= (async () => {
    if (typeof CSSStyleSheet === 'undefined' || typeof fetch === 'undefined') return undefined;
    // Served over HTTP beside the chunks; from a file (unit tests on the sources) there is nothing to fetch.
    if (!/^https?:/.test(String(import.meta.url))) return undefined;
    const url = katexCssUrl();
    try {
      const response = await fetch(url);
      return response.ok ? katexSheet(await response.text(), url) : undefined;
    } catch {
      return undefined;
    }
  })();
  return styles;
}

/** Adopts `sheet` into the shadow root (or document) holding `target`, once. */
function adoptInto(target: Node, sheet: CSSStyleSheet): void {
  const root = target.getRootNode();
  if (!(root instanceof ShadowRoot || root instanceof Document)) return;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

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
  const [katex, sheet] = await Promise.all([loadKatex(), loadKatexStyles()]);
  if (sheet !== undefined) adoptInto(target, sheet);
  try {
    const options = { displayMode: display, throwOnError: true, strict: 'ignore', trust: false } as const;
    // HTML output through render (not renderToString + innerHTML): KaTeX then sets its inline sizes through the
    // CSSOM, which a strict CSP allows, where `style="…"` attributes in HTML would be blocked. MathML alone has none.
    if (sheet === undefined) target.innerHTML = katex.renderToString(tex, { ...options, output: 'mathml' });
    else katex.render(tex, target, { ...options, output: 'htmlAndMathml' });
    target.classList.remove('lu-math--error');
  } catch (error) {
    target.textContent = error instanceof Error ? error.message : String(error);
    target.classList.add('lu-math--error');
  }
  target.setAttribute('data-typeset', '');
}
