import type { DeltaPath } from './deltaPath.js';
import type { BlockProto, ElementProto, TreeNodeJson } from './elements.js';
import type { NavigationMsg, NewSessionMsg, PageConfigMsg } from './forwardMsg.js';

/**
 * An element of a client's tree: its proto and the run generation in which
 * it was last written (see {@link ClientTree.gen}).
 */
export interface ClientElement {
  /** Discriminant of {@link ClientNode}. */
  readonly kind: 'element';
  /** The element as the last delta wrote it. */
  readonly proto: ElementProto;
  /** Run generation in which a delta last wrote this element. */
  readonly gen: number;
}

/**
 * A block (container) of a client's tree. Root containers are blocks with
 * `proto: null`. `gen` and `confirmed` say which children belong to the
 * current run without touching the children: see {@link isConfirmed}.
 */
export interface ClientBlock {
  /** Discriminant of {@link ClientNode}. */
  readonly kind: 'block';
  /** The block as the last delta wrote it; null for a root container. */
  readonly proto: BlockProto | null;
  /** The block's children, in delta-path index order. */
  readonly children: readonly ClientNode[];
  /** Run generation in which this block was last written or confirmed. */
  readonly gen: number;
  /** Children before this index were confirmed in generation `gen` (the high-water mark of `confirm` messages). */
  readonly confirmed: number;
}

/** A node of a client's tree: an element or a block. */
export type ClientNode = ClientElement | ClientBlock;

/** Session settings from `newSession.config`. */
export type SessionConfig = NewSessionMsg['config'];

/** Page settings from `pageConfig` messages, merged field by field. */
export type PageConfigState = Omit<PageConfigMsg, 'type' | 'seq'>;

/** The run whose deltas are arriving, from `sessionStatus running` to `scriptFinished`. */
export interface ClientRun {
  /** The run's id, from its `sessionStatus`. */
  readonly runId: string;
  /** Set for a fragment run. */
  readonly fragmentId?: string;
  /** The containers the run rebuilds, as path keys: `'0'`…`'3'` for a full run, the fragment's containers otherwise. */
  readonly scopes: readonly string[];
}

/** A protocol error the client recorded: an `error` message, or a ForwardMsg that did not fit the tree. */
export interface ClientError {
  /** Number of the error in this tree, from 1 (for dismissing). */
  readonly id: number;
  /** Stable code, see docs/errors.md (`InvalidForwardMsg` for a ForwardMsg that did not fit). */
  readonly code: string;
  /** What went wrong, for people. */
  readonly message: string;
  /** The refused BackMsg's `cseq`, when the server named one. */
  readonly cseq?: number;
}

/**
 * What a client holds of its session, built from ForwardMsgs by
 * `applyForwardMsg`: the element tree and what the server said about the
 * session. Immutable: every change makes a new object, and subtrees a change
 * does not touch keep their identity.
 */
export interface ClientTree {
  /** The four root containers, in `RootContainer` order (main, sidebar, event, bottom). */
  readonly roots: readonly ClientBlock[];
  /**
   * Run generation: raised by every `sessionStatus running`. A node of a
   * rebuilt container that is not confirmed in this generation has not been
   * written by the current run yet (a client may show it as stale).
   */
  readonly gen: number;
  /** The run in progress, or null between runs. */
  readonly run: ClientRun | null;
  /** True from `sessionStatus running` to `sessionStatus idle`. */
  readonly running: boolean;
  /** The session the client is bound to, once `newSession` has said. */
  readonly sessionId: string | undefined;
  /** Session settings from `newSession` ({@link DEFAULT_SESSION_CONFIG} before it). */
  readonly config: SessionConfig;
  /** Page settings from `st.setPageConfig`, merged field by field; `{}` until the first. */
  readonly pageConfig: PageConfigState;
  /** The last `navigation` message (pages of a multipage app), or null when none came. */
  readonly navigation: NavigationMsg | null;
  /** The page URL's query string (without `?`) as the app last set it; `''` after a page switch; null until either. */
  readonly query: string | null;
  /** The last `st.login()` / `st.logout()` request (`authRedirect`), or null when none came. */
  readonly authRedirect: {
    /** Which command asked: `'login'` or `'logout'`. */
    readonly action: 'login' | 'logout';
    /** Where the browser goes: the host's route. */
    readonly url: string;
    /** The provider given to `st.login(provider)`, if any. */
    readonly provider?: string;
  } | null;
  /** Protocol errors recorded, oldest first. */
  readonly errors: readonly ClientError[];
  /** Id of the last error recorded (ids stay unique when a client removes errors it has shown). */
  readonly lastErrorId: number;
}

/** Session settings used until `newSession` brings the server's. */
export const DEFAULT_SESSION_CONFIG: SessionConfig = { staleDelayMs: 300, sessionTtlMs: 120_000, debounceMs: 200 };

/** An empty root container block of generation `gen`. */
export function emptyRoot(gen = 0): ClientBlock {
  return { kind: 'block', proto: null, children: [], gen, confirmed: 0 };
}

/**
 * A client's state before any message: four empty roots.
 *
 * @example
 * let tree = createClientTree();
 * tree = applyForwardMsg(tree, msg);
 */
export function createClientTree(): ClientTree {
  return {
    roots: [emptyRoot(), emptyRoot(), emptyRoot(), emptyRoot()],
    gen: 0,
    run: null,
    running: false,
    sessionId: undefined,
    config: DEFAULT_SESSION_CONFIG,
    pageConfig: {},
    navigation: null,
    query: null,
    authRedirect: null,
    errors: [],
    lastErrorId: 0,
  };
}

/** Converts a snapshot's JSON node into a client node of generation `gen`. */
export function nodeFromJson(json: TreeNodeJson, gen: number): ClientNode {
  if ('element' in json) return { kind: 'element', proto: json.element, gen };
  return { kind: 'block', proto: json.block, children: json.children.map((c) => nodeFromJson(c, gen)), gen, confirmed: 0 };
}

/**
 * The node at `path` in `roots` (`[root]` is the root block itself), or undefined when the path leads nowhere.
 *
 * @example
 * clientNodeAt(tree.roots, [0, 2]); // the third node of main
 */
export function clientNodeAt(roots: readonly ClientBlock[], path: DeltaPath): ClientNode | undefined {
  let node: ClientNode | undefined = roots[path[0] ?? -1];
  for (let i = 1; i < path.length && node !== undefined; i++) node = node.kind === 'block' ? node.children[path[i]!] : undefined;
  return node;
}

/**
 * True when the child at `index` of `block` belongs to run generation `gen`:
 * a delta wrote it in that generation, or a `confirm` of `block` in that
 * generation covered it. Children of a rebuilt container that are not
 * confirmed are the ones a client shows as stale.
 *
 * @example
 * const stale = tree.run !== null && !isConfirmed(block, i, tree.gen);
 */
export function isConfirmed(block: ClientBlock, index: number, gen: number): boolean {
  const child = block.children[index];
  if (child === undefined) return false;
  return child.gen >= gen || (block.gen >= gen && index < block.confirmed);
}
