import { html, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { inlineStyle } from '../../directives/inlineStyle.js';
import type { JsonValue } from '@lit-ui/core/protocol';
import type { WidgetProto } from '../types.js';
import { decimalsOf } from './widgetNumber.js';
import { WidgetElement } from './widgetElement.js';

/** Places a value label over the rail at `pct` percent (kept inside the rail at both ends); CSSOM, so a strict CSP allows it. */
function labelPosition(pct: number): Record<string, string> {
  return { left: `${pct}%`, transform: `translateX(-${pct}%)` };
}

/**
 * Base of `<lit-ui-slider>` and `<lit-ui-select-slider>`: a track with one
 * thumb (value `n`) or two (value `[lo, hi]`). Subclasses give the bounds,
 * the step and how a value reads. Each thumb is a `role="slider"` element
 * named by the label (a range's two: "<label> minimum" and "<label> maximum"). Dragging sends debounced changes
 * (`set(proto, v, { debounce: true })`) and a final non-debounced one on
 * release; arrows, PageUp/PageDown, Home and End step from the keyboard: a
 * press is sent at once and the thumb moves with the run's output, in one
 * frame (`paintWithRun`, at the latest 32 ms after the press); a held key's
 * repeats move the thumb at once, are debounced, and its release flushes the last one.
 */
export abstract class SliderBase<P extends WidgetProto = WidgetProto> extends WidgetElement<P> {
  static override properties = { ...WidgetElement.properties, active: { state: true }, merged: { state: true } };

  /** Index of the thumb being dragged, or undefined. */
  declare active: number | undefined;
  /** True when the two value labels of a range would overlap and show as one. */
  declare merged: boolean;

  private moved = false;
  private keyMoved = false;
  /** Re-measures the value labels of a range when the slider's width changes. */
  private readonly resizeObserver =
    typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => Array.isArray(this.value) && this.requestUpdate());

  constructor() {
    super();
    this.active = undefined;
    this.merged = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver?.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  /** Lowest value. */
  protected abstract get min(): number;
  /** Highest value. */
  protected abstract get max(): number;
  /** Distance between selectable values. */
  protected abstract get step(): number;
  /** A value as the user reads it (formatted number, date, option text). */
  protected abstract formatValue(v: number): string;

  /** The thumbs' values: `[n]`, or `[lo, hi]` for a range. */
  protected get values(): number[] {
    const v = this.value;
    if (Array.isArray(v)) return v.slice(0, 2).map((x) => (typeof x === 'number' ? x : this.min));
    return [typeof v === 'number' ? v : this.min];
  }

  /** Snaps `v` to the step grid counted from `min`, within the bounds. */
  protected snap(v: number): number {
    const { min, max, step } = this;
    const steps = Math.round((Math.min(max, Math.max(min, v)) - min) / step);
    const decimals = Math.max(decimalsOf(step), decimalsOf(min));
    return Math.min(max, Number((min + steps * step).toFixed(Math.min(15, decimals))));
  }

  /** A thumb's accessible name: the label, and for the two thumbs of a range which end it moves. */
  private thumbName(index: number, count: number): string {
    if (count < 2) return this.plainLabel;
    return `${this.plainLabel} ${index === 0 ? 'minimum' : 'maximum'}`;
  }

  private percent(v: number): number {
    const span = this.max - this.min;
    return span <= 0 ? 0 : ((v - this.min) / span) * 100;
  }

  /**
   * Moves thumb `index` to `v` (kept on its side of the other thumb); true when the value changed. With
   * `paintWithRun` the thumb moves when the server answers (see `WidgetSetOptions.paintWithRun`).
   */
  protected moveThumb(index: number, v: number, debounce: boolean, paintWithRun = false): boolean {
    const next = this.values;
    let target = this.snap(v);
    if (next.length === 2) target = index === 0 ? Math.min(target, next[1]!) : Math.max(target, next[0]!);
    if (target === next[index]) return false;
    next[index] = target;
    const wire: JsonValue = next.length === 2 ? [next[0]!, next[1]!] : target;
    this.ctx.widgets.set(this.proto, wire, { debounce, paintWithRun });
    return true;
  }

  /** Sends the current value without debounce, ending a drag or key press. */
  protected flush(): void {
    const v = this.values;
    this.ctx.widgets.set(this.proto, v.length === 2 ? [v[0]!, v[1]!] : v[0]!);
  }

  private valueAt(clientX: number, rail: HTMLElement): number {
    const rect = rail.getBoundingClientRect();
    const ratio = rect.width > 0 ? (clientX - rect.left) / rect.width : 0;
    return this.min + Math.min(1, Math.max(0, ratio)) * (this.max - this.min);
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.disabled || event.button !== 0) return;
    const rail = event.currentTarget as HTMLElement;
    const v = this.valueAt(event.clientX, rail.querySelector<HTMLElement>('.lu-slider-inner') ?? rail);
    const [lo = 0, hi] = this.values;
    const index = hi === undefined || v <= lo ? 0 : v >= hi ? 1 : v - lo < hi - v ? 0 : 1;
    event.preventDefault();
    rail.setPointerCapture?.(event.pointerId);
    this.active = index;
    this.moved = this.moveThumb(index, v, true);
    this.querySelectorAll<HTMLElement>('.lu-slider-thumb')[index]?.focus();
  }

  private onPointerMove(event: PointerEvent): void {
    if (this.active === undefined) return;
    const rail = event.currentTarget as HTMLElement;
    if (this.moveThumb(this.active, this.valueAt(event.clientX, rail.querySelector<HTMLElement>('.lu-slider-inner') ?? rail), true))
      this.moved = true;
  }

  private onPointerUp(): void {
    if (this.active === undefined) return;
    this.active = undefined;
    if (this.moved) this.flush();
    this.moved = false;
  }

  private onKeyDown(event: KeyboardEvent, index: number): void {
    if (this.disabled) return;
    const { min, max, step } = this;
    const current = this.values[index] ?? min;
    const page = Math.max(step, Math.round((max - min) / 10 / step) * step);
    const targets: Record<string, number> = {
      ArrowRight: current + step,
      ArrowUp: current + step,
      ArrowLeft: current - step,
      ArrowDown: current - step,
      PageUp: current + page,
      PageDown: current - page,
      Home: min,
      End: max,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    // A single press is sent at once (a rerun per press, as a click) and the thumb moves in the frame that shows the
    // run's output; a held key's repeats move it at once, are debounced and flushed on release.
    if (this.moveThumb(index, target, event.repeat, !event.repeat) && event.repeat) this.keyMoved = true;
  }

  private onKeyUp(): void {
    if (!this.keyMoved) return;
    this.keyMoved = false;
    this.flush();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Only a range has two labels that can overlap; measuring forces a layout of the whole page.
    if (!Array.isArray(this.value) && !this.merged) return;
    const labels = this.querySelectorAll<HTMLElement>('.lu-slider-value:not(.lu-slider-value--merged)');
    const [a, b] = [labels[0]?.getBoundingClientRect(), labels[1]?.getBoundingClientRect()];
    const merged = a !== undefined && b !== undefined && a.width > 0 && a.right + 4 > b.left;
    if (merged !== this.merged) this.merged = merged;
  }

  protected override render(): unknown {
    const values = this.values;
    const pcts = values.map((v) => this.percent(v));
    const [start, end] = pcts.length === 2 ? [pcts[0]!, pcts[1]!] : [0, pcts[0]!];
    const texts = values.map((v) => this.formatValue(v));
    const mid = (start + end) / 2;
    return html`${this.renderLabel(null)}
      <div class="lu-slider${this.disabled ? ' lu-slider--disabled' : ''}${this.active !== undefined ? ' lu-slider--dragging' : ''}">
        <div class="lu-slider-rail" @pointerdown=${(e: PointerEvent) => this.onPointerDown(e)} @pointermove=${(e: PointerEvent) => this.onPointerMove(e)}
          @pointerup=${() => this.onPointerUp()} @pointercancel=${() => this.onPointerUp()} @lostpointercapture=${() => this.onPointerUp()}>
          <div class="lu-slider-inner">
            <div class="lu-slider-track"></div>
            <div class="lu-slider-fill${pcts.length === 2 ? '' : ' lu-slider-fill--from-start'}" style=${inlineStyle({ left: `${start}%`, width: `${end - start}%` })}></div>
            ${repeat(
              pcts,
              (_p, i) => i,
              (p, i) => html`
              <div class="lu-slider-value${this.merged ? ' lu-slider-value--hidden' : ''}" style=${inlineStyle(labelPosition(p))}>${texts[i]}</div>
              <div class="lu-slider-thumb${this.active === i ? ' lu-slider-thumb--active' : ''}" style=${inlineStyle({ left: `${p}%` })} role="slider"
                tabindex=${this.disabled ? -1 : 0} aria-label=${this.thumbName(i, pcts.length)} aria-orientation="horizontal"
                aria-valuemin=${this.min} aria-valuemax=${this.max} aria-valuenow=${values[i]!} aria-valuetext=${texts[i]!}
                aria-disabled=${this.disabled ? 'true' : 'false'}
                @keydown=${(e: KeyboardEvent) => this.onKeyDown(e, i)} @keyup=${() => this.onKeyUp()}></div>`,
            )}
            ${
              this.merged
                ? html`<div class="lu-slider-value lu-slider-value--merged" style=${inlineStyle(labelPosition(mid))}>${texts[0]} – ${texts[1]}</div>`
                : ''
            }
          </div>
        </div>
        <div class="lu-slider-ticks" aria-hidden="true"><span>${this.formatValue(this.min)}</span><span>${this.formatValue(this.max)}</span></div>
      </div>`;
  }
}
