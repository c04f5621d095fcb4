/**
 * Stable codes of lit-ui's errors. Each has a section in docs/errors.md;
 * `LitUiError#docsUrl` points at it.
 */
export const ErrorCode = {
  /** Two widgets with the same widget id in one run (as Streamlit's DuplicateWidgetID). */
  DuplicateWidgetID: 'DuplicateWidgetID',
  /** A widget change from the client that does not fit the widget (type, range, options). */
  InvalidWidgetValue: 'InvalidWidgetValue',
  /** A BackMsg that is not valid JSON or does not match the protocol. */
  InvalidMessage: 'InvalidMessage',
  /** A ForwardMsg that does not fit the client's tree (a delta past the end of a block, a trim of a missing block): recorded by the client, which ignores it. */
  InvalidForwardMsg: 'InvalidForwardMsg',
  /** A frame larger than the runtime's `maxMessageBytes`. */
  MessageTooLarge: 'MessageTooLarge',
  /** A connection sent more than its inbound budget (runtime `inboundRate`). */
  RateLimited: 'RateLimited',
  /** The client speaks another protocol version. */
  ProtocolVersion: 'ProtocolVersion',
  /** An `st.*` command called with arguments it cannot use (as Streamlit's StreamlitAPIException). */
  InvalidArgument: 'InvalidArgument',
  /** Setting `st.sessionState[key]` after the widget with that key was created in the same run. */
  StateSetAfterWidget: 'StateSetAfterWidget',
  /** Setting the value of a widget that cannot be set through session state (button, form submit, chat input). */
  StateAssignmentNotAllowed: 'StateAssignmentNotAllowed',
  /** `onChange` on a widget inside a form: only `formSubmitButton` may have a callback. */
  InvalidFormCallback: 'InvalidFormCallback',
  /** A form inside another form. */
  NestedForm: 'NestedForm',
  /** `formSubmitButton` outside any form. */
  SubmitButtonOutsideForm: 'SubmitButtonOutsideForm',
  /** A form rendered without a submit button. */
  MissingSubmitButton: 'MissingSubmitButton',
  /** `st.button` (or another non-form button) inside a form. */
  ButtonInForm: 'ButtonInForm',
  /** Two forms with the same key in one run. */
  DuplicateFormKey: 'DuplicateFormKey',
  /** A fragment run writing a widget to an outside container the fragment did not write to during the full run. */
  FragmentWidgetOutside: 'FragmentWidgetOutside',
  /** A cached function's argument that cannot be hashed. */
  UnhashableArgument: 'UnhashableArgument',
  /** A run that exceeded the runtime's `runTimeoutMs`. */
  RunTimeout: 'RunTimeout',
  /** An `st.*` command called outside any script run of its session. */
  NoActiveRun: 'NoActiveRun',
  /** A container handle used after the run that created it ended. */
  ExpiredContainer: 'ExpiredContainer',
  /** `st.switchPage` or `st.pageLink` to a page that `st.navigation` does not list. */
  PageNotFound: 'PageNotFound',
  /** Too many sessions (runtime `maxSessions`), none of them disconnected. */
  TooManySessions: 'TooManySessions',
  /** Too many connections or sessions from one client address (runtime `maxConnectionsPerIp`, `maxSessionsPerIp`). */
  TooManyConnections: 'TooManyConnections',
  /** A request or connection whose `Origin` is neither the server's own nor in `allowedOrigins`. */
  OriginRefused: 'OriginRefused',
  /** A connection that sent no valid `hello` within the runtime's `helloTimeoutMs`. */
  HelloTimeout: 'HelloTimeout',
  /** A `hello` that asked to resume a session without its token, identity or origin (the connection got a new session). */
  ResumeRefused: 'ResumeRefused',
  /** The runtime options are invalid (e.g. an `allowedOrigins` entry that is not an origin). */
  InvalidOption: 'InvalidOption',
  /** A `dataRequest` for a table this session does not show (no longer shown, or another session's). */
  UnknownDataId: 'UnknownDataId',
  /** A `dataRequest` whose range, sort column or size does not fit the table. */
  InvalidDataRequest: 'InvalidDataRequest',
  /** An `st.map` `tileUrl` that is not an http(s) URL template with `{z}`, `{x}` and `{y}` in its path or query (and nothing else in braces). */
  InvalidTileUrl: 'InvalidTileUrl',
  /** An uploaded file larger than its uploader's `maxUploadSize` (or the runtime's `maxUploadBytes`): HTTP 413, nothing stored. */
  UploadTooLarge: 'UploadTooLarge',
  /** An uploaded file whose name and type match none of its uploader's `type` list: HTTP 415, nothing stored. */
  UploadTypeNotAllowed: 'UploadTypeNotAllowed',
  /** An upload (or deferred download) without the session's valid token: HTTP 403. */
  UploadForbidden: 'UploadForbidden',
  /** An upload for a widget that is not on the session's page (or takes no more files): HTTP 404/409. */
  UploadWidgetNotFound: 'UploadWidgetNotFound',
  /** A media file or upload that is unknown, expired, or was deleted. */
  MediaNotFound: 'MediaNotFound',
  /** The media storage is at the runtime's `media.maxBytes` and nothing unreferenced can be freed. */
  MediaStorageFull: 'MediaStorageFull',
  /** The deferred data function of `st.downloadButton` threw or returned something that is not data: HTTP 500 to the click. */
  DownloadFailed: 'DownloadFailed',
  /** A media feature this JavaScript runtime cannot provide (local file paths, hashing) without an injected seam. */
  MediaUnavailable: 'MediaUnavailable',
  /** A value a session or cache store cannot keep (a function, a class instance): names the key. */
  UnserializableValue: 'UnserializableValue',
  /** A resumed session whose uploads or media lived in another process (a worker that died or drained). */
  SessionMoved: 'SessionMoved',
  /** `st.secrets.<key>` (or `['key']`) read for a key that secrets.toml and the `secrets` option do not set: names the key. */
  SecretNotFound: 'SecretNotFound',
  /** A secrets file that cannot be read or is not valid TOML: names the file and the line. */
  InvalidSecrets: 'InvalidSecrets',
  /** `st.login()` or `st.logout()` without the route the host configures (runtime option `auth`). */
  AuthNotConfigured: 'AuthNotConfigured',
  /** The server is draining (graceful stop) and takes no new sessions: the client reconnects to another process. */
  ServerRestarting: 'ServerRestarting',
  /** A chart needs an optional peer package that is not installed (`st.plotlyChart`: `plotly.js-dist-min`): shown in place of the chart; the server answers its file with 404. */
  PeerNotInstalled: 'PeerNotInstalled',
  /** `st.graphvizChart` got DOT source Graphviz cannot parse: shown in place of the chart, with Graphviz's message. */
  InvalidDot: 'InvalidDot',
  /** A fragment, dialog, `st.spinner`, `st.status(label, fn)` or `container.with(fn)` still running when its script ended: it was not awaited (a warning on the page; the run waits for it). */
  UnawaitedCall: 'UnawaitedCall',
  /** An options object with a key its `st.*` command does not know (as Streamlit's `TypeError` on an unknown keyword argument). */
  UnknownOption: 'UnknownOption',
  /** A widget's `bind` that cannot work: no `key`, a value other than `'query-params'`, or a widget whose value does not fit a URL (uploaders, `st.feedback`). */
  InvalidBind: 'InvalidBind',
  /** Changing `st.queryParams[key]` after the widget bound to it (`bind: 'query-params'`) was created in the same run. */
  QueryParamSetAfterWidget: 'QueryParamSetAfterWidget',
  /** A `width` that is not `'stretch'`, `'content'` or a positive whole number of px (as Streamlit's StreamlitInvalidWidthError). */
  InvalidWidth: 'InvalidWidth',
  /** A `height` that is not `'stretch'`, `'content'` or a positive whole number of px (as Streamlit's StreamlitInvalidHeightError). */
  InvalidHeight: 'InvalidHeight',
  /** Run on save: the app's module failed to load after a change (a syntax error, an import that throws); the previous code keeps running. */
  AppReloadFailed: 'AppReloadFailed',
} as const;

/** One of {@link ErrorCode}'s values. */
export type ErrorCodeName = (typeof ErrorCode)[keyof typeof ErrorCode];

const DOCS_BASE = 'https://github.com/lit-ui/lit-ui/blob/main/docs/errors.md';

/**
 * An error raised by lit-ui, with a stable `code`. Raised inside a script
 * run it becomes an `exception` element (the run stops there, as in
 * Streamlit); raised by a protocol check it becomes an `error` message.
 */
export class LitUiError extends Error {
  /** The same as `code`, so stack traces name the error. */
  override readonly name: string;

  constructor(
    /** Stable error code, explained in docs/errors.md. */
    readonly code: ErrorCodeName,
    message: string,
  ) {
    super(message);
    this.name = code;
  }

  /** Where this error's code is explained. */
  get docsUrl(): string {
    return `${DOCS_BASE}#${this.code.toLowerCase()}`;
  }
}

/** Shorthand for `new LitUiError(ErrorCode.InvalidArgument, message)`. */
export function invalidArgument(message: string): LitUiError {
  return new LitUiError(ErrorCode.InvalidArgument, message);
}
