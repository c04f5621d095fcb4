/**
 * The options every `st.*` command accepts, checked by `checkOptionKeys`
 * (unknownOptions.ts) before the command runs. Each entry: `at`, the position of
 * the options object among the command's arguments (several for commands whose
 * options may come earlier, e.g. `st.chatInput({ ... })`); `keys`, Streamlit's
 * full parameter list for the command, camelCased, without its leading
 * positional parameters (also the ones lit-ui does not act on yet, so code
 * written from Streamlit's docs never throws), plus lit-ui's own documented
 * options. `optionKeys.test-d.ts` proves every key of the TypeScript options
 * types is here.
 */

/** Streamlit's parameters of every widget, and lit-ui's `persist` and `bind`. */
const WIDGET = ['key', 'help', 'onChange', 'args', 'kwargs', 'disabled', 'labelVisibility', 'width', 'persist', 'bind'] as const;
/** Streamlit's parameters of text elements. */
const TEXT = ['help', 'width', 'textAlignment'] as const;
/** Streamlit's parameters of buttons. */
const BUTTON = [
  'key',
  'help',
  'onClick',
  'args',
  'kwargs',
  'type',
  'icon',
  'iconPosition',
  'disabled',
  'useContainerWidth',
  'width',
  'shortcut',
] as const;
/** Streamlit's parameters of the built-in charts, and lit-ui's `columns` (names for an array of arrays). */
const CHART = ['x', 'y', 'xLabel', 'yLabel', 'color', 'width', 'height', 'useContainerWidth', 'columns', 'onSelect', 'selectionMode', 'key'] as const;
/** Streamlit's parameters of `st.dataframe` and `st.data_editor`, and lit-ui's `columns`. */
const TABLE = [
  'width',
  'height',
  'useContainerWidth',
  'hideIndex',
  'columnOrder',
  'columnConfig',
  'key',
  'rowHeight',
  'placeholder',
  'columns',
] as const;
/** Streamlit's parameters of the media players. */
const PLAYER = ['format', 'startTime', 'endTime', 'loop', 'autoplay', 'width', 'key'] as const;

/** Commands whose options object is one argument, by position; see the module comment. */
export const OPTION_KEYS = {
  title: { at: 1, keys: ['anchor', ...TEXT] },
  header: { at: 1, keys: ['anchor', 'divider', ...TEXT] },
  subheader: { at: 1, keys: ['anchor', 'divider', ...TEXT] },
  markdown: { at: 1, keys: ['unsafeAllowHtml', ...TEXT] },
  caption: { at: 1, keys: ['unsafeAllowHtml', ...TEXT] },
  text: { at: 1, keys: TEXT },
  code: { at: 1, keys: ['language', 'lineNumbers', 'wrapLines', 'height', 'width'] },
  latex: { at: 1, keys: ['help', 'width'] },
  html: { at: 1, keys: ['width', 'unsafeAllowJavascript'] },
  divider: { at: 0, keys: ['width'] },
  badge: { at: 1, keys: ['icon', 'color', 'help', 'width'] },
  json: { at: 1, keys: ['expanded', 'width', 'height'] },
  metric: {
    at: 2,
    keys: ['delta', 'deltaColor', 'help', 'labelVisibility', 'border', 'width', 'height', 'chartData', 'chartType', 'deltaArrow', 'format'],
  },
  echo: { at: 1, keys: ['codeLocation'] },
  success: { at: 1, keys: ['icon', 'width'] },
  info: { at: 1, keys: ['icon', 'width'] },
  warning: { at: 1, keys: ['icon', 'width'] },
  error: { at: 1, keys: ['icon', 'width'] },
  exception: { at: 1, keys: ['width'] },
  progress: { at: 1, keys: ['text', 'width'] },
  spinner: { at: 2, keys: ['showTime', 'width'] },
  status: { at: [1, 2], keys: ['expanded', 'state', 'width'] },
  toast: { at: 1, keys: ['icon', 'duration'] },
  dataframe: { at: 1, keys: [...TABLE, 'onSelect', 'selectionMode'] },
  table: { at: 1, keys: ['border', 'width', 'height', 'key', 'columns'] },
  dataEditor: { at: 1, keys: [...TABLE, 'numRows', 'disabled', 'onChange', 'args', 'kwargs'] },
  lineChart: { at: 1, keys: CHART },
  barChart: { at: 1, keys: [...CHART, 'horizontal', 'stack', 'sort'] },
  areaChart: { at: 1, keys: [...CHART, 'stack'] },
  scatterChart: { at: 1, keys: [...CHART, 'size'] },
  vegaLiteChart: { at: 2, keys: ['useContainerWidth', 'theme', 'key', 'onSelect', 'selectionMode', 'width', 'height'] },
  map: {
    at: 1,
    keys: ['latitude', 'longitude', 'color', 'size', 'zoom', 'useContainerWidth', 'width', 'height', 'columns', 'tileUrl', 'attribution'],
  },
  plotlyChart: { at: 1, keys: ['useContainerWidth', 'theme', 'key', 'onSelect', 'selectionMode', 'config', 'width', 'height'] },
  graphvizChart: { at: 1, keys: ['useContainerWidth', 'engine', 'width', 'height'] },
  container: {
    at: 0,
    keys: ['border', 'key', 'height', 'width', 'horizontal', 'horizontalAlignment', 'verticalAlignment', 'gap'],
  },
  columns: { at: 1, keys: ['gap', 'verticalAlignment', 'border', 'width'] },
  tabs: { at: 1, keys: ['width', 'default', 'key', 'onChange'] },
  expander: { at: 1, keys: ['expanded', 'icon', 'width', 'key', 'onChange'] },
  popover: { at: 1, keys: ['type', 'help', 'icon', 'disabled', 'useContainerWidth', 'width', 'key', 'onChange'] },
  chatMessage: { at: 1, keys: ['avatar', 'width'] },
  form: { at: 1, keys: ['clearOnSubmit', 'enterToSubmit', 'border', 'width', 'height'] },
  formSubmitButton: { at: 1, keys: BUTTON },
  button: { at: 1, keys: BUTTON },
  checkbox: { at: 1, keys: [...WIDGET, 'value'] },
  toggle: { at: 1, keys: [...WIDGET, 'value'] },
  textInput: { at: 1, keys: [...WIDGET, 'value', 'maxChars', 'type', 'autocomplete', 'placeholder', 'icon'] },
  textArea: { at: 1, keys: [...WIDGET, 'value', 'height', 'maxChars', 'placeholder'] },
  numberInput: { at: 1, keys: [...WIDGET, 'minValue', 'maxValue', 'value', 'step', 'format', 'placeholder', 'icon'] },
  slider: { at: 1, keys: [...WIDGET, 'minValue', 'maxValue', 'value', 'step', 'format'] },
  selectSlider: { at: 2, keys: [...WIDGET, 'value', 'formatFunc'] },
  selectbox: { at: 2, keys: [...WIDGET, 'index', 'formatFunc', 'placeholder', 'acceptNewOptions'] },
  radio: { at: 2, keys: [...WIDGET, 'index', 'formatFunc', 'horizontal', 'captions', 'placeholder'] },
  multiselect: { at: 2, keys: [...WIDGET, 'default', 'formatFunc', 'maxSelections', 'placeholder', 'acceptNewOptions'] },
  dateInput: { at: 1, keys: [...WIDGET, 'value', 'minValue', 'maxValue', 'format'] },
  timeInput: { at: 1, keys: [...WIDGET, 'value', 'step'] },
  datetimeInput: { at: 1, keys: [...WIDGET, 'value', 'minValue', 'maxValue', 'format', 'step'] },
  colorPicker: { at: 1, keys: [...WIDGET, 'value'] },
  chatInput: {
    at: [0, 1],
    keys: [
      'placeholder',
      'key',
      'maxChars',
      'maxUploadSize',
      'acceptFile',
      'fileType',
      'acceptAudio',
      'audioSampleRate',
      'disabled',
      'onSubmit',
      'args',
      'kwargs',
      'width',
      'height',
    ],
  },
  fileUploader: { at: 1, keys: [...WIDGET, 'type', 'acceptMultipleFiles', 'maxUploadSize', 'maxFileSizeMb'] },
  cameraInput: { at: 1, keys: WIDGET },
  audioInput: { at: 1, keys: [...WIDGET, 'sampleRate'] },
  downloadButton: { at: 2, keys: [...BUTTON, 'fileName', 'mime', 'onClick'] },
  image: { at: 1, keys: ['caption', 'width', 'useContainerWidth', 'useColumnWidth', 'clamp', 'channels', 'outputFormat', 'key', 'linkUrl'] },
  audio: { at: 1, keys: [...PLAYER, 'sampleRate'] },
  video: { at: 1, keys: [...PLAYER, 'subtitles', 'muted'] },
  pdf: { at: 1, keys: ['width', 'height', 'key'] },
  pills: { at: 2, keys: [...WIDGET, 'selectionMode', 'default', 'formatFunc', 'required'] },
  segmentedControl: { at: 2, keys: [...WIDGET, 'selectionMode', 'default', 'formatFunc', 'required'] },
  feedback: { at: 1, keys: ['key', 'disabled', 'onChange', 'args', 'kwargs', 'default', 'width', 'persist', 'bind'] },
  linkButton: { at: 2, keys: ['help', 'type', 'icon', 'iconPosition', 'disabled', 'useContainerWidth', 'width', 'shortcut'] },
  pageLink: { at: 1, keys: ['label', 'icon', 'iconPosition', 'help', 'disabled', 'useContainerWidth', 'width', 'queryParams'] },
  Page: { at: 1, keys: ['title', 'icon', 'urlPath', 'default', 'visibility'] },
  navigation: { at: 1, keys: ['position', 'expanded'] },
  switchPage: { at: 1, keys: ['queryParams'] },
  setPageConfig: { at: 0, keys: ['pageTitle', 'pageIcon', 'layout', 'initialSidebarState', 'menuItems', 'logo'] },
  logo: { at: 1, keys: ['size', 'link', 'iconImage'] },
  rerun: { at: 0, keys: ['scope'] },
  background: { at: 2, keys: ['rerunOnFinish', 'progressRerunMs'] },
} as const satisfies Readonly<Record<string, { readonly at: number | readonly number[]; readonly keys: readonly string[] }>>;

/** A command whose options are checked. */
export type CheckedCommand = keyof typeof OPTION_KEYS;

/** Options of the module-level wrappers (Streamlit's decorators), checked in their bodies; lit-ui's own last. */
export const WRAPPER_OPTION_KEYS = {
  cacheData: ['ttl', 'maxEntries', 'showSpinner', 'showTime', 'persist', 'experimentalAllowWidgets', 'hashFuncs', 'scope', 'copy', 'excludeArgs'],
  cacheResource: [
    'ttl',
    'maxEntries',
    'showSpinner',
    'showTime',
    'validate',
    'experimentalAllowWidgets',
    'hashFuncs',
    'scope',
    'onRelease',
    'excludeArgs',
  ],
  fragment: ['runEvery'],
  dialog: ['width', 'dismissible', 'onDismiss', 'icon'],
} as const;
