import { createClientTree, type ClientError, type ClientTree } from '@lit-ui/core/protocol';

export type { PageConfigState } from '@lit-ui/core/protocol';

/** A protocol error, shown in a dismissible banner (its `id` dismisses it). */
export type ProtocolError = ClientError;

/**
 * Everything the client shows, as immutable data (see `TreeStore`): the
 * client tree every client builds with `applyForwardMsg`, plus what only the
 * browser needs.
 */
export interface TreeState extends ClientTree {
  /** True once a run has lasted `config.staleDelayMs`: unconfirmed nodes render faded. */
  readonly staleShown: boolean;
}

/** The state before anything arrived: four empty roots. */
export function initialState(): TreeState {
  return { ...createClientTree(), staleShown: false };
}
