import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Widths up to this many px are a phone: the sidebar overlays the page, with a backdrop. */
export const NARROW_PX = 768;

/**
 * The two media queries `<lit-ui-app>` follows live: the OS color scheme
 * (`prefers-color-scheme: dark`, for `theme="auto"`) and a phone-sized
 * viewport (for the sidebar). The host re-renders when either changes.
 * Without `matchMedia` (tests, SSR) both are false.
 */
export class MediaQueryController implements ReactiveController {
  private readonly darkQuery = typeof matchMedia === 'undefined' ? undefined : matchMedia('(prefers-color-scheme: dark)');
  private readonly narrowQuery = typeof matchMedia === 'undefined' ? undefined : matchMedia(`(max-width: ${NARROW_PX}px)`);
  private readonly changed = (): void => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True while the OS asks for a dark color scheme. */
  get prefersDark(): boolean {
    return this.darkQuery?.matches ?? false;
  }

  /** True while the viewport is phone-sized (at most {@link NARROW_PX} px wide). */
  get narrow(): boolean {
    return this.narrowQuery?.matches ?? false;
  }

  hostConnected(): void {
    this.darkQuery?.addEventListener('change', this.changed);
    this.narrowQuery?.addEventListener('change', this.changed);
  }

  hostDisconnected(): void {
    this.darkQuery?.removeEventListener('change', this.changed);
    this.narrowQuery?.removeEventListener('change', this.changed);
  }
}
