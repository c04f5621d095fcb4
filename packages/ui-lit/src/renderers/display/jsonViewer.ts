import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { JsonValue } from '@lit-ui/core/protocol';
import { copyButton } from './copy.js';

/** Children shown per object/array before a "show more" button. */
const PAGE = 100;

type Container = JsonValue[] | { [key: string]: JsonValue };

function isContainer(value: JsonValue): value is Container {
  return typeof value === 'object' && value !== null;
}

function leafClass(value: JsonValue): string {
  return value === null ? 'null' : typeof value;
}

function leafText(value: Exclude<JsonValue, Container>): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * `<lit-ui-json>`: a collapsible JSON tree, as Streamlit's `st.json`.
 * `expanded` is `true` (all open), `false` (all closed) or a depth (levels
 * open from the root). The user's own open/close clicks are kept across
 * reruns until `expanded` changes.
 */
export class JsonViewer extends LitElement {
  /** Reactive properties, set by the renderer. */
  static override properties = {
    value: { attribute: false },
    expanded: { attribute: false },
    toggled: { state: true },
    shown: { state: true },
  };

  /** The JSON value shown. */
  declare value: JsonValue;
  /** `true`, `false`, or the number of levels open. */
  declare expanded: boolean | number;
  declare private toggled: ReadonlyMap<string, boolean>;
  declare private shown: ReadonlyMap<string, number>;

  constructor() {
    super();
    this.value = null;
    this.expanded = true;
    this.toggled = new Map();
    this.shown = new Map();
  }

  /** Light DOM: the app's stylesheet applies. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('expanded') && changed.get('expanded') !== undefined) this.toggled = new Map();
  }

  private isOpen(path: string, depth: number): boolean {
    const own = this.toggled.get(path);
    if (own !== undefined) return own;
    return this.expanded === true || (typeof this.expanded === 'number' && depth < this.expanded);
  }

  private toggle(path: string, open: boolean): void {
    this.toggled = new Map(this.toggled).set(path, !open);
  }

  private showMore(path: string, count: number): void {
    this.shown = new Map(this.shown).set(path, count + PAGE);
  }

  private key(name: string | number | undefined): unknown {
    if (name === undefined) return nothing;
    const text = typeof name === 'number' ? String(name) : JSON.stringify(name);
    return html`<span class=${typeof name === 'number' ? 'lu-json-index' : 'lu-json-key'}>${text}</span><span class="lu-json-colon">:</span>`;
  }

  private node(value: JsonValue, name: string | number | undefined, path: string, depth: number): unknown {
    if (!isContainer(value)) {
      return html`<div class="lu-json-row">${this.key(name)}<span class="lu-json-${leafClass(value)}">${leafText(value)}</span></div>`;
    }
    const isArray = Array.isArray(value);
    const entries: [string | number, JsonValue][] = isArray ? value.map((v, i) => [i, v]) : Object.entries(value);
    const [openBrace, closeBrace] = isArray ? ['[', ']'] : ['{', '}'];
    const open = entries.length > 0 && this.isOpen(path, depth);
    const count = html`<span class="lu-json-count">${entries.length} ${entries.length === 1 ? 'item' : 'items'}</span>`;
    if (!open) {
      return html`<div class="lu-json-row">
        <button type="button" class="lu-json-toggle" aria-expanded="false" ?disabled=${entries.length === 0}
          @click=${() => this.toggle(path, false)}><span class="lu-json-caret"></span>${this.key(name)}<span class="lu-json-brace"
            >${openBrace}${entries.length > 0 ? '…' : ''}${closeBrace}</span
          >${count}</button>
      </div>`;
    }
    const limit = this.shown.get(path) ?? PAGE;
    const visible = entries.slice(0, limit);
    return html`<div class="lu-json-row lu-json-open">
      <button type="button" class="lu-json-toggle" aria-expanded="true" @click=${() => this.toggle(path, true)}>
        <span class="lu-json-caret"></span>${this.key(name)}<span class="lu-json-brace">${openBrace}</span>${count}
      </button>
      <div class="lu-json-children">
        ${visible.map(([k, v]) => this.node(v, k, `${path}/${String(k)}`, depth + 1))}
        ${
          entries.length > limit
            ? html`<button type="button" class="lu-json-more" @click=${() => this.showMore(path, limit)}>
              Show ${Math.min(PAGE, entries.length - limit)} more of ${entries.length - limit}
            </button>`
            : nothing
        }
      </div>
      <span class="lu-json-brace lu-json-close">${closeBrace}</span>
    </div>`;
  }

  protected override render(): unknown {
    return html`<div class="lu-json">
      ${this.node(this.value, undefined, '', 0)}
      ${copyButton(() => JSON.stringify(this.value, null, 2), 'Copy JSON')}
    </div>`;
  }
}
