import type { AnyState } from '../app.js';
import { deltaGeneratorCore, type DeltaGenerator } from '../dg/deltaGenerator.js';
import { hashString } from '../hash/hasher.js';
import type { FragmentEntry } from './fragmentRegistry.js';
import { runFragment, type FragmentFunction } from './fragment.js';
import { checkWrapperOptions } from '../dg/unknownOptions.js';

/** Options of {@link dialog}, as Streamlit's `@st.dialog`. */
export interface DialogOptions {
  /** `'small'` (500 px, default), `'medium'` (750 px) or `'large'` (1280 px). */
  readonly width?: 'small' | 'medium' | 'large';
  /** The user can close it (×, Escape, a click outside). Default true. */
  readonly dismissible?: boolean;
}

let nextIdentity = 0;

/**
 * Turns a function into a modal dialog, as Streamlit's `@st.dialog`:
 * calling it from a run opens the dialog with the function's output. The
 * dialog is a fragment — its widgets rerun only the dialog function. It
 * closes when a full rerun does not call it again (e.g. after `st.rerun()`)
 * or when the user closes it.
 *
 * @example
 * const vote = dialog('Cast your vote', (st, item: string) => {
 *   const reason = st.textInput('Because…');
 *   if (st.button('Submit')) { st.sessionState.vote = { item, reason }; st.rerun(); }
 * });
 * export default defineApp(async (st) => { if (st.button('A')) await vote(st, 'A'); });
 */
export function dialog<A extends unknown[], R, State extends object = AnyState>(
  title: string,
  fn: (st: DeltaGenerator<State>, ...args: A) => R | Promise<R>,
  options: DialogOptions = {},
): FragmentFunction<A, Awaited<R>> {
  checkWrapperOptions('dialog', options);
  const id = hashString(`dialog-${++nextIdentity}-${title}`);
  const width = options.width ?? 'small';
  const dismissible = options.dismissible ?? true;
  return (st, ...args): Promise<Awaited<R>> => {
    const core = deltaGeneratorCore(st);
    const host = core.host;
    const r = core.run();
    const events = r.writer.root(2);
    const entry: FragmentEntry = {
      id,
      parentPath: events.path,
      index: r.writer.cursor(events),
      block: { type: 'dialog', title, width, dismissible, isOpen: true, fragmentId: id },
      invoke: () => fn(host.rootDeltaGenerator() as DeltaGenerator<State>, ...args),
    };
    const call = { call: `The dialog '${title}'`, fix: `\`await ${fn.name || 'openDialog'}(st)\`` };
    return runFragment(host, r, entry, events, call) as Promise<Awaited<R>>;
  };
}
