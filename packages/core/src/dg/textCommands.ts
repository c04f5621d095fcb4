import type { WidthOption } from './layoutOptions.js';
import { echo, type EchoOptions } from '../elements/echo.js';
import { helpProto } from '../elements/help.js';
import { jsonProto, type JsonOptions } from '../elements/json.js';
import { metricProto, type MetricOptions } from '../elements/metric.js';
import type { HelpOption } from '../elements/proto.js';
import {
  badgeProto,
  codeProto,
  dividerProto,
  headingProto,
  htmlProto,
  latexProto,
  markdownProto,
  textProto,
  type CodeOptions,
  type HeaderOptions,
  type MarkdownOptions,
  type TitleOptions,
} from '../elements/text.js';
import { writeCommand, type WriteResult } from '../elements/writeCommand.js';
import { writeStream } from '../elements/writeStream.js';
import type { StreamSource } from '../elements/streamChunks.js';
import { DeltaGeneratorBase, coreOf } from './deltaGeneratorBase.js';

/**
 * Streamlit's text commands, from `st.title` to `st.echo`, as its DeltaGenerator's text mixins: part of
 * {@link DeltaGenerator}, which is what apps use (this class is never made on its own).
 */
export abstract class TextCommands extends DeltaGeneratorBase {
  /** A page title (h1), as Streamlit's `st.title`. @example st.title('Cars') */
  title(body: string, options?: TitleOptions): void {
    coreOf(this).element(headingProto('title', body, options));
  }

  /** A section header (h2), as Streamlit's `st.header`. @example st.header('Results', { divider: 'blue' }) */
  header(body: string, options?: HeaderOptions): void {
    coreOf(this).element(headingProto('header', body, options));
  }

  /** A sub-section header (h3), as Streamlit's `st.subheader`. */
  subheader(body: string, options?: HeaderOptions): void {
    coreOf(this).element(headingProto('subheader', body, options));
  }

  /**
   * GitHub-flavoured markdown, as Streamlit's `st.markdown` (with `:red[text]`
   * colors and emoji shortcodes). Raw HTML only with `unsafeAllowHtml`.
   * @example st.markdown('**Bold** and :blue[blue]')
   */
  markdown(body: string, options?: MarkdownOptions): void {
    coreOf(this).element(markdownProto('markdown', body, options));
  }

  /** Small muted markdown, as Streamlit's `st.caption`. */
  caption(body: string, options?: MarkdownOptions): void {
    coreOf(this).element(markdownProto('caption', body, options));
  }

  /** Plain fixed-width text without markdown, as Streamlit's `st.text`. */
  text(body: string, options?: HelpOption & WidthOption): void {
    coreOf(this).element(textProto(body, options));
  }

  /** A code block with highlighting and a copy button, as Streamlit's `st.code` (language default `'python'`). */
  code(body: string, options?: CodeOptions): void {
    coreOf(this).element(codeProto(body, options));
  }

  /** A LaTeX formula (KaTeX), as Streamlit's `st.latex`. @example st.latex('E = mc^2') */
  latex(body: string, options?: HelpOption & WidthOption): void {
    coreOf(this).element(latexProto(body, options));
  }

  /** Sanitised HTML (no scripts), as Streamlit's `st.html`. @param options - `width`, as Streamlit's. */
  html(body: string, options?: WidthOption): void;
  // The layout options are taken by the command wrapper (unknownOptions.ts), not here.
  html(body: string, _options?: WidthOption): void {
    coreOf(this).element(htmlProto(body));
  }

  /** A horizontal rule, as Streamlit's `st.divider`. @param options - `width`, as Streamlit's. */
  divider(options?: WidthOption): void;
  divider(_options?: WidthOption): void {
    coreOf(this).element(dividerProto());
  }

  /**
   * A small colored label, as Streamlit's `st.badge`.
   * @param label - The badge text: markdown (bold, italics, strikethrough, inline code).
   * @param options - `icon`: an emoji or `':material/name:'`; `color`: `'blue'` (default), `'red'`, `'orange'`,
   *   `'yellow'`, `'green'`, `'violet'`, `'gray'` (or `'grey'`) or `'primary'`; `help`: a tooltip (markdown).
   * @throws LitUiError `InvalidArgument` for another color.
   * @example st.badge('New', { color: 'green', icon: '✨' })
   */
  badge(
    label: string,
    options?: {
      readonly icon?: string;
      readonly color?: 'red' | 'orange' | 'yellow' | 'blue' | 'green' | 'violet' | 'gray' | 'grey' | 'primary';
      readonly help?: string;
    } & WidthOption,
  ): void {
    coreOf(this).element(badgeProto(label, options));
  }

  /** Any value as a collapsible JSON tree, as Streamlit's `st.json`; a string is parsed as JSON first. */
  json(body: unknown, options?: JsonOptions): void {
    coreOf(this).element(jsonProto(body, options));
  }

  /**
   * A big number with a label and an optional delta, as Streamlit's
   * `st.metric`. The value is shown as text: strings as given, numbers as
   * `String(value)`, `null`/`undefined` as `—`, plain objects as JSON.
   * @param label - What the number is.
   * @param value - The number or text to show.
   * @param options - The delta under the value and its color ({@link MetricOptions}), help, border.
   * @throws LitUiError `InvalidArgument` for a `deltaColor` other than `'normal'`, `'inverse'` or `'off'`.
   * @example st.metric('Temperature', '70 °F', { delta: '1.2 °F' })
   */
  metric(label: string, value: unknown, options?: MetricOptions): void {
    coreOf(this).element(metricProto(label, value, options));
  }

  /**
   * Writes each argument in the way that suits it, as Streamlit's `st.write`:
   * strings as markdown (consecutive strings joined with spaces), errors as
   * exceptions, arrays of row objects and Arrow tables as dataframes, Vega-Lite
   * specs as charts, functions and class instances as `st.help`, other arrays
   * and plain objects as JSON, other values as inline code. A promise is
   * awaited and its value written; an async iterable, a `ReadableStream` or a
   * generator is streamed as `st.writeStream` does — then `st.write` returns a
   * promise to await. A last argument `{ unsafeAllowHtml: true }` lets strings
   * carry raw HTML, as Streamlit's `unsafe_allow_html`.
   * @throws LitUiError `InvalidArgument` as the command each value maps to (e.g. rows that are not a table).
   * @example st.write('Rows:', rows.length)
   * @example await st.write('Answer:', llmStream)
   */
  write<const A extends readonly unknown[]>(...args: A): WriteResult<A>;
  write(...args: unknown[]): void | Promise<void> {
    return writeCommand(coreOf(this), args);
  }

  /**
   * Streams chunks onto the page as they arrive, as Streamlit's `st.write_stream`, and resolves to what was written.
   * `stream` is an async iterable (an async generator, an OpenAI / Anthropic / Vercel AI SDK stream), an iterable,
   * a `ReadableStream` (of strings or UTF-8 bytes), a promise of one, or a function returning one.
   * Text chunks (strings, bytes, the SDKs' text deltas; their events without text are skipped) fill one markdown
   * element: only the new text of each chunk travels to the browser. Any other chunk is written as `st.write` would.
   * When the run is interrupted (a newer interaction, `st.stop()`), reading stops at once and the source is closed.
   * @returns the whole text when every chunk was text, else every written piece in order (text runs as strings).
   * @throws LitUiError `InvalidArgument` when `stream` is not a stream; whatever the stream itself throws.
   * @example const answer = await st.writeStream(openai.chat.completions.create({ model, messages, stream: true }));
   */
  writeStream(stream: StreamSource<string>): Promise<string>;
  writeStream(stream: StreamSource): Promise<string | unknown[]>;
  writeStream(stream: StreamSource): Promise<string | unknown[]> {
    return writeStream(coreOf(this), stream, coreOf(this).host.showErrorDetails);
  }

  /**
   * What an object is and offers, as Streamlit's `st.help`: a function's signature, a class's `extends` and members,
   * an instance's class, properties (with previews) and methods, a primitive's type and value.
   * @example st.help(st.writeStream); st.help(new Map());
   */
  help(obj: unknown): void {
    coreOf(this).element(helpProto(obj));
  }

  /**
   * Shows a function's code, then runs it, as Streamlit's `with st.echo():`. The code is the function's body as
   * the runtime sees it (after TypeScript compilation: without types), in a JavaScript code block above (default)
   * or below (`codeLocation: 'below'`) what it writes. Returns what `fn` returns (await it for an async `fn`).
   * @throws LitUiError `InvalidArgument` when `fn` is not a function or `codeLocation` is another value.
   * @example st.echo(() => { const x = 10; st.write(x); });
   */
  echo<R>(fn: () => R, options?: EchoOptions): R {
    return echo(coreOf(this), fn, options);
  }
}
