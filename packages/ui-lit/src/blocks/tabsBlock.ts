import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { BlockElement } from './blockElement.js';
import { staleClass } from './blockEnv.js';
import { renderLabelText } from '../renderers/widgets/labelText.js';
import type { BlockNodeOf } from './layoutBlocks.js';

/**
 * `<lit-ui-tabs>`: the renderer of `st.tabs([...])`. A tab bar (arrow keys,
 * Home and End move between tabs) above one panel per `tab` child; only the
 * active panel is visible, the others stay in the DOM (hidden) so their
 * state survives switching.
 */
export class TabsBlock extends BlockElement<BlockNodeOf<'tabs'>> {
  /** Reactive properties, plus the active tab index. */
  static override properties = { ...BlockElement.properties, active: { state: true } };

  /** Index of the visible tab. */
  declare active: number;

  constructor() {
    super();
    this.active = 0;
  }

  private labelOf(index: number): string {
    const child = this.node.children[index];
    if (child?.kind === 'block' && child.proto?.type === 'tab') return child.proto.label;
    return this.node.proto.labels[index] ?? `Tab ${index + 1}`;
  }

  private select(index: number, focus: boolean): void {
    const count = this.node.children.length;
    if (count === 0) return;
    this.active = ((index % count) + count) % count;
    if (focus) {
      void this.updateComplete.then(() => {
        this.querySelector<HTMLElement>(`#${this.idPrefix}-tab-${this.active}`)?.focus();
      });
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    const moves: Record<string, number> = {
      ArrowRight: this.active + 1,
      ArrowLeft: this.active - 1,
      Home: 0,
      End: this.node.children.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.select(next, true);
  }

  protected override render(): unknown {
    const { node, path, env } = this;
    const children = node.children;
    const active = Math.min(this.active, Math.max(0, children.length - 1));
    const id = this.idPrefix;
    return html`<div class="lu-tablist" role="tablist" @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}>
        ${children.map(
          (_, i) => html`<button
            type="button"
            role="tab"
            class="lu-tab"
            id=${`${id}-tab-${i}`}
            aria-selected=${i === active ? 'true' : 'false'}
            aria-controls=${`${id}-panel-${i}`}
            tabindex=${i === active ? 0 : -1}
            @click=${() => this.select(i, false)}
          >
            ${renderLabelText(this.labelOf(i))}
          </button>`,
        )}
      </div>
      ${repeat(
        children,
        (_, i) => i,
        (child, i) => {
          const key = `${path}.${i}`;
          return html`<div
            class="lu-stack lu-tabpanel${staleClass(env, key, this.node, i)}"
            role="tabpanel"
            id=${`${id}-panel-${i}`}
            aria-labelledby=${`${id}-tab-${i}`}
            ?hidden=${i !== active}
          >
            ${child.kind === 'block' ? env.renderChildren(child, key, env) : nothing}
          </div>`;
        },
      )}`;
  }
}
