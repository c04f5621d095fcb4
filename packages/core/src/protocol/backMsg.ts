import type { JsonValue } from './elements.js';

/**
 * One widget change in a `rerunScript`. Value changes coalesce (the last
 * write per widget wins); triggers (`trigger: true`: button clicks, chat and
 * form submits) are kept in order and are true for exactly one run.
 */
export interface WidgetChange {
  /** Widget id, from the widget proto's `id`. */
  readonly id: string;
  /** New value in wire form (see `WidgetValueMap`). */
  readonly value: JsonValue;
  /** True for a trigger (a click or submit): true for one run, never coalesced. */
  readonly trigger?: boolean;
}

/** Fields every BackMsg carries. */
export interface BackMsgBase {
  /** Client sequence number, from 1; the server acknowledges it and ignores repeats. */
  readonly cseq: number;
}

/**
 * First message on every connection: binds it to a new or existing session.
 * Nothing runs before it arrives.
 */
export interface HelloMsg extends BackMsgBase {
  /** Discriminant. */
  readonly type: 'hello';
  /** The client's `PROTOCOL_VERSION`; another major version is refused with `ProtocolVersion`. */
  readonly protocolVersion: number;
  /**
   * Session to resume (kept per tab by the client); a new session is made if
   * unknown or expired, or if the token, the user or the origin differ from
   * the session's.
   */
  readonly sessionId?: string;
  /** The session's token, from its `newSession`; required to resume. */
  readonly sessionToken?: string;
  /** Last `seq` the client applied; missed messages are replayed after it. */
  readonly lastSeq?: number;
  /**
   * A random id of this client (one `<lit-ui-app>` in one page load), the same
   * on each of its reconnects. A resume that presents the id of the client
   * whose connection the server still believes open takes that connection
   * over (the old one was dropped without the server noticing); any other
   * client resuming a connected session (a duplicated tab) gets a new session.
   */
  readonly clientId?: string;
  /** The page's full URL, for `st.context.url`. */
  readonly url?: string;
  /** Page URL path relative to the app mount (multipage apps), `''` for the default page. */
  readonly pagePath?: string;
  /** Query string without `?`, for `st.queryParams`. */
  readonly query?: string;
  /** Browser locale, e.g. `'en-US'`, for `st.context.locale`. */
  readonly locale?: string;
  /** IANA time zone, e.g. `'Europe/Paris'`, for `st.context.timezone`. */
  readonly timezone?: string;
  /** Minutes to add to local time to get UTC, as `Date#getTimezoneOffset`. */
  readonly timezoneOffset?: number;
}

/**
 * Ask for a rerun, as Streamlit's `rerun_script` with widget states. Only
 * changed widgets are listed. With `fragmentId`, only that fragment reruns.
 */
export interface RerunScriptMsg extends BackMsgBase {
  /** Discriminant. */
  readonly type: 'rerunScript';
  /** The changed widgets, in the order the user changed them. */
  readonly widgets: readonly WidgetChange[];
  /** Rerun only this fragment (a widget inside it changed). */
  readonly fragmentId?: string;
  /** Set when the user navigated (link, back/forward): the page to run. */
  readonly pagePath?: string;
  /** Set when the page URL's query string changed (back/forward). */
  readonly query?: string;
}

/** Stop the running script, as Streamlit's `stop_script`. */
export interface StopScriptMsg extends BackMsgBase {
  /** Discriminant. */
  readonly type: 'stopScript';
}

/** The user closed a dialog (Escape, ×, or a click outside). */
export interface DialogClosedMsg extends BackMsgBase {
  /** Discriminant. */
  readonly type: 'dialogClosed';
  /** The dialog's `fragmentId`. */
  readonly id: string;
}

/** How a table's rows are ordered and filtered for a `dataRequest`: as the table toolbar set them. */
export interface TableView {
  /** Sort by this column (an index into the element's `columns`), `'asc'` or `'desc'`; nulls last. */
  readonly sort?: {
    /** Column to sort by: an index into the element's `columns`. */
    readonly column: number;
    /** `'asc'` (smallest first) or `'desc'`; nulls last either way. */
    readonly direction: 'asc' | 'desc';
  };
  /** Keep the rows where some shown column contains this text (ignoring case). */
  readonly search?: string;
}

/**
 * Ask for rows of a table the page shows (a dataframe scrolled, sorted,
 * searched or downloaded), answered by a `dataWindow` with this `cseq`, or
 * an `error` (`UnknownDataId`, `InvalidDataRequest`) that changes nothing.
 * Positions are in the view (after `sort` and `search`); `end` is clamped to
 * the view's row count.
 */
export interface DataRequestMsg extends BackMsgBase, TableView {
  /** Message type. */
  readonly type: 'dataRequest';
  /** The element's `dataId`. */
  readonly dataId: string;
  /** First view position, inclusive. */
  readonly start: number;
  /** Last view position, exclusive: at most 5,000 rows after `start` (50,000 for `csv`). */
  readonly end: number;
  /** `'rows'` (default): cells in wire form; `'csv'`: CSV lines (the header first when `start` is 0), for a download. */
  readonly format?: 'rows' | 'csv';
}

/**
 * The client has applied every ForwardMsg up to `seq`: the server stops
 * keeping them for replay. It acknowledges ForwardMsgs as the server's
 * `ack { cseq }` acknowledges BackMsgs, but is not numbered (`cseq` is
 * always 0), acknowledged or re-sent: a reconnect's `hello.lastSeq` says the
 * same. A client sends one shortly after applying messages, not one per message.
 */
export interface SeqAckMsg extends BackMsgBase {
  /** Message kind: a ForwardMsg acknowledgement. */
  readonly type: 'ack';
  /** Always 0: an acknowledgement is not numbered. */
  readonly cseq: 0;
  /** Last ForwardMsg `seq` the client applied. */
  readonly seq: number;
}

/** Every client → server message. */
export type BackMsg = HelloMsg | RerunScriptMsg | StopScriptMsg | DialogClosedMsg | DataRequestMsg | SeqAckMsg;
