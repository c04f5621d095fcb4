import { html, LitElement, nothing } from 'lit';

/** A theme choice of the menu: the OS setting, or a fixed scheme. */
export type ThemeChoice = 'auto' | 'light' | 'dark';

const CHOICES: readonly { readonly value: ThemeChoice; readonly label: string }[] = [
  { value: 'auto', label: 'Use system setting' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const dotsIcon = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
  <circle cx="12" cy="5" r="1.8" fill="currentColor" /><circle cx="12" cy="12" r="1.8" fill="currentColor" /><circle
    cx="12"
    cy="19"
    r="1.8"
    fill="currentColor"
  />
</svg>`;
const checkIcon = html`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
  <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/**
 * `<lit-ui-app-menu>`: the small settings menu at the top right of a
 * full-page app, as Streamlit's main menu: the app theme (system setting,
 * light, dark) and Rerun. A menu button (`aria-haspopup="menu"`) opens a
 * `role="menu"` list; arrows move between items, Escape or a click outside
 * closes it and gives focus back to the button. It renders into the app's
 * shadow root (light DOM of its own), so the app's styles apply.
 *
 * Fires nothing itself: `<lit-ui-app>` passes `onChoose` and `onRerun`.
 */
export class AppMenu extends LitElement {
  /** Reactive properties. */
  static override properties = {
    choice: { attribute: false },
    onChoose: { attribute: false },
    onRerun: { attribute: false },
    open: { state: true },
  };

  /** The theme choice in force. */
  declare choice: ThemeChoice;
  /** Called with the theme the user picks. */
  declare onChoose: (choice: ThemeChoice) => void;
  /** Called when the user picks Rerun. */
  declare onRerun: () => void;
  declare private open: boolean;

  private readonly outside = (event: Event): void => {
    if (!event.composedPath().includes(this)) this.close(false);
  };

  constructor() {
    super();
    this.choice = 'auto';
    this.onChoose = () => undefined;
    this.onRerun = () => undefined;
    this.open = false;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.outside, true);
  }

  private get items(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
  }

  private toggle(): void {
    if (this.open) this.close(true);
    else {
      this.open = true;
      document.addEventListener('pointerdown', this.outside, true);
      void this.updateComplete.then(() => (this.items.find((i) => i.getAttribute('aria-checked') === 'true') ?? this.items[0])?.focus());
    }
  }

  private close(refocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    document.removeEventListener('pointerdown', this.outside, true);
    if (refocus) this.querySelector<HTMLElement>('.lu-menu-button')?.focus();
  }

  private onKeyDown(event: KeyboardEvent): void {
    const items = this.items;
    const at = items.indexOf(event.target as HTMLElement);
    const move = (to: number): void => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
    } else if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Tab') this.close(false);
  }

  private pick(choice: ThemeChoice): void {
    this.onChoose(choice);
    this.close(true);
  }

  private rerun(): void {
    this.close(true);
    this.onRerun();
  }

  protected override render(): unknown {
    return html`<button
        type="button"
        class="lu-icon-button lu-menu-button"
        part="menu-button"
        aria-label="Main menu"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="lu-app-menu"
        @click=${() => this.toggle()}
      >
        ${dotsIcon}
      </button>
      ${
        this.open
          ? html`<div class="lu-menu" id="lu-app-menu" part="menu" role="menu" aria-label="Main menu" @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}>
            <div class="lu-menu-heading" id="lu-menu-theme" role="presentation">Theme</div>
            <div role="group" aria-labelledby="lu-menu-theme">
              ${CHOICES.map(
                (c) => html`<button
                  type="button"
                  class="lu-menu-item"
                  role="menuitemradio"
                  aria-checked=${this.choice === c.value ? 'true' : 'false'}
                  tabindex="-1"
                  data-theme=${c.value}
                  @click=${() => this.pick(c.value)}
                >
                  <span class="lu-menu-check">${this.choice === c.value ? checkIcon : nothing}</span>${c.label}
                </button>`,
              )}
            </div>
            <div class="lu-menu-separator" role="separator"></div>
            <button type="button" class="lu-menu-item" role="menuitem" tabindex="-1" @click=${() => this.rerun()}>
              <span class="lu-menu-check"></span>Rerun
            </button>
          </div>`
          : nothing
      }`;
  }
}
