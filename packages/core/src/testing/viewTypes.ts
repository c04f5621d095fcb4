import type { DeltaPath } from '../protocol/deltaPath.js';
import type { WidgetAction, WidgetSpec } from '../protocol/elementSpec.js';
import type { BlockType, BuiltInChartType, ElementProtoOf, ElementSpecs, ElementType, WidgetType } from '../protocol/elements.js';
import type { LayoutHeight, LayoutWidth } from '../protocol/layout.js';
import type { AppTest } from './appTest.js';
import type { DataEditorView } from './dataEditorView.js';
import type { ChartView } from './chartView.js';
import type { PlotlyChartView } from './plotlyChartView.js';
import type { DataframeView } from './dataframeView.js';
import type { DownloadedFile, TestFile } from './mediaViews.js';
import type { BlockView } from './nodeQuery.js';

/**
 * The typed views AppTest lists by element type (`at.slider`, `at.text`,
 * `at.get('metric')`), derived from the element map: a view's `proto` is its
 * type's proto, its `value` what its spec shows, and a widget view offers
 * `setValue` with its app value plus exactly the conveniences its spec lists
 * (`at.slider[0].setValue(3)` compiles, `at.slider[0].click()` does not).
 */

/** Members every typed view has. */
export interface TypedView<T extends ElementType> {
  /** The element type (the camelCase command name). */
  readonly type: T;
  /** The delta path: `[root, ...blockIndices, index]`. */
  readonly path: DeltaPath;
  /** The raw element. */
  readonly proto: ElementProtoOf<T>;
  /** The label of labelled elements (metric, widgets). */
  readonly label: string | undefined;
  /** The user's `key` of a widget. */
  readonly key: string | undefined;
  /** The tooltip text (markdown), when the element has one. */
  readonly help: string | undefined;
  /** The `width` the app gave (as Streamlit's: `'stretch'`, `'content'` or px); undefined for the command's default. */
  readonly width: LayoutWidth | undefined;
  /** The `height` the app gave (as Streamlit's: `'stretch'`, `'content'` or px); undefined for the command's default. */
  readonly height: LayoutHeight | undefined;
  /** Runs the app (sending staged widget changes) and resolves to the AppTest. */
  run(): Promise<AppTest & ElementAccessors>;
}

/** What a display or event element shows as its AppTest value. */
export type ViewValueOf<T extends ElementType> = ElementSpecs[T] extends {
  /** The spec's reader of the AppTest value. */
  value(proto: never): infer V;
}
  ? V
  : never;

/** A view of a display or event element of type `T`. */
export interface DisplayView<T extends ElementType> extends TypedView<T> {
  /** What the element shows, as its spec reads it: the text of text elements, the rows of tables, the spec of charts, ... */
  readonly value: ViewValueOf<T>;
}

/** A view of an `exception` element. */
export interface ExceptionViewOf extends DisplayView<'exception'> {
  /** The error's message. */
  readonly message: string;
  /** The error class name, e.g. `'TypeError'`. */
  readonly name: string;
  /** The stable code of lit-ui's own errors, e.g. `'DuplicateWidgetID'`. */
  readonly code: string | undefined;
  /** Stack lines, when the runtime shows them; else empty. */
  readonly stack: string[];
}

/** The value the app sees for a widget of type `T` (its `st` method's return). */
export type AppValueOf<T extends WidgetType> = Exclude<ElementSpecs[T]['appValue'], undefined>;

/** The AppTest conveniences of widget type `T`. */
export type ActionsOf<T extends WidgetType> = ElementSpecs[T] extends WidgetSpec<object, unknown, unknown, infer A> ? A : never;

/** A view of a widget of type `T`: `value` is what the app sees (a staged value until `run()`); `setValue` stages a change. */
export interface WidgetViewBase<T extends WidgetType> extends TypedView<T> {
  /** What the app sees (the staged value until `run()`). */
  readonly value: AppValueOf<T>;
  /** The widget's label. */
  readonly label: string;
  /** The widget id. */
  readonly id: string;
  /** True when the widget is disabled (the user cannot change it; AppTest still can). */
  readonly disabled: boolean;
  /** Stages a new value (the app value: an option, a number, a Date, ...). @throws Error when it does not fit the widget. */
  setValue(value: AppValueOf<T>): this;
}

/** Every widget convenience (each returning the view `Self`); each widget view offers those its type's spec lists. */
export interface WidgetActions<Self> extends Record<WidgetAction, unknown> {
  /** Clicks a button or a form's submit button. */
  click(): Self;
  /** Checks a checkbox or turns a toggle on. */
  check(): Self;
  /** Unchecks a checkbox or turns a toggle off. */
  uncheck(): Self;
  /** Types text into a text input, text area, or chat input. */
  input(text: string): Self;
  /** Selects an option (selectbox, radio, selectSlider, single-mode pills) or adds one to a multiselect or multi-mode pills. */
  select(option: unknown): Self;
  /** Removes an option from a multiselect or pills (a single-mode one then holds null). */
  unselect(option: unknown): Self;
  /** Steps a number input up by its step (clamped to its max). */
  increment(): Self;
  /** Steps a number input down by its step (clamped to its min). */
  decrement(): Self;
  /** Sets a range widget's bounds. */
  setRange(low: unknown, high: unknown): Self;
  /** Option labels of option widgets. */
  readonly options: string[];
  /** Index of the selected option (selectbox, radio). */
  readonly index: number | null;
}

/** A view of a widget of type `T`, with the conveniences of its kind. */
export type WidgetViewOf<T extends WidgetType> = WidgetViewBase<T> & Pick<WidgetActions<WidgetViewOf<T>>, ActionsOf<T>>;

/** A view of an `st.dataframe`: row count, columns, windows through `dataRequest`, server sort, search, CSV and selections. */
export type DataframeViewOf = DataframeView & TypedView<'dataframe'>;

/** A view of an `st.dataEditor`: a dataframe view plus staged edits (`editCell`, `addRow`, `deleteRows`). */
export type DataEditorViewOf = DataEditorView & TypedView<'dataEditor'>;

/** A view of an `st.vegaLiteChart`: its spec as `value`, and with `onSelect` its `selection` and `select(...)`. */
export type ChartViewOf = ChartView & DisplayView<'vegaLiteChart'>;

/** A view of a built-in chart (`lineChart`, `areaChart`, `barChart`, `scatterChart`): its spec as `value`, and with `onSelect` its `selection` and `select(...)`. */
export type BuiltInChartViewOf<T extends BuiltInChartType> = ChartView & DisplayView<T>;
/** A view of an `st.plotlyChart`: its figure as `value`, and with `onSelect` its `selection` and `select(...)`. */
export type PlotlyChartViewOf = PlotlyChartView & DisplayView<'plotlyChart'>;
/** What the views of media elements (`image`, `audio`, `video`, `pdf`) offer besides `value`. */
export interface MediaViewMembers {
  /** The URL the browser loads (the first image's): absolute, or relative to the app's mount; fetch it with `at.fetch(url)`. */
  readonly url: string;
  /** Every image URL (one for audio, video and pdf). */
  readonly urls: string[];
  /** Captions of images (undefined where none). */
  readonly captions: (string | undefined)[];
  /** Subtitle tracks of a video: label and URL. */
  readonly subtitles: {
    /** The track's label in the player's menu. */
    label: string;
    /** URL of the WebVTT file. */
    url: string;
  }[];
}

/** What uploader views (`fileUploader`, `cameraInput`, `audioInput`) offer: files sent over HTTP as the browser does. */
export interface UploaderViewMembers {
  /** Uploads files (added to a multi-file uploader's, replacing a single one); the next `run()` waits for them and rejects when refused. */
  upload(files: TestFile | readonly TestFile[]): this;
  /** Removes every file (freed on the server, as the browser's × does). */
  clear(): this;
}

/** What a `downloadButton` view offers. */
export interface DownloadButtonViewMembers {
  /** The file name the browser saves under. */
  readonly fileName: string;
  /** Downloads the file as the browser does (deferred data produced now), then clicks unless `onClick: 'ignore'`. */
  download(): Promise<DownloadedFile>;
}

/** What a `chatInput` view offers besides `input`: a message with attachments. */
export interface ChatInputViewMembers {
  /** Uploads `files` as the browser does, then submits `{ text, files }`. */
  submit(text: string, files?: TestFile | readonly TestFile[]): this;
}

/** Members of the side-channel views, by element type. */
export interface SideChannelViewMembers {
  /** `at.image[i]`. */
  image: MediaViewMembers;
  /** `at.audio[i]`. */
  audio: MediaViewMembers;
  /** `at.video[i]`. */
  video: MediaViewMembers;
  /** `at.pdf[i]`. */
  pdf: MediaViewMembers;
  /** `at.fileUploader[i]`. */
  fileUploader: UploaderViewMembers;
  /** `at.cameraInput[i]`. */
  cameraInput: UploaderViewMembers;
  /** `at.audioInput[i]`. */
  audioInput: UploaderViewMembers;
  /** `at.downloadButton[i]`. */
  downloadButton: DownloadButtonViewMembers;
  /** `at.chatInput[i]`. */
  chatInput: ChatInputViewMembers;
}

/** The side-channel members of type `T`'s view (none for most types). */
export type SideChannelMembersOf<T extends ElementType> = T extends keyof SideChannelViewMembers ? SideChannelViewMembers[T] : unknown;

/** The view AppTest gives for an element of type `T`. */
export type ViewOf<T extends ElementType> = (T extends 'dataframe'
  ? DataframeViewOf
  : T extends 'vegaLiteChart'
    ? ChartViewOf
    : T extends BuiltInChartType
      ? BuiltInChartViewOf<T>
      : T extends 'plotlyChart'
        ? PlotlyChartViewOf
        : T extends 'dataEditor'
          ? DataEditorViewOf
          : T extends WidgetType
            ? WidgetViewOf<T>
            : T extends 'exception'
              ? ExceptionViewOf
              : DisplayView<T>) &
  SideChannelMembersOf<T>;

/** Container accessors: block types, plus `columns` (the `column` blocks), `tabs` (the `tab` blocks) and `container` (`vertical`). */
export type BlockAccessorName = BlockType | 'columns' | 'tabs' | 'container';

/** Lists of typed views of every built-in element type. */
export type ElementLists = { readonly [T in ElementType]: ViewOf<T>[] };

/** Lists of every container type, each with the same accessors for what is inside it. */
export type BlockLists = { readonly [B in BlockAccessorName]: Array<BlockView & ElementAccessors> };

/**
 * Typed lists of every built-in element and block type: `at.markdown`, `at.slider`, `at.expander`, ...
 * Each list holds the views of that type in the searched part of the tree, in page order.
 *
 * @property areaChart - `st.areaChart` elements.
 * @property audio - `st.audio` elements (`.url`, times, loop, autoplay).
 * @property audioInput - `st.audioInput` widgets (`.upload`, `.clear`).
 * @property badge - `st.badge` elements.
 * @property balloons - `st.balloons` effects (in the `event` root).
 * @property barChart - `st.barChart` elements.
 * @property button - `st.button` elements.
 * @property cameraInput - `st.cameraInput` widgets (`.upload`, `.clear`).
 * @property caption - `st.caption` elements.
 * @property chatInput - `st.chatInput` elements.
 * @property chatMessage - `st.chatMessage` containers.
 * @property checkbox - `st.checkbox` elements.
 * @property code - `st.code` elements.
 * @property colorPicker - `st.colorPicker` elements.
 * @property column - Single columns of `st.columns` (`column` blocks).
 * @property columns - The columns of every `st.columns` row (the `column` blocks, as `column`).
 * @property container - `st.container` containers (the `vertical` blocks, as `vertical`).
 * @property dataEditor - `st.dataEditor` elements.
 * @property dataframe - `st.dataframe` elements.
 * @property dateInput - `st.dateInput` elements.
 * @property datetimeInput - `st.datetimeInput` elements.
 * @property dialog - Dialogs (`dialog(title, fn)`).
 * @property divider - `st.divider` elements.
 * @property downloadButton - `st.downloadButton` widgets (`await .download()`).
 * @property empty - `st.empty` elements.
 * @property error - `st.error` elements.
 * @property exception - `exception` elements (`st.exception` and uncaught errors).
 * @property expander - `st.expander` containers.
 * @property feedback - `st.feedback` elements.
 * @property fileUploader - `st.fileUploader` widgets (`.upload`, `.clear`).
 * @property form - `st.form` containers.
 * @property formSubmitButton - `st.formSubmitButton` elements.
 * @property header - `st.header` elements.
 * @property help - `st.help` elements.
 * @property hostEvent - `st.dispatchEvent` calls (in the `event` root): `proto.name` and `proto.detail`.
 * @property horizontal - The rows made by `st.columns` (`horizontal` blocks).
 * @property html - `st.html` elements.
 * @property image - `st.image` elements (`.urls`, `.captions`).
 * @property info - `st.info` elements.
 * @property json - `st.json` elements.
 * @property latex - `st.latex` elements.
 * @property lineChart - `st.lineChart` elements.
 * @property linkButton - `st.linkButton` elements.
 * @property markdown - `st.markdown` elements.
 * @property metric - `st.metric` elements.
 * @property multiselect - `st.multiselect` elements.
 * @property numberInput - `st.numberInput` elements.
 * @property pageLink - `st.pageLink` elements.
 * @property pills - `st.pills` elements.
 * @property pdf - `st.pdf` elements (`.url`, height).
 * @property popover - `st.popover` containers.
 * @property progress - `st.progress` elements.
 * @property radio - `st.radio` elements.
 * @property scatterChart - `st.scatterChart` elements.
 * @property segmentedControl - `st.segmentedControl` elements.
 * @property selectSlider - `st.selectSlider` elements.
 * @property selectbox - `st.selectbox` elements.
 * @property slider - `st.slider` elements.
 * @property snow - `st.snow` effects (in the `event` root).
 * @property spinner - Spinners shown by `st.spinner`.
 * @property status - `st.status` containers.
 * @property subheader - `st.subheader` elements.
 * @property success - `st.success` elements.
 * @property tab - Single tabs of `st.tabs` (`tab` blocks).
 * @property table - `st.table` elements.
 * @property tabs - The tabs of every `st.tabs` (the `tab` blocks, as `tab`).
 * @property text - `st.text` elements.
 * @property textArea - `st.textArea` elements.
 * @property textInput - `st.textInput` elements.
 * @property timeInput - `st.timeInput` elements.
 * @property title - `st.title` elements.
 * @property toast - `st.toast` messages (in the `event` root).
 * @property toggle - `st.toggle` elements.
 * @property vegaLiteChart - `st.vegaLiteChart` elements.
 * @property map - `st.map` elements (`.value`: the points as `{ lat, lon, size, color }`).
 * @property plotlyChart - `st.plotlyChart` elements (`.value`: the figure; with `onSelect`, `.selection` and `.select(...)`).
 * @property graphvizChart - `st.graphvizChart` elements (`.value`: the DOT source).
 * @property vertical - `vertical` blocks: `st.container`s and fragment wrappers.
 * @property video - `st.video` elements (`.url`, `.subtitles`).
 * @property warning - `st.warning` elements.
 */
export interface ElementAccessors extends ElementLists, BlockLists {}
