import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { WidgetProto } from '../types.js';
import { plainLabelText } from './labelText.js';
import { WidgetElement } from './widgetElement.js';

/** Fields of option widgets with a dropdown. */
export type ComboboxProto = WidgetProto & { readonly options: readonly string[]; readonly placeholder?: string; readonly acceptNewOptions?: boolean };

/** `active` of the "Add …" entry that offers the typed text as a new option (`acceptNewOptions`). */
export const NEW_OPTION = -2;

/** The dropdown's chevron icon. */
export const chevronIcon = html`<svg class="lu-select-chevron" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
  <path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/**
 * Base of `<lit-ui-selectbox>` and `<lit-ui-multiselect>`: an ARIA 1.2
 * combobox (an `<input role="combobox">` tied to its `<label>`) that opens a
 * listbox of the options. Typing filters the options (case-insensitive,
 * anywhere in the text); ArrowDown/ArrowUp move the highlight, Enter picks,
 * Escape closes, Tab leaves; a click outside closes. The list opens upwards
 * when there is no room below. With `acceptNewOptions`, typed text that is no
 * option's label is offered as a last entry, "Add “text”" (an option of the
 * listbox like the others, reached with the arrows; Enter picks it when no
 * option matches), as Streamlit's `accept_new_options`.
 */
export abstract class ComboboxBase<P extends ComboboxProto = ComboboxProto> extends WidgetElement<P> {
  static override properties = {
    ...WidgetElement.properties,
    open: { state: true },
    filter: { state: true },
    active: { state: true },
    upward: { state: true },
  };

  /** True while the listbox shows. */
  declare open: boolean;
  /** Text typed to filter the options; null while not filtering. */
  declare filter: string | null;
  /** Option index of the highlighted option, or -1. */
  declare active: number;
  /** True when the listbox opens above the field. */
  declare upward: boolean;

  constructor() {
    super();
    this.open = false;
    this.filter = null;
    this.active = -1;
    this.upward = false;
  }

  /** What a pick of option `index` does. */
  protected abstract choose(index: number): void;

  /** What a pick of the typed `text` as a new option does (`acceptNewOptions`). */
  protected chooseNew(_text: string): void {}

  /** The typed text offered as a new option, or null (no `acceptNewOptions`, nothing typed, or an option's label). */
  protected get newEntry(): string | null {
    const text = (this.filter ?? '').trim();
    if (!this.proto.acceptNewOptions || text === '') return null;
    return this.proto.options.some((option) => plainLabelText(option) === text) ? null : text;
  }

  /** Entries the arrows move through: the enabled options shown, then the "Add" entry. */
  private get navigable(): number[] {
    const shown = this.shown.filter((i) => this.enabled(i));
    return this.newEntry === null ? shown : [...shown, NEW_OPTION];
  }

  /** id of the listbox entry `active` (an option index or {@link NEW_OPTION}). */
  protected optionId(active: number): string {
    return active === NEW_OPTION ? `${this.uid}-opt-new` : `${this.uid}-opt-${active}`;
  }

  /** True when option `index` belongs in the list (multiselect hides chosen ones). */
  protected listed(_index: number): boolean {
    return true;
  }

  /** True when option `index` can be picked now. */
  protected enabled(_index: number): boolean {
    return true;
  }

  /** id of the listbox element. */
  protected get listId(): string {
    return `${this.uid}-list`;
  }

  /** Option indices shown in the list: listed and matching the filter. */
  protected get shown(): number[] {
    const needle = (this.filter ?? '').trim().toLowerCase();
    const out: number[] = [];
    this.proto.options.forEach((option, i) => {
      if (this.listed(i) && (needle === '' || plainLabelText(option).toLowerCase().includes(needle))) out.push(i);
    });
    return out;
  }

  /** Opens the listbox, highlighting `highlight` (or the first option that can be picked). */
  protected openList(highlight = -1): void {
    if (this.disabled) return;
    const rect = this.getBoundingClientRect();
    const below = (globalThis.innerHeight ?? 0) - rect.bottom;
    this.upward = rect.height > 0 && below < 300 && rect.top > below;
    this.open = true;
    const shown = this.shown;
    this.active = shown.includes(highlight) ? highlight : (shown.find((i) => this.enabled(i)) ?? -1);
  }

  /** Closes the listbox and forgets the filter. */
  protected closeList(): void {
    this.open = false;
    this.filter = null;
    this.active = -1;
  }

  private moveActive(delta: 1 | -1): void {
    const shown = this.navigable;
    if (shown.length === 0) return;
    const at = shown.indexOf(this.active);
    this.active = shown[at === -1 ? (delta === 1 ? 0 : shown.length - 1) : (at + delta + shown.length) % shown.length]!;
  }

  /** Key handling of the combobox input; subclasses may handle more keys first. */
  protected onKeyDown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (!this.open) this.openList();
        else this.moveActive(event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Enter':
        if (!this.open) return;
        event.preventDefault();
        if (this.active === NEW_OPTION && this.newEntry !== null) this.chooseNew(this.newEntry);
        else if (this.active >= 0 && this.enabled(this.active)) this.choose(this.active);
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.closeList();
        }
        break;
      case 'Tab':
        this.closeList();
        break;
      default:
    }
  }

  /** `input` handler: the typed text filters the list. */
  protected onInput(event: Event): void {
    this.filter = (event.target as HTMLInputElement).value;
    if (!this.open) this.openList();
    this.active = this.navigable[0] ?? -1;
  }

  /** Pointer-down on the field: toggles the list and keeps focus in the input. */
  protected onFieldPointerDown(event: PointerEvent): void {
    if (this.disabled || event.button !== 0) return;
    const input = this.querySelector<HTMLInputElement>('input[role="combobox"]');
    if ((event.target as Element).closest('button') !== null) return;
    if (event.target !== input) event.preventDefault();
    input?.focus();
    if (this.open) this.closeList();
    else this.openList();
  }

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next === null || !this.contains(next)) this.closeList();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusout', this.onFocusOut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusout', this.onFocusOut);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.open && changed.has('active') && this.active !== -1) {
      this.querySelector(`#${this.optionId(this.active)}`)?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  /** The combobox text input (filter field) with its ARIA wiring; `extraClass` adds a class. */
  protected renderComboInput(value: string, placeholder: string, extraClass = ''): TemplateResult {
    return html`<input
      class="lu-field-input lu-select-input${extraClass ? ` ${extraClass}` : ''}"
      id=${this.controlId}
      type="text"
      role="combobox"
      autocomplete="off"
      spellcheck="false"
      aria-label=${this.plainLabel}
      aria-autocomplete="list"
      aria-haspopup="listbox"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls=${this.listId}
      aria-activedescendant=${this.open && this.active !== -1 ? this.optionId(this.active) : nothing}
      .value=${live(value)}
      placeholder=${placeholder}
      ?disabled=${this.disabled}
      @input=${(e: Event) => this.onInput(e)}
      @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}
    />`;
  }

  /** The listbox, with an optional note above the options (e.g. the max-selections message). */
  protected renderList(selected: (index: number) => boolean, note?: string): TemplateResult | typeof nothing {
    if (!this.open) return nothing;
    const shown = this.shown;
    const added = this.newEntry;
    return html`<div class="lu-select-menu${this.upward ? ' lu-select-menu--up' : ''}">
      ${note === undefined ? nothing : html`<div class="lu-select-note" role="status">${note}</div>`}
      <ul class="lu-select-list" id=${this.listId} role="listbox" aria-label=${this.plainLabel}
        aria-multiselectable=${this.proto.type === 'multiselect' ? 'true' : nothing}>
        ${shown.length === 0 && added === null ? html`<li class="lu-select-empty" role="presentation">No results</li>` : nothing}
        ${repeat(
          shown,
          (i) => i,
          (i) => html`<li
          class="lu-select-option${i === this.active ? ' lu-select-option--active' : ''}"
          id=${this.optionId(i)} role="option" aria-selected=${selected(i) ? 'true' : 'false'}
          aria-disabled=${this.enabled(i) ? nothing : 'true'}
          @pointerdown=${(e: Event) => e.preventDefault()}
          @pointermove=${() => this.enabled(i) && this.active !== i && (this.active = i)}
          @click=${() => this.enabled(i) && this.choose(i)}
        >${plainLabelText(this.proto.options[i] ?? '')}</li>`,
        )}
        ${
          added === null
            ? nothing
            : html`<li class="lu-select-option${this.active === NEW_OPTION ? ' lu-select-option--active' : ''}"
          id=${this.optionId(NEW_OPTION)} role="option" aria-selected="false"
          @pointerdown=${(e: Event) => e.preventDefault()}
          @pointermove=${() => this.active !== NEW_OPTION && (this.active = NEW_OPTION)}
          @click=${() => this.chooseNew(added)}
        >Add “${added}”</li>`
        }
      </ul>
    </div>`;
  }
}
