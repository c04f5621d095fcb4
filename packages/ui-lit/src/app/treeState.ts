import type { NavigationMsg, NewSessionMsg, PageConfigMsg } from '@lit-ui/core/protocol';
import { emptyRoot, type BlockDraft, type BlockNode } from './treeNodes.js';

/** Session settings from `newSession.config`. */
export type SessionConfig = NewSessionMsg['config'];

/** Page settings from `pageConfig` messages, merged field by field. */
export type PageConfigState = Omit<PageConfigMsg, 'type' | 'seq'>;

/** A protocol `error` message, as shown in a dismissible banner. */
export interface ProtocolError {
  /** Client-side id, for dismissing. */
  readonly id: number;
  readonly code: string;
  readonly message: string;
  readonly cseq?: number;
}

/** The run in progress: the containers it rebuilds, as path keys (`'0'`, `'0.3'`). */
export interface RunState {
  readonly runId: string;
  readonly fragmentId?: string;
  readonly scopes: readonly string[];
}

/** Everything the client shows, as immutable data (see `TreeStore`). */
export interface TreeState {
  /** The four root containers, in `RootContainer` order (main, sidebar, event, bottom). */
  readonly roots: readonly BlockNode[];
  /** Current run generation: nodes of a rebuilt container with a lower `gen` are unconfirmed. */
  readonly gen: number;
  /** The run whose deltas are arriving, from `sessionStatus running` to `scriptFinished`. */
  readonly run: RunState | null;
  /** True from `sessionStatus running` to `sessionStatus idle`. */
  readonly running: boolean;
  /** True once a run has lasted `config.staleDelayMs`: unconfirmed nodes render faded. */
  readonly staleShown: boolean;
  readonly config: SessionConfig;
  readonly sessionId: string | undefined;
  readonly pageConfig: PageConfigState;
  readonly navigation: NavigationMsg | null;
  /** Query string set by the app (`queryParams`), without `?`; null until one arrives. */
  readonly query: string | null;
  readonly errors: readonly ProtocolError[];
}

/** Defaults used until `newSession` brings the server's config. */
export const DEFAULT_SESSION_CONFIG: SessionConfig = { staleDelayMs: 300, sessionTtlMs: 120_000, debounceMs: 200 };

/** The state before anything arrived: four empty roots. */
export function initialState(): TreeState {
  return {
    roots: [emptyRoot(), emptyRoot(), emptyRoot(), emptyRoot()],
    gen: 0,
    run: null,
    running: false,
    staleShown: false,
    config: DEFAULT_SESSION_CONFIG,
    sessionId: undefined,
    pageConfig: {},
    navigation: null,
    query: null,
    errors: [],
  };
}

/** The mutable shape recipes write through (immer's draft of {@link TreeState}). */
export interface DraftState {
  roots: BlockDraft[];
  gen: number;
  run: RunState | null;
  running: boolean;
  staleShown: boolean;
  config: SessionConfig;
  sessionId: string | undefined;
  pageConfig: PageConfigState;
  navigation: NavigationMsg | null;
  query: string | null;
  errors: ProtocolError[];
}
