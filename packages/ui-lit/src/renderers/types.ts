import type {
  DataRequestMsg,
  DataWindowMsg,
  DisplayType,
  ElementProto,
  ElementProtoOf,
  ElementType,
  JsonValue,
  WidgetProtoBase,
} from '@lit-ui/core/protocol';

/** A `dataRequest` as a renderer asks for it (the connection numbers it). */
export type DataWindowRequest = Omit<DataRequestMsg, 'type' | 'cseq'>;

/** A widget's proto as renderers see it. */
export type WidgetProto = ElementProto &
  WidgetProtoBase & {
    /** The widget's value in wire form, as the server last sent it. */
    readonly value: unknown;
  };

/** Options of {@link WidgetManager.set}. */
export interface WidgetSetOptions {
  /** Send after `config.debounceMs` (a drag, typing, a held key's repeats) instead of at once. */
  readonly debounce?: boolean;
  /**
   * Show the change when the server answers the rerun it starts (its `ack`, which the server sends with the
   * run's first output), at the latest `echoHoldMs` (32 ms) after it: the widget and the run's output then
   * paint in one frame. A widget that re-renders at once makes the browser paint a frame for it, and the
   * run's output then waits for the next vsync tick (up to 16.7 ms more). Only for a change sent at once
   * (not debounced, not held by a form); the widget's `value(...)` is the new value from the call on.
   */
  readonly paintWithRun?: boolean;
}

/**
 * Client-side widget state (Streamlit's WidgetStateManager). It decides what
 * value a widget shows and sends the user's changes to the server.
 *
 * - `value(proto)`: the user's own value while a change for this widget is
 *   unsent, unacknowledged, or held by a form; otherwise `proto.value`.
 * - `set(proto, v)`: a value change. Held when `proto.formId` is set (until
 *   that form submits); otherwise sent as `rerunScript`, after
 *   `config.debounceMs` when `debounce` is true (slider drag, typing).
 * - `trigger(proto, v)`: a one-run trigger (button click `true`, chat submit
 *   text, form submit `true`). A `formSubmitButton` trigger sends the form's
 *   held changes with it.
 * - `submitForm(formId)`: what Enter does in a form with `enterToSubmit`:
 *   triggers the form's first submit button.
 * - `subscribe(id, fn)`: called when `value(...)` for that widget id changes.
 */
export interface WidgetManager {
  /** The value the widget shows (wire form): the user's pending value, else `proto.value`. */
  value(proto: WidgetProto): unknown;
  /** A value change (wire form); held by a form, else sent, after `config.debounceMs` with `debounce`. */
  set(proto: WidgetProto, value: JsonValue, options?: WidgetSetOptions): void;
  /** A one-run trigger: a click (`true`), a chat submit (the text), a form submit. */
  trigger(proto: WidgetProto, value?: JsonValue): void;
  /** Triggers the first submit button of form `formId` (Enter in a form with `enterToSubmit`). */
  submitForm(formId: string): void;
  /** Calls `listener` when `value(...)` of widget `id` changes; returns the unsubscribe function. */
  subscribe(id: string, listener: () => void): () => void;
}

/** A file the runtime holds for an uploader: what its widget value lists. */
export interface UploadedFileInfo {
  /** The runtime's id of the stored file. */
  readonly fileId: string;
  /** The file's name. */
  readonly name: string;
  /** MIME type. */
  readonly type: string;
  /** Bytes. */
  readonly size: number;
}

/** Bytes of an upload sent so far. */
export interface UploadProgress {
  /** Bytes sent. */
  readonly loaded: number;
  /** Bytes in all. */
  readonly total: number;
}

/**
 * The runtime's HTTP side channel, as renderers reach it: media URLs, uploads
 * and downloads (the session's token goes in headers, never in URLs).
 */
export interface MediaChannel {
  /** An element's media URL, resolved against the app's mount (absolute URLs unchanged). */
  url(path: string): string;
  /** Sends one file to an uploader widget. @throws an error with `status`, `code` and `message` when refused. */
  upload(widgetId: string, file: File, onProgress?: (progress: UploadProgress) => void, signal?: AbortSignal): Promise<UploadedFileInfo>;
  /** Frees an uploaded file (the user removed it). */
  remove(fileId: string): Promise<void>;
  /** Saves a download button's file: its `url`, or its deferred data produced now. */
  download(widgetId: string, url: string | undefined, fileName: string): Promise<void>;
}

/** What a renderer may use besides its proto. */
export interface RenderContext {
  /** The app's widget state: what widgets show, and where their changes go. */
  readonly widgets: WidgetManager;
  /** The side channel; absent when the host gives no server (previews): media then render as unavailable. */
  readonly media?: MediaChannel;
  /** href of a page of this multipage app (`''` = default page), for `pageLink`. Safe to pass around unbound. */
  readonly pageHref: (urlPath: string) => string;
  /** Navigates to a page of this app without reloading. Safe to pass around unbound. */
  readonly navigate: (urlPath: string) => void;
  /**
   * Asks the server for rows of a shown table (`dataRequest`): resolves with
   * the `dataWindow`, rejects with the server's `error` or when the
   * connection is reset (windows are not replayed: ask again). Safe to pass around unbound.
   */
  readonly requestData?: (request: DataWindowRequest) => Promise<DataWindowMsg>;
}

/**
 * Renders one element type. Returns anything Lit can render (usually an
 * `html` template, often wrapping a widget custom element). Renderers render
 * into the app's shadow root (light DOM of their own elements), so the app's
 * stylesheet and theme variables apply:
 *
 * `--lit-ui-font`, `--lit-ui-mono-font`, `--lit-ui-text`, `--lit-ui-muted`,
 * `--lit-ui-bg`, `--lit-ui-secondary-bg`, `--lit-ui-border`, `--lit-ui-primary`,
 * `--lit-ui-primary-contrast`, `--lit-ui-radius`, `--lit-ui-gap`,
 * `--lit-ui-success`, `--lit-ui-info`, `--lit-ui-warning`, `--lit-ui-danger`
 * (each alert color also has a `-bg` variant, e.g. `--lit-ui-success-bg`).
 */
export type ElementRenderer<P extends ElementProto = ElementProto> = (proto: P, ctx: RenderContext) => unknown;

/**
 * Renderers of built-in element types, by type, each taking its type's
 * proto. Every display renderer module exports one such record of its
 * family; the registry gathers them and the compiler checks that every
 * display type of the element map has a renderer.
 */
export type ElementRenderers<T extends ElementType = DisplayType> = { readonly [K in T]?: ElementRenderer<ElementProtoOf<K>> };
