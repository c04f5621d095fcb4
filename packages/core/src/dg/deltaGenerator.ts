import type { AnyState } from '../app.js';
import type { BackgroundOptions, BackgroundTask, BackgroundTaskContext } from '../background/backgroundTasks.js';
import { RerunSignal, StopSignal, SwitchPageSignal } from '../controlFlow.js';
import { type BarChartOptions, type ChartOptions, type ScatterChartOptions, type VegaLiteChartOptions } from '../elements/charts.js';
import { columnConfig } from '../data/columnConfig.js';
import type { DataframeOptions } from '../elements/data.js';
import { dataEditor, dataframe, table } from '../elements/dataframeCommands.js';
import { echo, type EchoOptions } from '../elements/echo.js';
import { vegaLiteChart } from '../elements/chartCommands.js';
import { builtInChart } from '../widgets/builtInChartSelection.js';
import { mapProto, type MapOptions } from '../elements/map.js';
import { plotlyChart, type PlotlyChartOptions, type PlotlyFigure } from '../elements/plotly.js';
import { graphvizProto, type GraphvizChartOptions } from '../elements/graphviz.js';
import type { PlotlyState } from '../widgets/plotlySelection.js';
import { exceptionProto } from '../elements/exception.js';
import { helpProto } from '../elements/help.js';
import { jsonProto, type JsonOptions } from '../elements/json.js';
import { logoConfig, type LogoOptions } from '../elements/logo.js';
import {
  audioProto,
  imageProto,
  pdfProto,
  videoProto,
  type AudioOptions,
  type ImageOptions,
  type PdfOptions,
  type VideoOptions,
} from '../elements/media.js';
import {
  chatMessageBlock,
  columnBlocks,
  containerBlock,
  emptyHandle,
  expanderBlock,
  popoverBlock,
  tabBlocks,
  type ChatMessageOptions,
  type ColumnsOptions,
  type ContainerOptions,
  type ExpanderOptions,
  type PopoverOptions,
  type TupleOf,
  type TabsOptions,
} from '../elements/layout.js';
import { linkButtonProto, type LinkButtonOptions, type PageLinkOptions } from '../elements/links.js';
import { metricProto, type MetricOptions } from '../elements/metric.js';
import { hostEventProto } from '../elements/hostEvent.js';
import type { HelpOption } from '../elements/proto.js';
import type { LayoutOptions, WidthOption } from './layoutOptions.js';
import {
  effectProto,
  progressProto,
  spinner,
  statusBlock,
  statusWith,
  toastProto,
  type ProgressOptions,
  type StatusOptions,
  type StatusUpdate,
  type ToastOptions,
} from '../elements/status.js';
import type { TableData } from '../elements/tabular.js';
import {
  alertProto,
  badgeProto,
  codeProto,
  dividerProto,
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
import { writeCommand, type WriteResult } from '../elements/writeCommand.js';
import { writeStream } from '../elements/writeStream.js';
import type { StreamSource } from '../elements/streamChunks.js';
import { invalidArgument } from '../errors.js';
import type { MediaSource } from '../media/mediaSource.js';
import type { UploadedFile } from '../media/uploadedFile.js';
import type { AudioSamples } from '../media/wav.js';
import { formBlock, formSubmitButton, type FormOptions } from '../forms/form.js';
import {
  navigate,
  pageLink,
  pagePathOf,
  switchPageQuery,
  type CurrentPage,
  type NavigationOptions,
  type SwitchPageOptions,
} from '../pages/navigation.js';
import { AppPage, type PageOptions, type PageScript } from '../pages/page.js';
import type { QueryParamsProxy } from '../state/queryParams.js';
import type { SessionStateProxy } from '../state/sessionStateProxy.js';
import { buttonDefinition, type ButtonOptions } from '../widgets/button.js';
import { buttonGroupDefinition, type ButtonGroupOptions } from '../widgets/buttonGroup.js';
import { chatInputDefinition, type ChatInputOptions, type ChatInputValue } from '../widgets/chatInput.js';
import { checkboxDefinition, type CheckboxOptions } from '../widgets/checkbox.js';
import { colorPickerDefinition, type ColorPickerOptions } from '../widgets/colorPicker.js';
import type { DataEditorOptions } from '../widgets/dataEditor.js';
import type { DataframeSelectOptions, DataframeState } from '../widgets/dataframeSelection.js';
import type { VegaLiteState } from '../widgets/chartSelection.js';
import { dateInputDefinition, type DateInputOptions, type DateLike } from '../widgets/dateInput.js';
import { datetimeInputDefinition, type DatetimeInputOptions } from '../widgets/datetimeInput.js';
import { feedbackDefinition, type FeedbackKind, type FeedbackOptions } from '../widgets/feedback.js';
import { downloadButtonDefinition, type DownloadButtonOptions, type DownloadData } from '../widgets/downloadButton.js';
import {
  audioInputDefinition,
  cameraInputDefinition,
  fileUploaderDefinition,
  type AudioInputOptions,
  type CameraInputOptions,
  type FileUploaderOptions,
} from '../widgets/fileUploader.js';
import { multiselectDefinition, type MultiselectOptions } from '../widgets/multiselect.js';
import { numberInputDefinition, type NumberInputOptions } from '../widgets/numberInput.js';
import { renderWidget } from '../widgets/renderWidget.js';
import { selectboxDefinition, type RadioOptions, type SelectboxOptions } from '../widgets/selectbox.js';
import { selectSliderDefinition, type SelectSliderOptions } from '../widgets/selectSlider.js';
import { sliderDefinition, type SliderOptions } from '../widgets/slider.js';
import { textAreaDefinition, textInputDefinition, type TextAreaOptions, type TextInputOptions } from '../widgets/textInput.js';
import { timeInputDefinition, type TimeInputOptions } from '../widgets/timeInput.js';
import { DeltaGeneratorCore } from './deltaGeneratorCore.js';
import { installOptionChecks } from './unknownOptions.js';
import type { DeltaGeneratorHost } from './host.js';
import { setPageConfig, type PageConfig } from './pageConfig.js';
import { scriptContext, sessionHandle, type ScriptContext, type SessionHandle } from './scriptContext.js';
import { userInfo, type UserInfo } from '../auth/user.js';
import type { Secrets } from '../secrets/secrets.js';

let coreOf: (st: DeltaGenerator<object>) => DeltaGeneratorCore;
let wrap: (core: DeltaGeneratorCore) => DeltaGenerator<object>;

/**
 * `st`: the API of lit-ui, as Streamlit's DeltaGenerator. The script gets
 * the session's root `st` (writing to `main`); containers (`st.sidebar`,
 * `st.columns()`, `st.expander()`, ...) are DeltaGenerators writing into
 * their block. Every command is Streamlit's, camelCased, with required
 * arguments positional and the rest in one options object. Each method is a
 * thin front: its body sits beside its element or widget module.
 *
 * Every command first checks whether the run was asked to end (a newer
 * interaction, `st.stop()` elsewhere, a timeout) and stops the script there,
 * as Streamlit's yield point. Commands throw `LitUiError` (with a stable
 * `code`, see docs/errors.md) for bad arguments; the error is shown on the
 * page and the session goes on.
 */
export class DeltaGenerator<State extends object = AnyState> {
  readonly #core: DeltaGeneratorCore;

  private constructor(core: DeltaGeneratorCore) {
    this.#core = core;
  }

  static {
    coreOf = (st) => st.#core;
    wrap = (core) => new DeltaGenerator(core);
    // Every command checks its options object's keys first (optionKeys.ts): an unknown key is an UnknownOption error.
    installOptionChecks(this.prototype);
  }

  // ── Text ──────────────────────────────────────────────────────────────

  /** A page title (h1), as Streamlit's `st.title`. @example st.title('Cars') */
  title(body: string, options?: TitleOptions): void {
    this.#core.element(headingProto('title', body, options));
  }

  /** A section header (h2), as Streamlit's `st.header`. @example st.header('Results', { divider: 'blue' }) */
  header(body: string, options?: HeaderOptions): void {
    this.#core.element(headingProto('header', body, options));
  }

  /** A sub-section header (h3), as Streamlit's `st.subheader`. */
  subheader(body: string, options?: HeaderOptions): void {
    this.#core.element(headingProto('subheader', body, options));
  }

  /**
   * GitHub-flavoured markdown, as Streamlit's `st.markdown` (with `:red[text]`
   * colors and emoji shortcodes). Raw HTML only with `unsafeAllowHtml`.
   * @example st.markdown('**Bold** and :blue[blue]')
   */
  markdown(body: string, options?: MarkdownOptions): void {
    this.#core.element(markdownProto('markdown', body, options));
  }

  /** Small muted markdown, as Streamlit's `st.caption`. */
  caption(body: string, options?: MarkdownOptions): void {
    this.#core.element(markdownProto('caption', body, options));
  }

  /** Plain fixed-width text without markdown, as Streamlit's `st.text`. */
  text(body: string, options?: HelpOption & WidthOption): void {
    this.#core.element(textProto(body, options));
  }

  /** A code block with highlighting and a copy button, as Streamlit's `st.code` (language default `'python'`). */
  code(body: string, options?: CodeOptions): void {
    this.#core.element(codeProto(body, options));
  }

  /** A LaTeX formula (KaTeX), as Streamlit's `st.latex`. @example st.latex('E = mc^2') */
  latex(body: string, options?: HelpOption & WidthOption): void {
    this.#core.element(latexProto(body, options));
  }

  /** Sanitised HTML (no scripts), as Streamlit's `st.html`. @param _options - `width`, as Streamlit's. */
  html(body: string, _options?: WidthOption): void {
    this.#core.element(htmlProto(body));
  }

  /** A horizontal rule, as Streamlit's `st.divider`. @param _options - `width`, as Streamlit's. */
  divider(_options?: WidthOption): void {
    this.#core.element(dividerProto());
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
    this.#core.element(badgeProto(label, options));
  }

  /** Any value as a collapsible JSON tree, as Streamlit's `st.json`; a string is parsed as JSON first. */
  json(body: unknown, options?: JsonOptions): void {
    this.#core.element(jsonProto(body, options));
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
    this.#core.element(metricProto(label, value, options));
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
    return writeCommand(this.#core, args);
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
    return writeStream(this.#core, stream, this.#core.host.showErrorDetails);
  }

  /**
   * What an object is and offers, as Streamlit's `st.help`: a function's signature, a class's `extends` and members,
   * an instance's class, properties (with previews) and methods, a primitive's type and value.
   * @example st.help(st.writeStream); st.help(new Map());
   */
  help(obj: unknown): void {
    this.#core.element(helpProto(obj));
  }

  /**
   * Shows a function's code, then runs it, as Streamlit's `with st.echo():`. The code is the function's body as
   * the runtime sees it (after TypeScript compilation: without types), in a JavaScript code block above (default)
   * or below (`codeLocation: 'below'`) what it writes. Returns what `fn` returns (await it for an async `fn`).
   * @throws LitUiError `InvalidArgument` when `fn` is not a function or `codeLocation` is another value.
   * @example st.echo(() => { const x = 10; st.write(x); });
   */
  echo<R>(fn: () => R, options?: EchoOptions): R {
    return echo(this.#core, fn, options);
  }

  // ── Alerts and status ─────────────────────────────────────────────────

  /** A green success box, as Streamlit's `st.success`. */
  success(body: string, options?: AlertOptions): void {
    this.#core.element(alertProto('success', body, options));
  }

  /** A blue info box, as Streamlit's `st.info`. */
  info(body: string, options?: AlertOptions): void {
    this.#core.element(alertProto('info', body, options));
  }

  /** A yellow warning box, as Streamlit's `st.warning`. */
  warning(body: string, options?: AlertOptions): void {
    this.#core.element(alertProto('warning', body, options));
  }

  /** A red error box, as Streamlit's `st.error`. */
  error(body: string, options?: AlertOptions): void {
    this.#core.element(alertProto('error', body, options));
  }

  /** An error with its message (and stack when `showErrorDetails` is on), as Streamlit's `st.exception`. */
  exception(error: unknown, _options?: WidthOption): void {
    this.#core.element(exceptionProto(error, this.#core.host.showErrorDetails));
  }

  /**
   * A progress bar, as Streamlit's `st.progress`: `value` is an integer 0–100
   * or a fraction 0.0–1.0. Returns a handle; `.progress()` on it updates the bar.
   * @throws LitUiError `InvalidArgument` for a value outside those ranges.
   * @example const bar = st.progress(0, { text: 'Working' }); bar.progress(50);
   */
  progress(value: number, options: ProgressOptions = {}): this {
    return this.#wrap(this.#core.elementHandle(progressProto(value, options.text)));
  }

  /**
   * Shows a spinner while `work` runs, as Streamlit's `with st.spinner()`:
   * only after 500 ms (on the runtime's `scheduler`), so fast work shows nothing.
   * @param text - The message next to the spinner.
   * @param work - The slow part, sync or async; the spinner goes away when it settles.
   * @returns What `work` returns (awaited).
   * @throws What `work` throws, after removing the spinner.
   * @example const data = await st.spinner('Loading…', () => loadData());
   */
  spinner<R>(text: string, work: () => R | Promise<R>): Promise<R> {
    return spinner(this.#core, text, work);
  }

  /**
   * An expandable status box for long work, as Streamlit's `st.status`.
   * @param label - The header's text.
   * @param options - `expanded`: open at first (default false); `state`: the first icon (default `'running'`).
   * @returns The box, a container (write into it like `st`), with
   * `update(change)` to change its label, state or expansion later in the run.
   * @example const s = st.status('Downloading…'); s.text('step 1'); s.update({ label: 'Done', state: 'complete' });
   */
  status(
    label: string,
    options?: StatusOptions,
  ): this & {
    /** Changes the box's label, state or expansion; omitted fields keep their value. */
    update(change: StatusUpdate): void;
  };
  /**
   * A status box around `fn`, as Streamlit's `with st.status(label) as status:`. `fn` gets the box (a container
   * with `update`), and bare `st.*` calls inside it land in the box, as {@link DeltaGenerator.with}. When `fn`
   * returns (or its promise resolves), a box still `'running'` turns `'complete'`; when it throws, `'error'`, and the
   * error is rethrown. `expanded` stays as the options (or `update`) set it, as in Streamlit.
   * @param label - The header's text.
   * @param fn - The work, sync or async; it may call `status.update(...)` itself (then its state is kept).
   * @param options - As the other form: `expanded` (default false), `state` (default `'running'`).
   * @returns What `fn` returns (a promise for an async `fn`: await it).
   * @throws What `fn` throws, after the box turned `'error'`.
   * @example const rows = await st.status('Downloading data…', async (status) => { st.write('Searching…'); return load(); });
   */
  status<R>(
    label: string,
    fn: (
      status: this & {
        /** Changes the box's label, state or expansion; omitted fields keep their value. */
        update(change: StatusUpdate): void;
      },
    ) => R,
    options?: StatusOptions,
  ): R;
  status(label: string, fnOrOptions?: StatusOptions | ((status: never) => unknown), options?: StatusOptions): unknown {
    const fn = typeof fnOrOptions === 'function' ? fnOrOptions : undefined;
    const status = statusBlock(this.#core, label, fn ? options : (fnOrOptions as StatusOptions | undefined));
    const handle = Object.assign(this.#wrap(status.box), { update: status.update });
    return fn ? statusWith(this.#core, status, handle as never, label, fn) : handle;
  }

  /**
   * A short notification in the corner of the page, as Streamlit's `st.toast`:
   * it shows for about 4 s, also when the run that sent it has ended, and the
   * same text sent twice shows twice.
   * @param body - The message (markdown).
   * @param options - `icon`: an emoji shown before it.
   * @example st.toast('Saved!', { icon: '✅' })
   */
  toast(body: string, options?: ToastOptions): void {
    this.#core.event((nonce) => toastProto(body, nonce, options));
  }

  /**
   * Tells the host page something happened: `<lit-ui-app>` dispatches a DOM
   * `CustomEvent` named `name` with `detail`, bubbling and composed, once per
   * call (a rerun that calls it again dispatches again). For a host page's own
   * code — React, Vue or plain JS — to react to the app (no Streamlit
   * equivalent: Streamlit apps are not embedded as elements).
   * @param name - The event's type: letters, digits and `-_.:`, with at least one `-` or `:` (so it never reads as a
   *   browser event such as `click`), at most 100 characters, not starting with `lit-ui-`.
   * @param detail - The event's `detail`, converted to JSON as `st.json` converts (dates to ISO strings, maps to objects).
   * @throws LitUiError `InvalidArgument` for another name.
   * @example
   * if (st.button('Place order')) st.dispatchEvent('order-placed', { id: order.id, total: 42.5 });
   * // host page: app.addEventListener('order-placed', (e) => cart.clear(e.detail.id));
   */
  dispatchEvent(name: string, detail: unknown = null): void {
    this.#core.event((nonce) => hostEventProto(name, detail, nonce));
  }

  /** Celebratory balloons, as Streamlit's `st.balloons`. */
  balloons(): void {
    this.#core.event((nonce) => effectProto('balloons', nonce));
  }

  /** Falling snowflakes, as Streamlit's `st.snow`. */
  snow(): void {
    this.#core.event((nonce) => effectProto('snow', nonce));
  }

  // ── Data and charts ───────────────────────────────────────────────────

  /**
   * Column types for `columnConfig`, as Streamlit's `st.column_config`:
   * `Column`, `TextColumn`, `NumberColumn`, `CheckboxColumn`,
   * `SelectboxColumn`, `DatetimeColumn`, `DateColumn`, `TimeColumn`,
   * `ListColumn`, `LinkColumn`, `ImageColumn`, `LineChartColumn`,
   * `AreaChartColumn`, `BarChartColumn`, `ProgressColumn`, `JsonColumn`.
   * @example st.columnConfig.NumberColumn('Price', { format: 'dollar', minValue: 0 })
   */
  get columnConfig(): typeof columnConfig {
    return columnConfig;
  }

  /**
   * An interactive table of any size, as Streamlit's `st.dataframe`: sticky
   * header, rows virtualized and fetched from the server as the user
   * scrolls, sort on a header click (on the server, for any row count),
   * column resize, search and CSV download. The element carries the schema,
   * the row count and the first window (up to 100 rows, about 24 KB); the
   * session holds the data by reference for further windows until the
   * element leaves the page.
   *
   * With `onSelect` (`'rerun'` or a callback) it is a widget, as Streamlit's
   * `on_select`: users select rows, columns or cells (`selectionMode`), and
   * it returns `{ selection: { rows, columns, cells } }` (rows by their
   * position in the data).
   *
   * @throws LitUiError `InvalidArgument` for data of another shape, an
   * unknown `columnOrder` name, a bad `columnConfig` or `selectionMode`, or
   * a non-positive `height`/`width`/`rowHeight`.
   * @example
   * st.dataframe(cars, { height: 300, hideIndex: true, columnOrder: ['Name', 'Horsepower'] });
   * const { selection } = st.dataframe(cars, { onSelect: 'rerun', selectionMode: 'multi-row', key: 'picked' });
   */
  dataframe(data: TableData, options?: DataframeOptions & { readonly onSelect?: 'ignore' }): void;
  /** With `onSelect` (`'rerun'` or a callback): a selection widget returning `{ selection: { rows, columns, cells } }`. */
  dataframe(data: TableData, options: DataframeOptions & DataframeSelectOptions & { readonly onSelect: 'rerun' | (() => unknown) }): DataframeState;
  dataframe(data: TableData, options?: DataframeOptions & DataframeSelectOptions): DataframeState | void {
    return dataframe(this.#core, data, options);
  }

  /**
   * A static table, as Streamlit's `st.table`: every row (up to 10,000)
   * drawn at once, no scrolling inside. `columns` names the columns of an
   * array of arrays.
   * @throws LitUiError `InvalidArgument` for data of another shape.
   * @example st.table({ city: ['Paris', 'Lyon'], population: [2102650, 522250] })
   */
  table(data: TableData, options?: { readonly columns?: readonly string[] } & LayoutOptions): void {
    table(this.#core, data, options);
  }

  /**
   * An editable table, as Streamlit's `st.data_editor`: users edit cells
   * (double-click or Enter, type, Enter), and with `numRows: 'dynamic'` add
   * and delete rows. Returns the data with the edits applied, in the shape
   * it was given (row objects stay row objects, columns stay columns; other
   * forms come back as row objects). Its session-state value (under `key`)
   * is Streamlit's `{ editedRows, addedRows, deletedRows }`. Each edit is
   * checked on the server against the column's type and `columnConfig`
   * (bounds, `maxChars`, `validate`, `options`, `required`, `disabled`).
   *
   * @throws LitUiError `InvalidArgument` as {@link DeltaGenerator.dataframe}.
   * @example
   * const edited = st.dataEditor(tasks, { numRows: 'dynamic', columnConfig: { done: st.columnConfig.CheckboxColumn('Done') } });
   */
  dataEditor<R extends object>(data: readonly R[], options?: DataEditorOptions): R[];
  /** Data in another form (columns, arrays with `columns`, Arrow): the edited data as an object of columns or as row objects. */
  dataEditor(data: TableData, options?: DataEditorOptions): unknown;
  dataEditor(data: TableData, options?: DataEditorOptions): unknown {
    return dataEditor(this.#core, data, options);
  }

  /**
   * A line chart, as Streamlit's `st.line_chart`: one line per y column, or per
   * value of the `color` column (Vega-Lite). With `onSelect` (lit-ui's addition,
   * see `BuiltInChartSelectOptions`), a widget that returns its selection ({@link VegaLiteState}).
   * @throws LitUiError `InvalidArgument` when `x`, `y` or `color` name a missing column, or `selectionMode` is not one the chart offers.
   * @example st.lineChart(weather, { x: 'date', y: ['temp_max', 'temp_min'] })
   * @example const { selection } = st.lineChart(weather, { x: 'date', y: 'temp_max', onSelect: 'rerun' }); // selection.interval: { date: [from, to] }
   */
  lineChart(data: TableData, options: ChartOptions & { readonly onSelect: 'rerun' | (() => unknown) }): VegaLiteState;
  /** Without `onSelect` (or with `'ignore'`): a chart element; returns nothing. */
  lineChart(data: TableData, options?: ChartOptions): void;
  lineChart(data: TableData, options?: ChartOptions): VegaLiteState | void {
    return builtInChart(this.#core, 'lineChart', data, options);
  }

  /** A bar chart, as Streamlit's `st.bar_chart` (stacked by default; `horizontal`, `stack`); selects as {@link DeltaGenerator.lineChart}. @throws LitUiError `InvalidArgument` as {@link DeltaGenerator.lineChart}. */
  barChart(data: TableData, options: BarChartOptions & { readonly onSelect: 'rerun' | (() => unknown) }): VegaLiteState;
  /** Without `onSelect` (or with `'ignore'`): a chart element; returns nothing. */
  barChart(data: TableData, options?: BarChartOptions): void;
  barChart(data: TableData, options?: BarChartOptions): VegaLiteState | void {
    return builtInChart(this.#core, 'barChart', data, options);
  }

  /** An area chart, as Streamlit's `st.area_chart`; selects as {@link DeltaGenerator.lineChart}. @throws LitUiError `InvalidArgument` as {@link DeltaGenerator.lineChart}. */
  areaChart(data: TableData, options: ChartOptions & { readonly onSelect: 'rerun' | (() => unknown) }): VegaLiteState;
  /** Without `onSelect` (or with `'ignore'`): a chart element; returns nothing. */
  areaChart(data: TableData, options?: ChartOptions): void;
  areaChart(data: TableData, options?: ChartOptions): VegaLiteState | void {
    return builtInChart(this.#core, 'areaChart', data, options);
  }

  /** A scatter chart, as Streamlit's `st.scatter_chart` (`size` in px² or a column); selects as {@link DeltaGenerator.lineChart}. @throws LitUiError `InvalidArgument` as {@link DeltaGenerator.lineChart}. */
  scatterChart(data: TableData, options: ScatterChartOptions & { readonly onSelect: 'rerun' | (() => unknown) }): VegaLiteState;
  /** Without `onSelect` (or with `'ignore'`): a chart element; returns nothing. */
  scatterChart(data: TableData, options?: ScatterChartOptions): void;
  scatterChart(data: TableData, options?: ScatterChartOptions): VegaLiteState | void {
    return builtInChart(this.#core, 'scatterChart', data, options);
  }

  /**
   * A chart from a Vega-Lite spec, as Streamlit's `st.vega_lite_chart`; `data` (when not null) becomes the spec's inline data.
   * With `onSelect`, the chart is a widget that returns its selections ({@link VegaLiteState}), as Streamlit's `on_select`.
   * @throws LitUiError `InvalidArgument` when `onSelect` is set and the spec has no selection parameter, or `selectionMode` names one it lacks.
   * @example st.vegaLiteChart(cars, { mark: 'point', encoding: { x: { field: 'Horsepower', type: 'quantitative' } } })
   * @example const { selection } = st.vegaLiteChart(cars, { params: [{ name: 'pick', select: 'point' }], mark: 'point' }, { onSelect: 'rerun' });
   */
  vegaLiteChart(
    data: TableData | null,
    spec: Readonly<Record<string, unknown>>,
    options: VegaLiteChartOptions & { readonly onSelect: 'rerun' | (() => unknown) },
  ): VegaLiteState;
  /** Without `onSelect` (or with `'ignore'`): a chart element; returns nothing. */
  vegaLiteChart(data: TableData | null, spec: Readonly<Record<string, unknown>>, options?: VegaLiteChartOptions): void;
  vegaLiteChart(data: TableData | null, spec: Readonly<Record<string, unknown>>, options?: VegaLiteChartOptions): VegaLiteState | void {
    return vegaLiteChart(this.#core, data, spec, options);
  }

  /**
   * A Plotly figure, as Streamlit's `st.plotly_chart`: drawn by plotly.js in
   * the browser, loaded on first use from the optional peer
   * `plotly.js-dist-min` (install it beside lit-ui; without it the chart shows
   * a `PeerNotInstalled` message in its place). With `onSelect`, the chart is a
   * widget that returns the user's selection ({@link PlotlyState}: points,
   * `pointIndices`, boxes, lassos), as Streamlit's `on_select`.
   * @param figure - `{ data, layout, frames }` (JSON, or an object with `toJSON()`), or an array of traces.
   * @throws LitUiError `InvalidArgument` for something that is not a figure, a `theme` other than `'streamlit'`/`null`, or an unknown `selectionMode`.
   * @example st.plotlyChart({ data: [{ type: 'bar', x: ['a', 'b'], y: [3, 5] }], layout: { title: { text: 'Sales' } } })
   * @example const { selection } = st.plotlyChart(figure, { onSelect: 'rerun', selectionMode: 'box' });
   */
  plotlyChart(figure: PlotlyFigure, options: PlotlyChartOptions & { readonly onSelect: 'rerun' | (() => unknown) }): PlotlyState;
  /** Without `onSelect` (or with `'ignore'`): a chart element; returns nothing. */
  plotlyChart(figure: PlotlyFigure, options?: PlotlyChartOptions): void;
  plotlyChart(figure: PlotlyFigure, options?: PlotlyChartOptions): PlotlyState | void {
    return plotlyChart(this.#core, figure, options);
  }

  /**
   * A graph in the DOT language, laid out by Graphviz in the browser (WebAssembly, loaded on first use), as Streamlit's `st.graphviz_chart`.
   * A DOT syntax error shows in place of the chart (`InvalidDot`); the app goes on.
   * @param dot - DOT source text, or an object with a `source` string (as a Graphviz object's).
   * @throws LitUiError `InvalidArgument` for a `dot` that is not text, an empty one, or an unknown `engine`.
   * @example st.graphvizChart('digraph { rankdir=LR; load -> clean -> plot }')
   */
  graphvizChart(dot: string | { readonly source: string }, options?: GraphvizChartOptions): void {
    this.#core.element(graphvizProto(dot, options));
  }
  /**
   * Points on a map, as Streamlit's `st.map`: drawn offline over the world's
   * countries (no tile server), fitted to the points unless `zoom` is given.
   * `size` is a radius in meters (or a column), `color` a CSS color (or a column).
   * With `tileUrl` (lit-ui's addition), raster tiles from the app's own tile server are drawn under the points.
   * @throws LitUiError `InvalidArgument` for a missing coordinate column, a coordinate out of range, or a bad size, zoom or height;
   *   `InvalidTileUrl` for a `tileUrl` that is not an http(s) template with `{z}`, `{x}` and `{y}`.
   * @example st.map(stations, { size: 'riders', zoom: 11 })
   * @example st.map(stations, { tileUrl: 'https://tile.example.org/{z}/{x}/{y}.png', attribution: '© OpenStreetMap contributors' })
   */
  map(data: TableData, options?: MapOptions): void {
    this.#core.element(mapProto(data, options));
  }

  // ── Layout ────────────────────────────────────────────────────────────

  /**
   * Runs `fn` with bare `st.*` calls written into this container, the
   * equivalent of Python's `with container:`. Works with sync and async
   * functions; returns what `fn` returns.
   * @example const [left, right] = st.columns(2); await left.with(async () => { st.metric('Rows', rows.length); });
   */
  with<R>(fn: () => R): R {
    return this.#core.with(fn);
  }

  /** The sidebar, as Streamlit's `st.sidebar`. */
  get sidebar(): this {
    return this.#wrap(new DeltaGeneratorCore(this.#core.host, { kind: 'root', root: 1 }));
  }

  /** A container for grouping elements, as Streamlit's `st.container`; with `height` it scrolls. @example const box = st.container({ border: true }); */
  container(options?: ContainerOptions): this {
    return this.#wrap(containerBlock(this.#core, options));
  }

  /**
   * Side-by-side columns, as Streamlit's `st.columns`: a count, or relative widths (`[2, 1]`).
   * A literal count or list gives a tuple, so `const [a, b] = st.columns(2)` needs no `!`.
   * @throws LitUiError `InvalidArgument` for a spec that is not a positive count or list of positive numbers.
   * @example const [left, right] = st.columns([2, 1]);
   */
  columns<const S extends readonly number[]>(spec: S, options?: ColumnsOptions): { -readonly [K in keyof S]: this };
  columns<N extends number>(spec: N, options?: ColumnsOptions): TupleOf<this, N>;
  columns(spec: number | readonly number[], options?: ColumnsOptions): this[] {
    return columnBlocks(this.#core, spec, options).map((core) => this.#wrap(core));
  }

  /**
   * Tabs, as Streamlit's `st.tabs`: one container per tab (a tuple for a literal list).
   * @throws LitUiError `InvalidArgument` without labels.
   * @example const [chart, data] = st.tabs(['Chart', 'Data']);
   */
  tabs<const L extends readonly string[]>(labels: L, options?: TabsOptions): { -readonly [K in keyof L]: this };
  tabs(labels: readonly string[], _options?: TabsOptions): this[] {
    return tabBlocks(this.#core, labels).map((core) => this.#wrap(core));
  }

  /** A collapsible section, as Streamlit's `st.expander`; collapsed unless `expanded`. */
  expander(label: string, options?: ExpanderOptions): this {
    return this.#wrap(expanderBlock(this.#core, label, options));
  }

  /** A button that opens a floating panel, as Streamlit's `st.popover`. */
  popover(label: string, options?: PopoverOptions): this {
    return this.#wrap(popoverBlock(this.#core, label, options));
  }

  /**
   * A single-element placeholder, as Streamlit's `st.empty`: each write to the
   * returned handle replaces what it shows; `.empty()` clears it.
   * @example const slot = st.empty(); slot.text('Loading…'); slot.success('Done');
   */
  empty(): this {
    const slot = emptyHandle(this.#core);
    return slot === this.#core ? this : this.#wrap(slot);
  }

  /** A chat message bubble with an avatar, as Streamlit's `st.chat_message`. @example st.chatMessage('user').markdown(prompt) */
  chatMessage(name: string, options?: ChatMessageOptions): this {
    return this.#wrap(chatMessageBlock(this.#core, name, options));
  }

  // ── Forms ─────────────────────────────────────────────────────────────

  /**
   * A form, as Streamlit's `st.form`: its widgets' changes stay in the browser
   * until its `formSubmitButton` is clicked, then arrive together in one rerun.
   * Only the submit button may have a callback.
   * @throws LitUiError `NestedForm` inside another form; `DuplicateFormKey` for a key used twice in a run.
   * @example const f = st.form('signup'); const name = f.textInput('Name'); if (f.formSubmitButton('Save')) save(name);
   */
  form(key: string, options?: FormOptions): this {
    return this.#wrap(formBlock(this.#core, key, options));
  }

  /**
   * A form's submit button, as Streamlit's `st.form_submit_button`: sends the
   * form's held changes and is true for the one run after the click.
   * @throws LitUiError `SubmitButtonOutsideForm` outside a form.
   */
  formSubmitButton(label = 'Submit', options: ButtonOptions = {}): boolean {
    return formSubmitButton(this.#core, label, options);
  }

  // ── Widgets ───────────────────────────────────────────────────────────
  // Each returns its value synchronously, registers its widget id and follows Streamlit's
  // rules: a value set in `st.sessionState[key]` before the widget wins; callbacks run before
  // the next run. Each throws LitUiError `DuplicateWidgetID` for a second widget with the same
  // id in a run, and `InvalidArgument` for inconsistent options.

  /**
   * A button, as Streamlit's `st.button`: true for the one run after a click.
   * @throws LitUiError `ButtonInForm` inside a form.
   * @example if (st.button('Go')) go();
   */
  button(label: string, options: ButtonOptions = {}): boolean {
    return renderWidget(this.#core, buttonDefinition('button', label, options));
  }

  /** A checkbox, as Streamlit's `st.checkbox`. */
  checkbox(label: string, options: CheckboxOptions = {}): boolean {
    return renderWidget(this.#core, checkboxDefinition('checkbox', label, options));
  }

  /** An on/off switch, as Streamlit's `st.toggle`. */
  toggle(label: string, options: CheckboxOptions = {}): boolean {
    return renderWidget(this.#core, checkboxDefinition('toggle', label, options));
  }

  /** A one-line text field, as Streamlit's `st.text_input`; commits on Enter or blur. @example const name = st.textInput('Name'); */
  textInput(label: string, options: TextInputOptions & { readonly value: null }): string | null;
  textInput(label: string, options?: TextInputOptions & { readonly value?: string }): string;
  textInput(label: string, options: TextInputOptions = {}): string | null {
    return renderWidget(this.#core, textInputDefinition(label, options));
  }

  /** A multi-line text field, as Streamlit's `st.text_area`. */
  textArea(label: string, options: TextAreaOptions & { readonly value: null }): string | null;
  textArea(label: string, options?: TextAreaOptions & { readonly value?: string }): string;
  textArea(label: string, options: TextAreaOptions = {}): string | null {
    return renderWidget(this.#core, textAreaDefinition(label, options));
  }

  /** A number field with − / + steppers, as Streamlit's `st.number_input`. */
  numberInput(label: string, options: NumberInputOptions & { readonly value: null }): number | null;
  numberInput(label: string, options?: NumberInputOptions): number;
  numberInput(label: string, options: NumberInputOptions = {}): number | null {
    return renderWidget(this.#core, numberInputDefinition(label, options));
  }

  /**
   * A slider over numbers or dates, as Streamlit's `st.slider`; a `[low, high]` value makes a range slider.
   * @example const hp = st.slider('Horsepower', { minValue: 40, maxValue: 230, value: 100 });
   * @example const [lo, hi] = st.slider('Range', { value: [20, 80] });
   */
  slider(label: string, options: SliderOptions & { readonly value: readonly [Date, Date] }): [Date, Date];
  slider(label: string, options: SliderOptions & { readonly value: readonly [number, number] }): [number, number];
  slider(label: string, options: SliderOptions & ({ readonly value: Date } | { readonly minValue: Date })): Date;
  slider(label: string, options?: SliderOptions): number;
  slider(label: string, options: SliderOptions = {}): unknown {
    return renderWidget(this.#core, sliderDefinition(label, options));
  }

  /** A slider over discrete options, as Streamlit's `st.select_slider`. */
  selectSlider<T>(label: string, options: readonly T[], opts: SelectSliderOptions<T> & { readonly value: readonly [T, T] }): [T, T];
  selectSlider<T>(label: string, options: readonly T[], opts?: SelectSliderOptions<T>): T;
  selectSlider<T>(label: string, options: readonly T[], opts: SelectSliderOptions<T> = {}): unknown {
    return renderWidget(this.#core, selectSliderDefinition(label, options, opts));
  }

  /**
   * A dropdown, as Streamlit's `st.selectbox`: the chosen option (null with `index: null` until one is chosen, or with no options).
   * With `acceptNewOptions: true` the user may also type a value that is not an option, as Streamlit's `accept_new_options`:
   * the widget returns that text (`formatFunc` does not apply to it).
   * @example const origin = st.sidebar.selectbox('Origin', ['USA', 'Europe', 'Japan']);
   */
  selectbox<T>(label: string, options: readonly T[], opts: SelectboxOptions<T> & { readonly acceptNewOptions: true }): T | string | null;
  /** With `index: null`: null until the user picks an option. */
  selectbox<T>(label: string, options: readonly T[], opts: SelectboxOptions<T> & { readonly index: null }): T | null;
  selectbox<T>(label: string, options: readonly T[], opts?: SelectboxOptions<T>): T;
  selectbox<T>(label: string, options: readonly T[], opts: SelectboxOptions<T> = {}): T | null {
    return renderWidget(this.#core, selectboxDefinition('selectbox', label, options, opts));
  }

  /** Radio buttons, as Streamlit's `st.radio`. */
  radio<T>(label: string, options: readonly T[], opts: RadioOptions<T> & { readonly index: null }): T | null;
  radio<T>(label: string, options: readonly T[], opts?: RadioOptions<T>): T;
  radio<T>(label: string, options: readonly T[], opts: RadioOptions<T> = {}): T | null {
    return renderWidget(this.#core, selectboxDefinition('radio', label, options, opts));
  }

  /**
   * A multi-choice dropdown, as Streamlit's `st.multiselect`: the chosen options. With `acceptNewOptions: true` the
   * user may also type values, returned as their text.
   * @example const tags = st.multiselect('Tags', ['news', 'tech'], { acceptNewOptions: true });
   */
  multiselect<T>(label: string, options: readonly T[], opts: MultiselectOptions<T> & { readonly acceptNewOptions: true }): (T | string)[];
  /** Without `acceptNewOptions`: the chosen options, in option order of picking. */
  multiselect<T>(label: string, options: readonly T[], opts?: MultiselectOptions<T>): T[];
  multiselect<T>(label: string, options: readonly T[], opts: MultiselectOptions<T> = {}): T[] {
    return renderWidget(this.#core, multiselectDefinition(label, options, opts));
  }

  /** A date picker, as Streamlit's `st.date_input`: `Date`s at UTC midnight; a list value makes a range. */
  dateInput(label: string, options: DateInputOptions & { readonly value: readonly DateLike[] }): Date[];
  dateInput(label: string, options: DateInputOptions & { readonly value: null }): Date | null;
  dateInput(label: string, options?: DateInputOptions): Date;
  dateInput(label: string, options: DateInputOptions = {}): unknown {
    return renderWidget(this.#core, dateInputDefinition(label, options));
  }

  /** A time picker, as Streamlit's `st.time_input`: `'HH:MM'`. */
  timeInput(label: string, options: TimeInputOptions & { readonly value: null }): string | null;
  timeInput(label: string, options?: TimeInputOptions): string;
  timeInput(label: string, options: TimeInputOptions = {}): string | null {
    return renderWidget(this.#core, timeInputDefinition(label, options));
  }

  /**
   * A date and time input, as Streamlit's `st.datetime_input`: a `Date` whose UTC fields are the picked wall-clock
   * time (one-minute precision, as `st.dateInput` gives UTC midnights), or null while empty (`value: null`).
   * @throws LitUiError `InvalidArgument` for an unreadable value or bound, a value outside the bounds, a step outside
   *   60 s – 23 h, or an unknown date format.
   * @example const at = st.datetimeInput('Meeting', { value: '2025-11-19 16:45', step: 1800 });
   */
  datetimeInput(label: string, options: DatetimeInputOptions & { readonly value: null }): Date | null;
  datetimeInput(label: string, options?: DatetimeInputOptions): Date;
  datetimeInput(label: string, options: DatetimeInputOptions = {}): Date | null {
    return renderWidget(this.#core, datetimeInputDefinition(label, options));
  }

  /** A color picker, as Streamlit's `st.color_picker`: `'#rrggbb'`. */
  colorPicker(label: string, options: ColorPickerOptions = {}): string {
    return renderWidget(this.#core, colorPickerDefinition(label, options));
  }

  /**
   * A chat input, as Streamlit's `st.chat_input`: the submitted text for the one
   * run after a submit, else null. On `st` at the top level it is pinned to the
   * bottom of the page; in a container it sits inline. With `acceptFile`
   * (`true`, `'multiple'` or `'directory'`; `fileType` as the uploader's `type`)
   * the user can attach files, uploaded over HTTP like an uploader's, and the
   * value is `{ text, files }`, as Streamlit's.
   * @throws LitUiError `ButtonInForm` inside a form.
   * @example const prompt = st.chatInput('Ask me anything'); if (prompt) st.chatMessage('user').markdown(prompt);
   * @example const msg = st.chatInput('Ask about a file', { acceptFile: true, fileType: ['pdf'] }); if (msg) answer(msg.text, msg.files);
   */
  chatInput(placeholder: string, options: ChatInputOptions & { readonly acceptFile: true | 'multiple' | 'directory' }): ChatInputValue | null;
  /** A chat input with attachments, its placeholder in the options: the message `{ text, files }` for one run, else null. */
  chatInput(options: ChatInputOptions & { readonly acceptFile: true | 'multiple' | 'directory' }): ChatInputValue | null;
  /** A chat input without attachments: the submitted text for one run, else null. */
  chatInput(placeholder?: string | ChatInputOptions, options?: ChatInputOptions): string | null;
  chatInput(placeholder?: string | ChatInputOptions, options: ChatInputOptions = {}): string | ChatInputValue | null {
    const merged = typeof placeholder === 'string' ? { ...options, placeholder } : { ...placeholder, ...options };
    const { media, maxUploadBytes } = this.#core.host;
    return renderWidget(this.#core, chatInputDefinition(merged, { media, maxBytes: maxUploadBytes }), true);
  }

  // ── Files and media ───────────────────────────────────────────────────

  /**
   * A file uploader, as Streamlit's `st.file_uploader`: the browser sends
   * each file over HTTP to the runtime (with the session's token in a
   * header), and the widget value lists them. Returns the file (or null), or
   * a list with `acceptMultipleFiles` (`true` or `'directory'`). Size
   * (`maxUploadSize`, MB per file; default the runtime's `maxUploadBytes`)
   * and `type` are enforced by the server while the file streams in.
   * @throws LitUiError `InvalidArgument` for a bad `type` or `maxUploadSize`.
   * @example const file = st.fileUploader('CSV', { type: ['csv'] }); if (file) rows = csvParse(await file.text());
   */
  fileUploader(label: string, options: FileUploaderOptions & { readonly acceptMultipleFiles: true | 'directory' }): UploadedFile[];
  /** A single-file uploader: the file, or null. */
  fileUploader(label: string, options?: FileUploaderOptions): UploadedFile | null;
  fileUploader(label: string, options: FileUploaderOptions = {}): UploadedFile | null | UploadedFile[] {
    const { media, maxUploadBytes } = this.#core.host;
    return renderWidget(this.#core, fileUploaderDefinition(label, options, media, maxUploadBytes));
  }

  /**
   * A camera snapshot, as Streamlit's `st.camera_input`: the browser takes a
   * picture (getUserMedia) and uploads it as an image file; returns it, or null.
   * @example const photo = st.cameraInput('Take a picture'); if (photo) st.image(photo);
   */
  cameraInput(label: string, options: CameraInputOptions = {}): UploadedFile | null {
    const { media, maxUploadBytes } = this.#core.host;
    return renderWidget(this.#core, cameraInputDefinition(label, options, media, maxUploadBytes)) as UploadedFile | null;
  }

  /**
   * A microphone recording, as Streamlit's `st.audio_input`: the browser
   * records (MediaRecorder) and uploads an audio file (WebM or WAV, as it
   * records); returns it, or null.
   * @example const voice = st.audioInput('Say something'); if (voice) st.audio(voice);
   */
  audioInput(label: string, options: AudioInputOptions = {}): UploadedFile | null {
    const { media, maxUploadBytes } = this.#core.host;
    return renderWidget(this.#core, audioInputDefinition(label, options, media, maxUploadBytes)) as UploadedFile | null;
  }

  /**
   * A button that downloads `data`, as Streamlit's `st.download_button`: a
   * string, `Uint8Array`, `ArrayBuffer` or `Blob`, or a function returning
   * one (sync or async), called only when the user clicks (deferred data).
   * True for the one run after a click, unless `onClick: 'ignore'`.
   * @throws LitUiError `InvalidArgument` for data that is not text, bytes or a Blob; `ButtonInForm` inside a form.
   * @example st.downloadButton('Download CSV', () => csvFormat(rows), { fileName: 'rows.csv', mime: 'text/csv' });
   */
  downloadButton(label: string, data: DownloadData, options: DownloadButtonOptions = {}): boolean {
    return renderWidget(this.#core, downloadButtonDefinition(label, data, options, this.#core.host.media));
  }

  /**
   * Shows images, as Streamlit's `st.image`: http(s) URLs as they are; bytes
   * or Blobs of PNG, JPEG, GIF, WebP or SVG (sanitised), local file paths and
   * uploaded files are served by the runtime's media manager (never inside
   * the delta). A list shows the images in a row, each with its caption.
   * @throws LitUiError `InvalidArgument` for data that is not an image or a missing file; `MediaStorageFull`.
   * @example st.image(pngBytes, { caption: 'Sunrise', width: 300 });
   * @example st.image(['a.png', 'b.png'], { caption: ['A', 'B'] });
   */
  image(image: MediaSource | readonly MediaSource[], options?: ImageOptions): void {
    this.#core.element(imageProto(this.#core.host.media, image, options));
  }

  /**
   * An audio player, as Streamlit's `st.audio`: a URL, a file path, bytes, a
   * Blob, or raw samples (`Float32Array`, one array per channel) with
   * `sampleRate` (Hz), encoded as WAV. Seeking works (served with ranges).
   * @throws LitUiError `InvalidArgument` for data that is not audio, or samples without a sampleRate.
   * @example st.audio(samples, { sampleRate: 44_100 });
   */
  audio(data: MediaSource | AudioSamples, options?: AudioOptions): void {
    this.#core.element(audioProto(this.#core.host.media, data, options));
  }

  /**
   * A video player, as Streamlit's `st.video`, with optional subtitles (VTT
   * or SRT text; several tracks by label).
   * @throws LitUiError `InvalidArgument` for data that is not a video.
   * @example st.video('clip.mp4', { subtitles: { English: srt }, startTime: '1m' });
   */
  video(data: MediaSource, options?: VideoOptions): void {
    this.#core.element(videoProto(this.#core.host.media, data, options));
  }

  /**
   * A PDF shown inside the page (the browser's own viewer), as Streamlit's `st.pdf`; `height` in px.
   * @throws LitUiError `InvalidArgument` for data that is not a PDF.
   * @example st.pdf(reportBytes, { height: 600 });
   */
  pdf(data: MediaSource, options?: PdfOptions): void {
    this.#core.element(pdfProto(this.#core.host.media, data, options));
  }

  /**
   * A row of pill-shaped toggle buttons, as Streamlit's `st.pills`. With `selectionMode: 'single'` (default)
   * it returns the chosen option or null (clicking the chosen pill clears it); with `'multi'`, the chosen
   * options in option order. Labels are markdown, so `':material/star: Top'` or an emoji gives an icon.
   * @throws LitUiError `InvalidArgument` for an unknown `selectionMode`, a default not among the options,
   *   or several defaults in single mode.
   * @example const tags = st.pills('Tags', ['news', 'sport', 'tech'], { selectionMode: 'multi', default: ['tech'] });
   */
  pills<T>(label: string, options: readonly T[], opts: ButtonGroupOptions<T> & { readonly selectionMode: 'multi' }): T[];
  pills<T>(label: string, options: readonly T[], opts?: ButtonGroupOptions<T>): T | null;
  pills<T>(label: string, options: readonly T[], opts: ButtonGroupOptions<T> = {}): unknown {
    return renderWidget(this.#core, buttonGroupDefinition('pills', label, options, opts));
  }

  /**
   * A row of joined toggle buttons, as Streamlit's `st.segmented_control`; values and rules as {@link DeltaGenerator.pills}.
   * @throws LitUiError `InvalidArgument` as {@link DeltaGenerator.pills}.
   * @example const view = st.segmentedControl('View', ['Map', 'Table'], { default: 'Map' });
   */
  segmentedControl<T>(label: string, options: readonly T[], opts: ButtonGroupOptions<T> & { readonly selectionMode: 'multi' }): T[];
  segmentedControl<T>(label: string, options: readonly T[], opts?: ButtonGroupOptions<T>): T | null;
  segmentedControl<T>(label: string, options: readonly T[], opts: ButtonGroupOptions<T> = {}): unknown {
    return renderWidget(this.#core, buttonGroupDefinition('segmentedControl', label, options, opts));
  }

  /**
   * A rating row of icons, as Streamlit's `st.feedback`: `'thumbs'` (default) returns 0 (down) or 1 (up),
   * `'faces'` and `'stars'` 0 (least satisfied) to 4; null until the user picks one.
   * @throws LitUiError `InvalidArgument` for another kind, or a `default` outside its range.
   * @example const rating = st.feedback('stars'); if (rating !== null) st.markdown(`${rating + 1} star(s)`);
   */
  feedback(options: FeedbackKind = 'thumbs', opts: FeedbackOptions = {}): number | null {
    return renderWidget(this.#core, feedbackDefinition(options, opts));
  }

  // ── Links and pages ───────────────────────────────────────────────────

  /**
   * A button that opens a URL, as Streamlit's `st.link_button`.
   * @throws LitUiError `InvalidArgument` for a URL whose scheme is not `http:`, `https:`, `mailto:` or `tel:`
   *   (relative URLs are fine): `javascript:`, `data:` and the like never reach the page.
   */
  linkButton(label: string, url: string, options?: LinkButtonOptions): void {
    this.#core.element(linkButtonProto(label, url, options));
  }

  /**
   * A link to a page of this app (or an external URL), as Streamlit's `st.page_link`.
   * @throws LitUiError `PageNotFound` for an app page that `st.navigation` did not list; `InvalidArgument` for an
   *   external URL whose scheme is not `http:`, `https:`, `mailto:` or `tel:` (e.g. `javascript:`, `data:`), or without a `label`.
   */
  pageLink(page: AppPage | string, options?: PageLinkOptions): void {
    pageLink(this.#core, page, options);
  }

  /** Makes a page of a multipage app, as Streamlit's `st.Page`. @throws LitUiError `InvalidArgument` for a bad title or `urlPath`. */
  Page(script: PageScript, options?: PageOptions): AppPage {
    return new AppPage(script, options);
  }

  /**
   * Declares the app's pages and returns the one the URL asks for, as Streamlit's
   * `st.navigation`; call `.run()` on it. Pages may be grouped in sections (`{ Reports: [...] }`).
   * @throws LitUiError `InvalidArgument` without pages.
   * @example const pg = st.navigation([st.Page(home, { title: 'Home' }), st.Page(data)]); await pg.run();
   */
  navigation(pages: readonly AppPage[] | Readonly<Record<string, readonly AppPage[]>>, options?: NavigationOptions): CurrentPage {
    return navigate(this.#core, pages, options);
  }

  /**
   * Ends this run and runs another page, as Streamlit's `st.switch_page`. The new page starts with
   * `options.queryParams` as its query parameters, or with none.
   * @throws LitUiError `PageNotFound` for a page `st.navigation` did not list; `InvalidArgument` for a
   *   query parameter value `st.queryParams` refuses (an object).
   * @example st.switchPage(details, { queryParams: { car: '42' } });
   */
  switchPage(page: AppPage | string, options: SwitchPageOptions = {}): never {
    const signal = new SwitchPageSignal(pagePathOf(this.#core.host, page), switchPageQuery(options));
    throw this.#core.host.activeRun().control(signal);
  }

  /**
   * Sets the browser tab's title and icon, the layout and the sidebar's initial state,
   * as Streamlit's `st.set_page_config` (callable anywhere; later calls win).
   * @throws LitUiError `InvalidArgument` for an unknown `layout` or `initialSidebarState`.
   */
  setPageConfig(config: PageConfig): void {
    setPageConfig(this.#core.host, config);
  }

  /**
   * Shows a logo at the top of the sidebar (or of the page without one), as
   * Streamlit's `st.logo`: an image as `st.image` takes it, an optional
   * http(s) `link`, a smaller `iconImage` for a collapsed sidebar, and a size.
   * @throws LitUiError `InvalidArgument` for data that is not an image, a bad size or link.
   * @example st.logo('./logo.svg', { link: 'https://example.com', size: 'large' });
   */
  logo(image: MediaSource, options?: LogoOptions): void {
    const host = this.#core.host;
    host.activeRun().checkpoint();
    host.setPageConfig({ logo: logoConfig(host.media, image, options) });
  }

  // ── Session and control flow ──────────────────────────────────────────

  /** The session's state, persisting across reruns, as Streamlit's `st.session_state`. */
  get sessionState(): SessionStateProxy<State> {
    return this.#core.host.stateProxy as SessionStateProxy<State>;
  }

  /** The page URL's query parameters, as Streamlit's `st.query_params`. */
  get queryParams(): QueryParamsProxy {
    return this.#core.host.queryParams.proxy();
  }

  /** Browser and request facts, as Streamlit's `st.context`. */
  get context(): ScriptContext {
    return scriptContext(this.#core.host);
  }

  /**
   * The app's secrets, as Streamlit's `st.secrets`: read-only, server-side only, from `secrets.toml` or the
   * runtime option `secrets` (docs/secrets.md). `st.secrets.db.password`, `st.secrets['db']`, `st.secrets.has('db')`.
   * @throws LitUiError `SecretNotFound` (on reading) for a key that is not set, naming it.
   */
  get secrets(): Secrets {
    return this.#core.host.secrets;
  }

  /**
   * Who the host app authenticated, as Streamlit's `st.user`: `st.user.isLoggedIn` and the claims the adapter's
   * `getUser(request)` returned (`st.user.email`), read when the session connected. Read-only (docs/auth.md).
   */
  get user(): UserInfo {
    return userInfo(this.#core.host.requestContext);
  }

  /**
   * Sends the browser to the host app's login route (runtime option `auth.loginUrl`, given `provider`), as
   * Streamlit's `st.login`; the run goes on. The host app logs the user in; lit-ui does not implement OIDC.
   * @throws LitUiError `AuthNotConfigured` without `auth.loginUrl`.
   * @example if (!st.user.isLoggedIn && st.button('Log in')) st.login('google');
   */
  login(provider?: string): void {
    this.#core.host.authRedirect('login', provider);
  }

  /**
   * Sends the browser to the host app's logout route (runtime option `auth.logoutUrl`), as Streamlit's
   * `st.logout`; the run goes on.
   * @throws LitUiError `AuthNotConfigured` without `auth.logoutUrl`.
   * @example if (st.button('Log out')) st.logout();
   */
  logout(): void {
    this.#core.host.authRedirect('logout');
  }

  /** Aborted when this run is interrupted (a newer interaction) or stopped: `fetch(url, { signal: st.signal })`. */
  get signal(): AbortSignal {
    return this.#core.host.activeRun().abort.signal;
  }

  /** A handle on this session for server code outside runs (e.g. to push a rerun). */
  get session(): SessionHandle<State> {
    return sessionHandle<State>(this.#core.host);
  }

  /**
   * Ends this run and starts a new one, as Streamlit's `st.rerun`. With `scope: 'fragment'`
   * only the fragment reruns — allowed, as in Streamlit, only inside a fragment during a fragment rerun.
   * @throws LitUiError `InvalidArgument` for `scope: 'fragment'` outside a fragment rerun.
   */
  rerun(options: { readonly scope?: 'app' | 'fragment' } = {}): never {
    const run = this.#core.host.activeRun();
    if (options.scope !== 'fragment') throw run.control(new RerunSignal('app'));
    if (run.currentFragmentId === undefined || run.fragmentIds === undefined) {
      throw invalidArgument("st.rerun({ scope: 'fragment' }) can only be called inside a fragment during a fragment rerun (not during a full run).");
    }
    throw run.control(new RerunSignal('fragment', run.currentFragmentId));
  }

  /** Ends this run here: nothing after it renders, as Streamlit's `st.stop`. */
  stop(): never {
    throw this.#core.host.activeRun().control(new StopSignal());
  }

  /**
   * Starts long work that survives reruns, or returns the task already running under `key`.
   * Read its `status`, `progress` and `result` in any run; by default the page reruns when it
   * reports progress and when it ends. The task is aborted when the session ends.
   * @example
   * const job = st.background('report', async ({ progress, signal }) => buildReport(progress, signal));
   * if (job.status === 'running') st.progress(job.progress);
   */
  background<T>(key: string, task: (ctx: BackgroundTaskContext) => Promise<T> | T, options?: BackgroundOptions): BackgroundTask<T> {
    this.#core.host.activeRun().checkpoint();
    return this.#core.host.tasks.start(key, task, options);
  }

  /** A DeltaGenerator of this one's State type writing through `core`. */
  #wrap(core: DeltaGeneratorCore): this {
    return wrap(core) as this;
  }
}

/** The session's root `st`, writing to `main` (the runtime's, for each session). */
export function createRootDeltaGenerator<State extends object = AnyState>(host: DeltaGeneratorHost): DeltaGenerator<State> {
  return wrap(new DeltaGeneratorCore(host, { kind: 'main' })) as DeltaGenerator<State>;
}

/** The plumbing of a DeltaGenerator, for lit-ui's own wrappers (`fragment`, `dialog`, `cacheData`). Internal. */
export function deltaGeneratorCore(st: DeltaGenerator<object>): DeltaGeneratorCore {
  return coreOf(st);
}
