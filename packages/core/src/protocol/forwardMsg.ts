import type { DeltaPath } from './deltaPath.js';
import type { BlockProto, ElementProto, JsonValue, TreeNodeJson } from './elements.js';

/**
 * Protocol version exchanged at connect (`hello` → `newSession`). A client
 * with another major version gets an `error` with code `ProtocolVersion`.
 */
export const PROTOCOL_VERSION = 1;

/** Fields every ForwardMsg carries. */
export interface ForwardMsgBase {
  /**
   * Per-session sequence number, from 1; the client reports the last one it
   * applied when it reconnects and the server replays what follows. `0` marks
   * connection-level messages (`newSession`, `ack`, `error`) that are never
   * replayed. A `snapshot` carries the seq of the last message it includes.
   */
  readonly seq: number;
}

/** Answer to `hello`: the session the connection is bound to. */
export interface NewSessionMsg extends ForwardMsgBase {
  /** Discriminant. */
  readonly type: 'newSession';
  /** Id of the session the connection is bound to; the client sends it in `hello` to resume. */
  readonly sessionId: string;
  /**
   * The session's secret: the client keeps it with the id (per tab, never in
   * a URL) and sends it in `hello` to resume, and in the session-token header
   * of the HTTP side channels (uploads, POSTs). lit-ui's runtime always
   * sends it; a server without it offers no resume.
   */
  readonly sessionToken?: string;
  /** The server's {@link PROTOCOL_VERSION}. */
  readonly protocolVersion: number;
  /** True when an existing session was resumed (missed messages follow, or a snapshot). */
  readonly resumed: boolean;
  /** Runtime settings the client follows. */
  readonly config: {
    /** Delay before unconfirmed elements of a running script are shown as stale, in ms. */
    readonly staleDelayMs: number;
    /** How long a disconnected session is kept for a reconnect, in ms. */
    readonly sessionTtlMs: number;
    /** Client-side debounce of rapid widget input (slider drag, typing), in ms. */
    readonly debounceMs: number;
  };
}

/**
 * The whole element tree, replacing whatever the client shows. Sent when a
 * client connects to an existing session whose missed messages are no longer
 * in the replay ring (or that it has never seen).
 */
export interface SnapshotMsg extends ForwardMsgBase {
  /** Discriminant. */
  readonly type: 'snapshot';
  /** One block per root container, in `RootContainer` order. */
  readonly roots: readonly TreeNodeJson[];
}

/** One changed node: an element or a block put at `path` (replacing what was there). */
export type DeltaMsg =
  | (ForwardMsgBase & {
      /** Discriminant. */
      readonly type: 'delta';
      /** Where the node goes: `[root, ...blockIndices, index]`. */
      readonly path: DeltaPath;
      /** The element put at `path`. */
      readonly element: ElementProto;
    })
  | (ForwardMsgBase & {
      /** Discriminant. */
      readonly type: 'delta';
      /** Where the node goes: `[root, ...blockIndices, index]`. */
      readonly path: DeltaPath;
      /** The block put at `path`; a new block starts empty, a changed one keeps its children. */
      readonly block: BlockProto;
    });

/**
 * Appends `text` to the string `body` of the element at `path` (the
 * markdown that `st.writeStream` fills): only the new text travels, so a
 * long streamed answer costs bytes in proportion to its length, not to its
 * length squared. The element was put by a `delta` earlier in the same run.
 */
export interface TextAppendMsg extends ForwardMsgBase {
  /** Discriminant. */
  readonly type: 'textAppend';
  /** The delta path of the element whose `body` grows (a markdown element put earlier in the run). */
  readonly path: DeltaPath;
  /** The text appended to the element's `body` (only the new chunk, not the whole body). */
  readonly text: string;
}

/** A block's new child count: children at `length` and beyond are dropped. */
export interface BlockLength {
  /** The block's delta path. */
  readonly path: DeltaPath;
  /** Its child count. */
  readonly length: number;
}

/**
 * Progress of the running script: in each listed block, children before
 * `length` belong to the current run (they are not stale). Sent with every
 * flush while a script runs, so unchanged elements are confirmed without
 * being resent.
 */
export interface ConfirmMsg extends ForwardMsgBase {
  /** Discriminant. */
  readonly type: 'confirm';
  /** The blocks the run has written to, each with how many of its children the run has confirmed so far. */
  readonly blocks: readonly BlockLength[];
}

/**
 * A script run (or fragment run) started, the session went idle, or a
 * requested run waits for a free slot of the runtime's `maxConcurrentRuns`
 * (`queued`, followed by `running` once it starts).
 */
export interface SessionStatusMsg extends ForwardMsgBase {
  /** Discriminant. */
  readonly type: 'sessionStatus';
  /** `'running'`: a run started; `'idle'`: no run; `'queued'`: a run waits for a free slot. */
  readonly state: 'running' | 'idle' | 'queued';
  /** Id of the run that started (`state: 'running'`) or last finished; `''` while queued. */
  readonly runId: string;
  /** Set when the run is a fragment run: only that fragment's container is rebuilt. */
  readonly fragmentId?: string;
}

/**
 * How a run ended: `complete` (ran to the end), `stopped` (`st.stop()`),
 * `error` (an uncaught exception, shown as an `exception` element),
 * `interrupted` (a newer rerun request cut it short: nothing is trimmed),
 * `rerun` (`st.rerun()`).
 */
export type RunEndStatus = 'complete' | 'stopped' | 'error' | 'interrupted' | 'rerun';

/**
 * End of a script or fragment run. `trims` lists every block whose child
 * count shrank; the client drops the children past each `length`.
 */
export interface ScriptFinishedMsg extends ForwardMsgBase {
  /** Discriminant. */
  readonly type: 'scriptFinished';
  /** Id of the run that ended (as in its `sessionStatus`). */
  readonly runId: string;
  /** How the run ended. */
  readonly status: RunEndStatus;
  /** Blocks whose child count shrank, with their new length; empty for an `interrupted` run. */
  readonly trims: readonly BlockLength[];
  /** Set when the run was a fragment run. */
  readonly fragmentId?: string;
}

/** `st.setPageConfig`, as Streamlit's `page_config_changed`. */
export interface PageConfigMsg extends ForwardMsgBase {
  /** Discriminant. */
  readonly type: 'pageConfig';
  /** The browser tab's title, as Streamlit's `page_title`. */
  readonly pageTitle?: string;
  /** The favicon: an emoji or an image URL, as Streamlit's `page_icon`. */
  readonly pageIcon?: string;
  /** `'centered'` (a narrow column) or `'wide'` (the full width), as Streamlit's `layout`. */
  readonly layout?: 'centered' | 'wide';
  /** Whether the sidebar starts open; `'auto'` closes it on small screens, as Streamlit's `initial_sidebar_state`. */
  readonly initialSidebarState?: 'auto' | 'expanded' | 'collapsed';
  /** `st.logo`: image URL (absolute, or relative to the mount), a link, a smaller icon for narrow places, a size. */
  readonly logo?: {
    /** Image URL, absolute or relative to the mount. */
    readonly url: string;
    /** Where a click on the logo goes. */
    readonly link?: string;
    /** A smaller image for narrow places (the collapsed sidebar). */
    readonly iconUrl?: string;
    /** How large the logo shows, as Streamlit's `st.logo` `size`. */
    readonly size: 'small' | 'medium' | 'large';
  };
}

/** The server received the BackMsg with client sequence number `cseq`. */
export interface AckMsg extends ForwardMsgBase {
  /** Discriminant. */
  readonly type: 'ack';
  /** The acknowledged BackMsg's client sequence number. */
  readonly cseq: number;
}

/**
 * A protocol-level error: an invalid or refused BackMsg (it changed nothing),
 * or a refused connection. Script errors are `exception` elements instead.
 */
export interface ErrorMsg extends ForwardMsgBase {
  /** Discriminant. */
  readonly type: 'error';
  /** Stable code, e.g. `'InvalidMessage'`, `'InvalidWidgetValue'`, `'ProtocolVersion'`; see docs/errors.md. */
  readonly code: string;
  /** What went wrong, for people. */
  readonly message: string;
  /** The offending BackMsg's `cseq`, when it had one. */
  readonly cseq?: number;
}

/** The app changed `st.queryParams`: the client updates the page URL's query string. */
export interface QueryParamsMsg extends ForwardMsgBase {
  /** Discriminant. */
  readonly type: 'queryParams';
  /** Query string without the leading `?`. */
  readonly query: string;
}

/**
 * `st.login()` or `st.logout()`: the client sends the top-level page to `url` (a route of the host app), unless
 * the embedding page cancels the `lit-ui-auth` DOM event (docs/embedding.md).
 */
export interface AuthRedirectMsg extends ForwardMsgBase {
  /** Discriminant. */
  readonly type: 'authRedirect';
  /** Which command asked. */
  readonly action: 'login' | 'logout';
  /** Where to go: a path of the host app or an http(s) URL, from the runtime option `auth`. */
  readonly url: string;
  /** The provider name given to `st.login(provider)`, if any. */
  readonly provider?: string;
}

/** A page of a multipage app, as listed in the navigation. */
export interface NavigationPage {
  /** URL path relative to the app's mount path; `''` for the default page. */
  readonly urlPath: string;
  /** The page's title, shown in the navigation. */
  readonly title: string;
  /** An emoji or icon shown before the title. */
  readonly icon?: string;
  /** True for the page shown at the app's root URL. */
  readonly isDefault: boolean;
  /**
   * The section heading the page is listed under, when `st.navigation` got a record of section name → pages
   * (as Streamlit's sections); absent for a plain list and for the `''` section.
   */
  readonly section?: string;
}

/** Where `st.navigation` shows its page links, as Streamlit's `position`. */
export type NavigationPosition = 'sidebar' | 'top' | 'hidden';

/** `st.navigation`: the pages and the current one; the client shows links and syncs the URL. */
export interface NavigationMsg extends ForwardMsgBase {
  /** Discriminant. */
  readonly type: 'navigation';
  /** Every page, in navigation order. */
  readonly pages: readonly NavigationPage[];
  /** URL path of the page now running (`''` for the default page). */
  readonly currentUrlPath: string;
  /**
   * `'sidebar'` shows the page links in the sidebar, `'top'` in a bar above the main column, `'hidden'` shows
   * none, as Streamlit's `position`.
   */
  readonly position: NavigationPosition;
}

/**
 * Rows of a shown table, answering the `dataRequest` with client sequence
 * number `cseq`. Connection-level (`seq` 0, never replayed): a client that
 * reconnects asks again. A client applies it only while the element it
 * shows still has this `dataId`, so a window that crosses a rerun which
 * changed the data is dropped, never drawn.
 */
export interface DataWindowMsg extends ForwardMsgBase {
  /** Discriminant. */
  readonly type: 'dataWindow';
  /** The `cseq` of the `dataRequest` this answers. */
  readonly cseq: number;
  /** The `dataId` of the request: the client drops the window when its element no longer shows it. */
  readonly dataId: string;
  /** View position of the first row. */
  readonly start: number;
  /** Rows in the view (after the request's search): the scroll height. */
  readonly rowCount: number;
  /** The rows, in the element's `columns` order (format `rows`). */
  readonly rows?: JsonValue[][];
  /** Row number in the data of each row, when the view is sorted or searched (for the index column). */
  readonly index?: number[];
  /** CSV lines (format `csv`). */
  readonly csv?: string;
}

/** Every server → client message. */
export type ForwardMsg =
  | NewSessionMsg
  | SnapshotMsg
  | DeltaMsg
  | TextAppendMsg
  | ConfirmMsg
  | SessionStatusMsg
  | ScriptFinishedMsg
  | PageConfigMsg
  | AckMsg
  | ErrorMsg
  | QueryParamsMsg
  | NavigationMsg
  | DataWindowMsg
  | AuthRedirectMsg;

/** A ForwardMsg before the session numbers it. */
export type UnsequencedForwardMsg = ForwardMsg extends infer M ? (M extends ForwardMsg ? Omit<M, 'seq'> : never) : never;
