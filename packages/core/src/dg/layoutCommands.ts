import {
  chatMessageBlock,
  columnBlocks,
  containerBlock,
  emptyHandle,
  expanderBlock,
  popoverBlock,
  tabBlocks,
  type ChatMessageOptions,
  type ColumnsOptions,
  type ContainerOptions,
  type ExpanderOptions,
  type PopoverOptions,
  type TupleOf,
  type TabsOptions,
} from '../elements/layout.js';
import { formBlock, formSubmitButton, type FormOptions } from '../forms/form.js';
import type { ButtonOptions } from '../widgets/button.js';
import { DeltaGeneratorCore } from './deltaGeneratorCore.js';
import { DataCommands } from './dataCommands.js';
import { coreOf, wrapCore } from './deltaGeneratorBase.js';

/**
 * Streamlit's layout and form commands (`st.container`, `st.columns`, `st.tabs`, `st.expander`, `st.form`, …): part of
 * {@link DeltaGenerator}, which is what apps use (this class is never made on its own).
 */
export abstract class LayoutCommands extends DataCommands {
  /**
   * Runs `fn` with bare `st.*` calls written into this container, the
   * equivalent of Python's `with container:`. Works with sync and async
   * functions; returns what `fn` returns.
   * @example const [left, right] = st.columns(2); await left.with(async () => { st.metric('Rows', rows.length); });
   */
  with<R>(fn: () => R): R {
    return coreOf(this).with(fn);
  }

  /** The sidebar, as Streamlit's `st.sidebar`. */
  get sidebar(): this {
    return wrapCore<this>(new DeltaGeneratorCore(coreOf(this).host, { kind: 'root', root: 1 }));
  }

  /** A container for grouping elements, as Streamlit's `st.container`; with `height` it scrolls. @example const box = st.container({ border: true }); */
  container(options?: ContainerOptions): this {
    return wrapCore<this>(containerBlock(coreOf(this), options));
  }

  /**
   * Side-by-side columns, as Streamlit's `st.columns`: a count, or relative widths (`[2, 1]`).
   * A literal count or list gives a tuple, so `const [a, b] = st.columns(2)` needs no `!`.
   * @throws LitUiError `InvalidArgument` for a spec that is not a positive count or list of positive numbers.
   * @example const [left, right] = st.columns([2, 1]);
   */
  columns<const S extends readonly number[]>(spec: S, options?: ColumnsOptions): { -readonly [K in keyof S]: this };
  columns<N extends number>(spec: N, options?: ColumnsOptions): TupleOf<this, N>;
  columns(spec: number | readonly number[], options?: ColumnsOptions): this[] {
    return columnBlocks(coreOf(this), spec, options).map((core) => wrapCore<this>(core));
  }

  /**
   * Tabs, as Streamlit's `st.tabs`: one container per tab (a tuple for a literal list).
   * @throws LitUiError `InvalidArgument` without labels.
   * @example const [chart, data] = st.tabs(['Chart', 'Data']);
   */
  tabs<const L extends readonly string[]>(labels: L, options?: TabsOptions): { -readonly [K in keyof L]: this };
  tabs(labels: readonly string[], _options?: TabsOptions): this[] {
    return tabBlocks(coreOf(this), labels).map((core) => wrapCore<this>(core));
  }

  /** A collapsible section, as Streamlit's `st.expander`; collapsed unless `expanded`. */
  expander(label: string, options?: ExpanderOptions): this {
    return wrapCore<this>(expanderBlock(coreOf(this), label, options));
  }

  /** A button that opens a floating panel, as Streamlit's `st.popover`. */
  popover(label: string, options?: PopoverOptions): this {
    return wrapCore<this>(popoverBlock(coreOf(this), label, options));
  }

  /**
   * A single-element placeholder, as Streamlit's `st.empty`: each write to the
   * returned handle replaces what it shows; `.empty()` clears it.
   * @example const slot = st.empty(); slot.text('Loading…'); slot.success('Done');
   */
  empty(): this {
    const slot = emptyHandle(coreOf(this));
    return slot === coreOf(this) ? this : wrapCore<this>(slot);
  }

  /** A chat message bubble with an avatar, as Streamlit's `st.chat_message`. @example st.chatMessage('user').markdown(prompt) */
  chatMessage(name: string, options?: ChatMessageOptions): this {
    return wrapCore<this>(chatMessageBlock(coreOf(this), name, options));
  }

  /**
   * A form, as Streamlit's `st.form`: its widgets' changes stay in the browser
   * until its `formSubmitButton` is clicked, then arrive together in one rerun.
   * Only the submit button may have a callback.
   * @throws LitUiError `NestedForm` inside another form; `DuplicateFormKey` for a key used twice in a run.
   * @example const f = st.form('signup'); const name = f.textInput('Name'); if (f.formSubmitButton('Save')) save(name);
   */
  form(key: string, options?: FormOptions): this {
    return wrapCore<this>(formBlock(coreOf(this), key, options));
  }

  /**
   * A form's submit button, as Streamlit's `st.form_submit_button`: sends the
   * form's held changes and is true for the one run after the click.
   * @throws LitUiError `SubmitButtonOutsideForm` outside a form.
   */
  formSubmitButton(label = 'Submit', options: ButtonOptions = {}): boolean {
    return formSubmitButton(coreOf(this), label, options);
  }
}
