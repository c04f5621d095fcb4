import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { WidgetProto } from '../types.js';
import { WidgetElement } from './widgetElement.js';

/** Fields shared by the text widgets' protos. */
export type TextFieldProto = WidgetProto & {
  readonly value: string | null;
  readonly maxChars?: number;
  readonly placeholder?: string;
};

/**
 * Base of `<lit-ui-text-input>` and `<lit-ui-text-area>`: the editing model
 * of Streamlit's text widgets. Typing only changes a local draft; the draft
 * is committed (`ctx.widgets.set`) on the commit key (Enter, or Ctrl/⌘+Enter
 * in a text area) or when the field loses focus, and only when it differs
 * from the value shown before. Inside a form the commit key also submits the
 * form (`ctx.widgets.submitForm`). While a draft is uncommitted a hint says
 * how to apply it; with `maxChars` a `n/max` counter shows.
 */
export class TextFieldElement<P extends TextFieldProto = TextFieldProto> extends WidgetElement<P> {
  static override properties = { ...WidgetElement.properties, draft: { state: true }, focused: { state: true } };

  /** The text being edited, or undefined when the field shows the committed value. */
  declare draft: string | undefined;
  /** True while the field has focus. */
  declare focused: boolean;

  private lastShown: unknown;

  constructor() {
    super();
    this.draft = undefined;
    this.focused = false;
  }

  /** The committed text (the widget manager's value); null reads as empty. */
  protected get committed(): string {
    return typeof this.value === 'string' ? this.value : '';
  }

  /** The text the field shows: the draft while editing, else the committed value. */
  protected get text(): string {
    return this.draft ?? this.committed;
  }

  /** True when the draft differs from the committed text. */
  protected get dirty(): boolean {
    return this.draft !== undefined && this.draft !== this.committed;
  }

  /** The hint shown while dirty, e.g. "Press Enter to apply". */
  protected get hint(): string {
    return this.proto.formId !== undefined ? 'Press Enter to submit form' : 'Press Enter to apply';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A new value from the server (session state, clearOnSubmit) replaces the draft.
    const shown = this.value;
    if (this.lastShown !== undefined && shown !== this.lastShown) this.draft = undefined;
    this.lastShown = shown;
  }

  /** Commits the draft when it changed; returns true when a change was sent. */
  protected commit(): boolean {
    const draft = this.draft;
    this.draft = undefined;
    if (draft === undefined || draft === this.committed) return false;
    this.lastShown = draft;
    this.ctx.widgets.set(this.proto, draft);
    return true;
  }

  /** What the commit key does: commit, then submit the form when in one. */
  protected commitFromKey(): void {
    this.commit();
    const formId = this.proto.formId;
    if (formId !== undefined) this.ctx.widgets.submitForm(formId);
  }

  /** `input` handler of the field: updates the draft. */
  protected onInput(event: Event): void {
    this.draft = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  /** `focus` handler of the field. */
  protected onFocus(): void {
    this.focused = true;
  }

  /** `blur` handler of the field: commits. */
  protected onBlur(): void {
    this.focused = false;
    this.commit();
  }

  /** The bottom-right notes: the apply hint while dirty, the `n/max` counter with `maxChars`. */
  protected renderInstructions(): TemplateResult | typeof nothing {
    const max = this.proto.maxChars;
    const showHint = this.dirty && this.focused;
    if (!showHint && (max === undefined || max === null)) return nothing;
    const count = max === undefined || max === null ? nothing : html`<span class="lu-text-count">${this.text.length}/${max}</span>`;
    return html`<div class="lu-text-instructions" aria-live="polite">
      ${showHint ? html`<span class="lu-text-hint">${this.hint}</span>` : nothing}${count}
    </div>`;
  }
}
