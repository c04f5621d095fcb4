import type { DeltaGenerator } from './dg/deltaGenerator.js';

/**
 * Session state of an app that declares no state type: a plain record whose
 * values are `any`, so untyped apps use `st.sessionState` as they would in Python.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- on purpose: untyped apps read and write state freely, as in Streamlit.
export type AnyState = Record<string, any>;

/**
 * An app script: an ordinary (sync or async) function that lit-ui runs top
 * to bottom on every interaction, as a Streamlit script. It gets `st`, the
 * session's root DeltaGenerator.
 */
export type AppScript<State extends object = AnyState> = (st: DeltaGenerator<State>) => unknown;

/** Options of {@link defineApp}. */
export interface AppOptions<State extends object> {
  /** Session state every new session starts with (typed apps: fill every key here). */
  readonly initialState?: () => Partial<State>;
  /**
   * Keep the value of a keyed widget while it is not rendered (e.g. on another
   * tab or page), for every widget of the app. Streamlit drops it (its issue
   * #6074); a widget's own `persist` option overrides this. Default false.
   */
  readonly persistWidgetState?: boolean;
}

/** An app script with its options, made by {@link defineApp}. */
export interface App<State extends object = AnyState> {
  /** Brand that tells an app from a bare script function. */
  readonly kind: 'lit-ui-app';
  /** The app script, run on every interaction. */
  readonly script: AppScript<State>;
  /** The options given to {@link defineApp}. */
  readonly options: AppOptions<State>;
}

/**
 * Declares an app. The type argument types `st.sessionState`.
 *
 * @example
 * interface State { count: number }
 * export default defineApp<State>((st) => {
 *   if (st.button('+1')) st.sessionState.count += 1;
 *   st.metric('Count', st.sessionState.count);
 * }, { initialState: () => ({ count: 0 }) });
 */
export function defineApp<State extends object = AnyState>(script: AppScript<State>, options: AppOptions<State> = {}): App<State> {
  return { kind: 'lit-ui-app', script, options };
}

/** Turns an `App` or a bare script into an `App`. */
export function toApp<State extends object>(app: App<State> | AppScript<State>): App<State> {
  return typeof app === 'function' ? defineApp(app) : app;
}
