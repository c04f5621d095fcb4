/**
 * Test support (not exported): random app scripts and interaction
 * sequences for the property test of the client reducer
 * (`clientMirror.property.test.ts`). A generated app shows one of a few
 * random *pages*; a page is a list of {@link Item}s that `renderItems` turns
 * into `st.*` calls. The sequence then switches pages, changes widgets,
 * clicks buttons, closes dialogs and drops the connection in between.
 */
import fc from 'fast-check';
import type { AnyState } from '../app.js';
import type { DeltaGenerator } from '../dg/deltaGenerator.js';
import { dialog } from '../fragments/dialog.js';
import { fragment } from '../fragments/fragment.js';

/** Widget keys, one set per widget kind, so a key always names the same kind of widget. */
const SLIDER_KEYS = ['s0', 's1', 's2'] as const;
const CHECKBOX_KEYS = ['c0', 'c1'] as const;
const TEXT_KEYS = ['t0', 't1'] as const;
const BUTTON_KEYS = ['b0', 'b1'] as const;

/** One thing a page shows. */
export type Item =
  | { readonly kind: 'markdown'; readonly body: string }
  /** Shows the session-state value of a widget: changes when the widget does. */
  | { readonly kind: 'echo'; readonly key: string }
  | { readonly kind: 'slider' | 'checkbox' | 'textInput'; readonly key: string }
  /** A button; `items` show in the run after a click only. */
  | { readonly kind: 'button'; readonly key: string; readonly items: readonly Item[] }
  /** `items` show while the checkbox `key` is checked. */
  | { readonly kind: 'whenChecked'; readonly key: string; readonly items: readonly Item[] }
  | { readonly kind: 'container' | 'expander'; readonly items: readonly Item[] }
  | { readonly kind: 'columns'; readonly columns: readonly (readonly Item[])[] }
  /** `st.empty()` written several times: each write replaces the last. */
  | { readonly kind: 'empty'; readonly bodies: readonly string[] }
  /** Yields to the event loop: the session's queue flushes mid-run (a frame ending with a `confirm`). */
  | { readonly kind: 'await' }
  /** An uncaught error: an `exception` element, and the run (or fragment) ends there. */
  | { readonly kind: 'raise' }
  /** Top level only: a fragment, a dialog (one per page), `st.rerun()` on every other run (one per page). */
  | { readonly kind: 'fragment' | 'dialog'; readonly items: readonly Item[] }
  | { readonly kind: 'rerun' };

/** A page: top-level items. */
export type Page = readonly Item[];

/** Something the user (or the network) does between runs. */
export type Step =
  /** The app shows page `page` from now on; the client asks for a rerun (as a page link would). */
  | { readonly kind: 'page'; readonly page: number }
  /** Changes the `pick`-th widget on screen to a value made from `value`; `burst`: a second change follows at once, interrupting the run. */
  | { readonly kind: 'set'; readonly pick: number; readonly value: number; readonly burst: boolean }
  | { readonly kind: 'click'; readonly pick: number }
  | { readonly kind: 'closeDialog' }
  /**
   * The connection drops; meanwhile the server runs page `page` (server push)
   * — once (`replay`), or until the client's last seq has left the replay
   * ring (`snapshot`) — then the client resumes.
   */
  | { readonly kind: 'reconnect'; readonly away: 'replay' | 'snapshot'; readonly page: number }
  /** The tab reloads: a fresh client tree, `hello` without `lastSeq`, so a snapshot. */
  | { readonly kind: 'reload' }
  /** The session expires while the connection is down: the client gets a new session (`resumed: false`). */
  | { readonly kind: 'expire' };

/** A generated test case: the app's pages (the first is shown first) and what happens. */
export interface Scenario {
  readonly pages: readonly Page[];
  readonly steps: readonly Step[];
}

const body = fc.constantFrom('a', 'b', 'c');
const key = (keys: readonly string[]) => fc.constantFrom(...keys);

const { item, items } = fc.letrec<{ item: Item; items: readonly Item[] }>((tie) => ({
  item: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'item' },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('markdown'), body }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('echo'), key: key([...SLIDER_KEYS, ...CHECKBOX_KEYS, ...TEXT_KEYS]) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('slider'), key: key(SLIDER_KEYS) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('checkbox'), key: key(CHECKBOX_KEYS) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('textInput'), key: key(TEXT_KEYS) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('button'), key: key(BUTTON_KEYS), items: tie('items') }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('whenChecked'), key: key(CHECKBOX_KEYS), items: tie('items') }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('container', 'expander'), items: tie('items') }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('columns'), columns: fc.array(tie('items'), { minLength: 1, maxLength: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('empty'), bodies: fc.array(body, { minLength: 1, maxLength: 3 }) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'await' }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'raise' }) },
  ),
  items: fc.array(tie('item'), { maxLength: 4, depthIdentifier: 'item' }),
}));

const topItem: fc.Arbitrary<Item> = fc.oneof(
  { weight: 6, arbitrary: item },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('fragment', 'dialog'), items }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'rerun' } as const) },
);

/** A page: up to 6 top-level items, with widget keys unique on the page, at most one dialog and one `rerun`. */
export const page: fc.Arbitrary<Page> = fc.array(topItem, { maxLength: 6 }).map(normalisePage);

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('page'), page: fc.nat(2) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set'), pick: fc.nat(), value: fc.nat(20), burst: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('click'), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'closeDialog' } as const) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reconnect'), away: fc.constantFrom('replay', 'snapshot'), page: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.constantFrom({ kind: 'reload' } as const, { kind: 'expire' } as const) },
);

/** Three pages and up to eight steps. */
export const scenario: fc.Arbitrary<Scenario> = fc.record({
  pages: fc.array(page, { minLength: 3, maxLength: 3 }),
  steps: fc.array(step, { minLength: 1, maxLength: 8 }),
});

/** Keeps the first widget of each key (later ones become markdown), the first dialog and the first `rerun`. */
function normalisePage(items: readonly Item[]): Page {
  const seen = new Set<string>();
  const unique = (item: Item): Item => {
    switch (item.kind) {
      case 'slider':
      case 'checkbox':
      case 'textInput':
      case 'button': {
        if (seen.has(item.key)) return { kind: 'markdown', body: `duplicate ${item.key}` };
        seen.add(item.key);
        return item.kind === 'button' ? { ...item, items: item.items.map(unique) } : item;
      }
      case 'whenChecked':
      case 'container':
      case 'expander':
      case 'fragment':
      case 'dialog':
        return { ...item, items: item.items.map(unique) };
      case 'columns':
        return { ...item, columns: item.columns.map((column) => column.map(unique)) };
      default:
        return item;
    }
  };
  const once = new Set<string>();
  return items
    .filter((item) => (item.kind === 'dialog' || item.kind === 'rerun' ? !once.has(item.kind) && once.add(item.kind) !== undefined : true))
    .map(unique);
}

type St = DeltaGenerator<AnyState>;

const pageFragment = fragment(async (st: St, items: readonly Item[]) => renderItems(st, items));
const pageDialog = dialog('Dialog', async (st: St, items: readonly Item[]) => renderItems(st, items));

/** Writes `items` with `st` (the root `st` or a container), as an app script would. */
export async function renderItems(st: St, items: readonly Item[]): Promise<void> {
  for (const item of items) {
    switch (item.kind) {
      case 'markdown':
        st.markdown(item.body);
        break;
      case 'echo':
        st.text(`${item.key} = ${JSON.stringify(st.sessionState[item.key] ?? null)}`);
        break;
      case 'slider':
        st.slider(item.key, { minValue: 0, maxValue: 10, key: item.key });
        break;
      case 'checkbox':
        st.checkbox(item.key, { key: item.key });
        break;
      case 'textInput':
        st.textInput(item.key, { key: item.key });
        break;
      case 'button':
        if (st.button(item.key, { key: item.key })) await renderItems(st, item.items);
        break;
      case 'whenChecked':
        if (st.sessionState[item.key] === true) await renderItems(st, item.items);
        break;
      case 'container':
        await renderItems(st.container(), item.items);
        break;
      case 'expander':
        await renderItems(st.expander('Expander'), item.items);
        break;
      case 'columns':
        for (const [i, column] of st.columns(item.columns.length).entries()) await renderItems(column, item.columns[i]!);
        break;
      case 'empty': {
        const slot = st.empty();
        for (const text of item.bodies) slot.markdown(text);
        break;
      }
      case 'await':
        await Promise.resolve();
        break;
      case 'raise':
        throw new Error('raised by the page');
      case 'fragment':
        await pageFragment(st, item.items);
        break;
      case 'dialog':
        await pageDialog(st, item.items);
        break;
      case 'rerun':
        // Every other run: a run that ends with `rerun` (no trims), then one that does not.
        st.sessionState['rerunNow'] = !st.sessionState['rerunNow'];
        if (st.sessionState['rerunNow'] === true) st.rerun();
        break;
    }
  }
}
