import { noChange } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';

/** How often the shown time is updated, in ms (it shows tenths of a second). */
const TICK_MS = 100;

/** Formats an elapsed time as Streamlit's spinner does: `(2.4 seconds)`. */
export function formatElapsed(ms: number): string {
  return `(${(Math.max(0, ms) / 1000).toFixed(1)} seconds)`;
}

class ElapsedTimeDirective extends AsyncDirective {
  private startedAt = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  render(elapsedMs: number): string {
    // The first render fixes the start; later renders (same element, new proto) keep counting from it.
    if (this.startedAt === 0) this.startedAt = performance.now() - elapsedMs;
    this.start();
    return formatElapsed(performance.now() - this.startedAt);
  }

  private start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => this.setValue(formatElapsed(performance.now() - this.startedAt)), TICK_MS);
  }

  protected override disconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  protected override reconnected(): void {
    this.start();
    this.setValue(noChange);
  }
}

/**
 * Lit directive: text showing the time elapsed since a start `elapsedMs`
 * before its first render, updated every 100 ms while in the page, as
 * Streamlit's `st.spinner(show_time=True)`: `(2.4 seconds)`.
 *
 * @example html`<span>${elapsedTime(proto.elapsedMs ?? 0)}</span>`
 */
export const elapsedTime = directive(ElapsedTimeDirective);
