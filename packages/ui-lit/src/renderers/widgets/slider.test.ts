import { afterEach, describe, expect, it } from 'vitest';
import { mountWidget } from './fakeWidgetManager.js';
import { SliderWidget } from './slider.js';

if (customElements.get('test-slider') === undefined) customElements.define('test-slider', SliderWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

const proto = (extra: Record<string, unknown> = {}) => ({
  type: 'slider',
  id: 's1',
  label: 'Min **horsepower**',
  value: 100,
  min: 40,
  max: 240,
  step: 10,
  dataType: 'int',
  ...extra,
});
const thumbs = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('[role="slider"]')];
const key = (target: HTMLElement, k: string) => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  target.dispatchEvent(new KeyboardEvent('keyup', { key: k, bubbles: true }));
};

/** Gives the slider's inner track a 200px-wide box at x = 0, so clientX maps to a value. */
function layOut(el: HTMLElement): HTMLElement {
  const inner = el.querySelector('.lu-slider-inner') as HTMLElement;
  inner.getBoundingClientRect = () => ({ left: 0, right: 200, width: 200, top: 0, bottom: 12, height: 12, x: 0, y: 0, toJSON: () => ({}) });
  return el.querySelector('.lu-slider-rail') as HTMLElement;
}
const pointer = (target: HTMLElement, type: string, clientX: number) =>
  target.dispatchEvent(new PointerEvent(type, { clientX, button: 0, pointerId: 1, bubbles: true, cancelable: true }));

describe('<lit-ui-slider>', () => {
  it('renders an accessible thumb named by the label, the value and the bounds', async () => {
    const { el } = await mountWidget<SliderWidget>('test-slider', proto({ help: 'hp' }));
    const [thumb] = thumbs(el);
    expect(thumb!.getAttribute('aria-label')).toBe('Min horsepower');
    expect(thumb!.getAttribute('aria-valuenow')).toBe('100');
    expect(thumb!.getAttribute('aria-valuemin')).toBe('40');
    expect(thumb!.getAttribute('aria-valuemax')).toBe('240');
    expect(thumb!.tabIndex).toBe(0);
    expect(el.querySelector('.lu-slider-value')?.textContent).toBe('100');
    expect(el.querySelector('.lu-slider-ticks')?.textContent).toBe('40240');
    expect(el.querySelector<HTMLElement>('.lu-slider-fill')?.style.width).toBe('30%');
  });

  it('steps from the keyboard: a press sent at once (shown with the run: paintWithRun), a held key debounced and flushed on release', async () => {
    const { el, widgets } = await mountWidget<SliderWidget>('test-slider', proto());
    const [thumb] = thumbs(el);
    key(thumb!, 'ArrowRight');
    expect(widgets.calls).toEqual([{ method: 'set', id: 's1', value: 110, debounce: false, paintWithRun: true }]);
    widgets.calls.length = 0;
    thumb!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
    thumb!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', repeat: true, bubbles: true, cancelable: true }));
    thumb!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', repeat: true, bubbles: true, cancelable: true }));
    thumb!.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight', bubbles: true }));
    expect(widgets.calls).toEqual([
      { method: 'set', id: 's1', value: 120, debounce: false, paintWithRun: true },
      { method: 'set', id: 's1', value: 130, debounce: true },
      { method: 'set', id: 's1', value: 140, debounce: true },
      { method: 'set', id: 's1', value: 140, debounce: false },
    ]);
    widgets.calls.length = 0;
    key(thumb!, 'End');
    key(thumb!, 'PageDown');
    key(thumb!, 'Home');
    key(thumb!, 'ArrowLeft');
    expect(widgets.calls.filter((c) => !c.debounce).map((c) => c.value)).toEqual([240, 220, 40]);
  });

  it('drags with debounced changes and sends a final change on release', async () => {
    const { el, widgets } = await mountWidget<SliderWidget>('test-slider', proto());
    const rail = layOut(el);
    pointer(rail, 'pointerdown', 50);
    pointer(rail, 'pointermove', 52);
    pointer(rail, 'pointermove', 100);
    pointer(rail, 'pointerup', 100);
    expect(widgets.calls).toEqual([
      { method: 'set', id: 's1', value: 90, debounce: true },
      { method: 'set', id: 's1', value: 140, debounce: true },
      { method: 'set', id: 's1', value: 140, debounce: false },
    ]);
  });

  it('handles a range: two thumbs that never cross, moved by the nearest', async () => {
    const { el, widgets } = await mountWidget<SliderWidget>('test-slider', proto({ value: [60, 200] }));
    expect(thumbs(el).map((t) => t.getAttribute('aria-label'))).toEqual(['Min horsepower minimum', 'Min horsepower maximum']);
    const rail = layOut(el);
    pointer(rail, 'pointerdown', 180);
    pointer(rail, 'pointerup', 180);
    expect(widgets.calls.at(-1)).toEqual({ method: 'set', id: 's1', value: [60, 220], debounce: false });
    key(thumbs(el)[0]!, 'End');
    expect(widgets.calls.at(-1)).toEqual({ method: 'set', id: 's1', value: [220, 220], debounce: false, paintWithRun: true });
  });

  it('formats floats, printf formats and dates', async () => {
    const { el } = await mountWidget<SliderWidget>('test-slider', proto({ value: 0.5, min: 0, max: 1, step: 0.01, dataType: 'float' }));
    expect(el.querySelector('.lu-slider-value')?.textContent).toBe('0.50');
    el.proto = { ...el.proto, format: '%d%%', value: 30, min: 0, max: 100, step: 1, dataType: 'int' };
    await el.updateComplete;
    expect(thumbs(el)[0]!.getAttribute('aria-valuetext')).toBe('30%');
    const day = 86_400_000;
    el.proto = {
      ...el.proto,
      format: undefined,
      dataType: 'date',
      value: Date.UTC(2024, 4, 10),
      min: Date.UTC(2024, 4, 1),
      max: Date.UTC(2024, 4, 31),
      step: day,
    };
    await el.updateComplete;
    expect(el.querySelector('.lu-slider-value')?.textContent).toBe('2024-05-10');
    key(thumbs(el)[0]!, 'ArrowRight');
    await el.updateComplete;
    expect(el.querySelector('.lu-slider-value')?.textContent).toBe('2024-05-11');
  });

  it('ignores input when disabled', async () => {
    const { el, widgets } = await mountWidget<SliderWidget>('test-slider', proto({ disabled: true }));
    key(thumbs(el)[0]!, 'ArrowRight');
    expect(thumbs(el)[0]!.tabIndex).toBe(-1);
    expect(widgets.calls).toEqual([]);
  });
});
