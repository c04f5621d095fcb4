import { exceptionProto } from '../elements/exception.js';
import { toJsonValue } from '../elements/jsonValue.js';
import { linkButtonProto, type LinkButtonOptions } from '../elements/links.js';
import { metricProto, type MetricOptions } from '../elements/metric.js';
import { makeProto, type HelpOption } from '../elements/proto.js';
import { progressProto, toastProto, type ToastOptions } from '../elements/status.js';
import {
  alertProto,
  codeProto,
  headingProto,
  htmlProto,
  latexProto,
  markdownProto,
  textProto,
  type AlertOptions,
  type CodeOptions,
  type HeaderOptions,
  type MarkdownOptions,
  type TitleOptions,
} from '../elements/text.js';
import { writeProtos } from '../elements/write.js';
import type { ElementProto } from '../protocol/elements.js';
import { DeltaGeneratorBase } from './deltaGeneratorBase.js';

/** Options of `st.json`. */
export interface JsonOptions {
  /** `true` (default) expands everything, `false` collapses, a number expands that many levels. */
  readonly expanded?: boolean | number;
}

/** Text, alerts, status and other display commands. Each writes one element at the cursor. */
export class DisplayCommands extends DeltaGeneratorBase {
  /** A page title (h1), as Streamlit's `st.title`. @example st.title('Cars') */
  title(body: string, options?: TitleOptions): void {
    this.putElement(headingProto('title', body, options));
  }

  /** A section header (h2), as Streamlit's `st.header`. @example st.header('Results', { divider: 'blue' }) */
  header(body: string, options?: HeaderOptions): void {
    this.putElement(headingProto('header', body, options));
  }

  /** A sub-section header (h3), as Streamlit's `st.subheader`. */
  subheader(body: string, options?: HeaderOptions): void {
    this.putElement(headingProto('subheader', body, options));
  }

  /**
   * GitHub-flavoured markdown, as Streamlit's `st.markdown` (with `:red[text]`
   * colors and emoji shortcodes). Raw HTML only with `unsafeAllowHtml`.
   * @example st.markdown('**Bold** and :blue[blue]')
   */
  markdown(body: string, options?: MarkdownOptions): void {
    this.putElement(markdownProto('markdown', body, options));
  }

  /** Small muted text, as Streamlit's `st.caption`. */
  caption(body: string, options?: MarkdownOptions): void {
    this.putElement(markdownProto('caption', body, options));
  }

  /** Plain text without markdown, as Streamlit's `st.text`. */
  text(body: string, options?: HelpOption): void {
    this.putElement(textProto(body, options));
  }

  /** A code block with highlighting and a copy button, as Streamlit's `st.code`. */
  code(body: string, options?: CodeOptions): void {
    this.putElement(codeProto(body, options));
  }

  /** A LaTeX formula (KaTeX), as Streamlit's `st.latex`. @example st.latex('E = mc^2') */
  latex(body: string, options?: HelpOption): void {
    this.putElement(latexProto(body, options));
  }

  /** Sanitised HTML (no scripts), as Streamlit's `st.html`. */
  html(body: string): void {
    this.putElement(htmlProto(body));
  }

  /** A horizontal rule, as Streamlit's `st.divider`. */
  divider(): void {
    this.putElement(makeProto('divider', {}));
  }

  /**
   * Any value as a collapsible JSON tree, as Streamlit's `st.json`. A string
   * is parsed as JSON first. Dates, Maps and Sets are converted.
   */
  json(body: unknown, options: JsonOptions = {}): void {
    let value = body;
    if (typeof body === 'string') {
      try {
        value = JSON.parse(body);
      } catch {
        value = body;
      }
    }
    this.putElement(makeProto('json', { body: toJsonValue(value), expanded: options.expanded ?? true }));
  }

  /**
   * A big number with a label and an optional delta, as Streamlit's
   * `st.metric`. The value is shown as text (`String(value)`).
   * @example st.metric('Temperature', '70 °F', { delta: '1.2 °F' })
   */
  metric(label: string, value: unknown, options?: MetricOptions): void {
    this.putElement(metricProto(label, value, options));
  }

  /** A green success box, as Streamlit's `st.success`. */
  success(body: string, options?: AlertOptions): void {
    this.putElement(alertProto('success', body, options));
  }

  /** A blue info box, as Streamlit's `st.info`. */
  info(body: string, options?: AlertOptions): void {
    this.putElement(alertProto('info', body, options));
  }

  /** A yellow warning box, as Streamlit's `st.warning`. */
  warning(body: string, options?: AlertOptions): void {
    this.putElement(alertProto('warning', body, options));
  }

  /** A red error box, as Streamlit's `st.error`. */
  error(body: string, options?: AlertOptions): void {
    this.putElement(alertProto('error', body, options));
  }

  /** An error with its message (and stack when `showErrorDetails` is on), as Streamlit's `st.exception`. */
  exception(error: unknown): void {
    this.putElement(exceptionProto(error, this.host.showErrorDetails));
  }

  /**
   * Writes each argument in the way that suits it, as Streamlit's `st.write`:
   * strings as markdown (consecutive strings joined with spaces), errors as
   * exceptions, arrays and plain objects as JSON, other values as inline code.
   * @example st.write('Rows:', rows.length)
   */
  write(...args: unknown[]): void {
    for (const proto of writeProtos(args, this.host.showErrorDetails)) this.putElement(proto);
  }

  /**
   * A progress bar, as Streamlit's `st.progress`: `value` is an integer
   * 0–100 or a fraction 0.0–1.0. Returns a handle; call `.progress()` on it
   * to update the same bar.
   * @example const bar = st.progress(0, { text: 'Working' }); bar.progress(50);
   */
  progress(value: number, options: { readonly text?: string } = {}): this {
    return this.putElementHandle(progressProto(value, options.text));
  }

  /** A short notification in the corner, as Streamlit's `st.toast`. */
  toast(body: string, options?: ToastOptions): void {
    this.putEvent((nonce) => toastProto(body, nonce, options));
  }

  /** Celebratory balloons, as Streamlit's `st.balloons`. */
  balloons(): void {
    this.putEvent((nonce) => makeProto('balloons', { nonce }));
  }

  /** Falling snowflakes, as Streamlit's `st.snow`. */
  snow(): void {
    this.putEvent((nonce) => makeProto('snow', { nonce }));
  }

  /**
   * A button that opens a URL, as Streamlit's `st.link_button`.
   * @throws LitUiError `InvalidArgument` for a URL whose scheme is not `http:`, `https:`, `mailto:` or `tel:`
   *   (relative URLs are fine): `javascript:`, `data:` and the like never reach the page.
   */
  linkButton(label: string, url: string, options?: LinkButtonOptions): void {
    this.putElement(linkButtonProto(label, url, options));
  }

  /** Writes an element and returns a handle that replaces it on later writes. */
  protected putElementHandle(proto: ElementProto): this {
    const run = this.currentRun();
    const container = this.resolve(run);
    const path = run.writer.putElement(container, proto);
    return this.derive({ ...container, slot: path[path.length - 1]! }, run.id);
  }

  private putEvent(build: (nonce: string) => ElementProto): void {
    const run = this.currentRun();
    const events = run.writer.root(2);
    run.writer.putElement(events, build(`${run.id}:${run.writer.cursor(events)}`));
  }
}
