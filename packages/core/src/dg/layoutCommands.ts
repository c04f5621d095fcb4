import { makeProto } from '../elements/proto.js';
import { spinnerProto } from '../elements/status.js';
import { ErrorCode, LitUiError, invalidArgument } from '../errors.js';
import type { BlockProtoOf, BlockType } from '../protocol/elements.js';
import { DataCommands } from './dataCommands.js';

/** Options of `st.columns`, as Streamlit's `st.columns`. */
export interface ColumnsOptions {
  /** Space between columns. Default `'small'`. */
  readonly gap?: 'small' | 'medium' | 'large';
  /** Alignment of the columns' contents. Default `'top'`. */
  readonly verticalAlignment?: 'top' | 'center' | 'bottom';
  /** Draw a border around each column. */
  readonly border?: boolean;
}

/** Options of `st.form`, as Streamlit's `st.form`. */
export interface FormOptions {
  /** Reset the form's widgets to their defaults after a submit. Default false. */
  readonly clearOnSubmit?: boolean;
  /** Enter in a text input submits the form. Default true. */
  readonly enterToSubmit?: boolean;
  /** Draw a border around the form. Default true. */
  readonly border?: boolean;
}

/** What `status.update()` takes. */
export interface StatusUpdate {
  readonly label?: string;
  readonly state?: 'running' | 'complete' | 'error';
  readonly expanded?: boolean;
}

/** A tuple of `N` items of `T` for small literal `N`, else an array. */
export type TupleOf<T, N extends number, Acc extends T[] = []> = number extends N
  ? T[]
  : Acc['length'] extends N
    ? Acc
    : Acc['length'] extends 12
      ? T[]
      : TupleOf<T, N, [...Acc, T]>;

/** The spinner appears only when the work takes longer than this, so fast work never flickers (as Streamlit). */
export const SPINNER_DELAY_MS = 500;

/** Containers: each returns a DeltaGenerator (or several) that writes inside the new block. */
export class LayoutCommands extends DataCommands {
  /**
   * A container for grouping elements, as Streamlit's `st.container`; with
   * `height` it scrolls.
   * @example const box = st.container({ border: true }); box.text('inside');
   */
  container(options: { readonly border?: boolean; readonly height?: number; readonly key?: string } = {}): this {
    return this.putBlock(makeBlock('vertical', { border: options.border || undefined, height: options.height, key: options.key }));
  }

  /**
   * Side-by-side columns, as Streamlit's `st.columns`: a count, or relative
   * widths (`[2, 1]`).
   * A literal count or list gives a tuple, so `const [a, b] = st.columns(2)` needs no `!`.
   * @throws LitUiError `InvalidArgument` for a spec that is not a positive count or list of positive numbers.
   * @example const [left, right] = st.columns([2, 1]);
   */
  columns<const S extends readonly number[]>(spec: S, options?: ColumnsOptions): { -readonly [K in keyof S]: this };
  columns<N extends number>(spec: N, options?: ColumnsOptions): TupleOf<this, N>;
  columns(spec: number | readonly number[], options: ColumnsOptions = {}): this[] {
    const weights = typeof spec === 'number' ? Array.from({ length: spec }, () => 1) : [...spec];
    if ((typeof spec === 'number' && (!Number.isInteger(spec) || spec < 1)) || weights.length === 0 || weights.some((w) => !(w > 0))) {
      throw invalidArgument('The spec of st.columns must be a positive integer (number of columns) or a list of positive numbers (relative widths).');
    }
    const row = this.putBlock(makeBlock('horizontal', { gap: options.gap ?? 'small', verticalAlignment: options.verticalAlignment ?? 'top' }));
    return weights.map((weight) => row.putBlock(makeBlock('column', { weight, border: options.border || undefined })));
  }

  /**
   * Tabs, as Streamlit's `st.tabs`; returns one container per tab (a tuple for a literal list).
   * @example const [chart, data] = st.tabs(['Chart', 'Data']);
   */
  tabs<const L extends readonly string[]>(labels: L): { -readonly [K in keyof L]: this };
  tabs(labels: readonly string[]): this[] {
    if (labels.length === 0) throw invalidArgument('st.tabs needs at least one tab label.');
    const tabs = this.putBlock(makeBlock('tabs', { labels: [...labels] }));
    return labels.map((label) => tabs.putBlock(makeBlock('tab', { label })));
  }

  /** A collapsible section, as Streamlit's `st.expander`. Collapsed unless `expanded`. */
  expander(label: string, options: { readonly expanded?: boolean; readonly icon?: string } = {}): this {
    return this.putBlock(makeBlock('expander', { label, expanded: Boolean(options.expanded), icon: options.icon }));
  }

  /** A button that opens a floating panel, as Streamlit's `st.popover`. */
  popover(label: string, options: { readonly icon?: string; readonly disabled?: boolean; readonly useContainerWidth?: boolean } = {}): this {
    return this.putBlock(
      makeBlock('popover', {
        label,
        icon: options.icon,
        disabled: options.disabled || undefined,
        useContainerWidth: options.useContainerWidth || undefined,
      }),
    );
  }

  /**
   * A single-element placeholder, as Streamlit's `st.empty`: each write to
   * the returned handle replaces what it shows; `.empty()` clears it;
   * `.container()` turns it into a container.
   * @example const slot = st.empty(); slot.text('Loading…'); slot.success('Done');
   */
  empty(): this {
    if (this.target.kind === 'container' && this.target.container.slot !== undefined) {
      this.putElement(makeProto('empty', {}));
      return this;
    }
    return this.putElementHandle(makeProto('empty', {}));
  }

  /**
   * A form, as Streamlit's `st.form`: its widgets' changes stay in the
   * browser until its `formSubmitButton` is clicked, then arrive together in
   * one rerun. Only the submit button may have a callback.
   * @throws LitUiError `NestedForm` inside another form; `DuplicateFormKey` for a key used twice in a run.
   * @example const f = st.form('signup'); const name = f.textInput('Name'); if (f.formSubmitButton('Save')) save(name);
   */
  form(key: string, options: FormOptions = {}): this {
    const run = this.currentRun();
    if (this.resolve(run).formId !== undefined) {
      throw new LitUiError(ErrorCode.NestedForm, `Forms cannot be nested in other forms (st.form('${key}')).`);
    }
    if (run.formIds.has(key)) {
      throw new LitUiError(ErrorCode.DuplicateFormKey, `There are multiple forms with key '${key}' in this run. Give each form a unique key.`);
    }
    const clearOnSubmit = Boolean(options.clearOnSubmit);
    const form = this.putBlock(
      makeBlock('form', { formId: key, clearOnSubmit, enterToSubmit: options.enterToSubmit ?? true, border: options.border ?? true }),
      { formId: key },
    );
    run.formIds.add(key);
    run.forms.set(key, { container: form.resolve(run), clearOnSubmit, hasSubmitButton: false });
    return form;
  }

  /** A chat message bubble with an avatar, as Streamlit's `st.chat_message`. @example st.chatMessage('user').markdown(prompt) */
  chatMessage(name: string, options: { readonly avatar?: string } = {}): this {
    return this.putBlock(makeBlock('chatMessage', { name, avatar: options.avatar }));
  }

  /**
   * An expandable status box for long work, as Streamlit's `st.status`.
   * The handle is a container with `update({ label, state, expanded })`.
   * @example const s = st.status('Downloading…'); s.text('step 1'); s.update({ label: 'Done', state: 'complete' });
   */
  status(
    label: string,
    options: { readonly expanded?: boolean; readonly state?: StatusUpdate['state'] } = {},
  ): this & { update(change: StatusUpdate): void } {
    let proto = makeBlock('status', { label, state: options.state ?? 'running', expanded: Boolean(options.expanded) });
    const box = this.putBlock(proto);
    const update = (change: StatusUpdate): void => {
      proto = { ...proto, ...dropUndefined(change) };
      const run = this.currentRun();
      run.writer.updateBlock(box.resolve(run), proto);
    };
    return Object.assign(box, { update });
  }

  /**
   * Shows a spinner while `work` runs, as Streamlit's `with st.spinner()`:
   * after {@link SPINNER_DELAY_MS} ms, so fast work shows nothing. Resolves
   * to what `work` returns.
   * @example const data = await st.spinner('Loading…', () => loadData());
   */
  async spinner<R>(text: string, work: () => R | Promise<R>): Promise<R> {
    const slot = this.empty();
    const run = this.currentRun();
    const container = slot.resolve(run);
    const timer = setTimeout(() => {
      if (!run.ended && run.pendingEnd === undefined) run.writer.putElement(container, spinnerProto(text));
    }, SPINNER_DELAY_MS);
    try {
      return await work();
    } finally {
      clearTimeout(timer);
      if (!run.ended) run.writer.putElement(container, makeProto('empty', {}));
    }
  }
}

function makeBlock<T extends BlockType>(type: T, fields: { [K in keyof BlockProtoOf<T>]?: BlockProtoOf<T>[K] | undefined }): BlockProtoOf<T> {
  return { type, ...dropUndefined(fields) } as BlockProtoOf<T>;
}

function dropUndefined<T extends object>(fields: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out as T;
}
