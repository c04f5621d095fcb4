import { afterEach, describe, expect, it } from 'vitest';
import { mountWidget } from './fakeWidgetManager.js';
import { SelectSliderWidget } from './selectSlider.js';

if (customElements.get('test-select-slider') === undefined) customElements.define('test-select-slider', SelectSliderWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

const options = ['XS', 'S', 'M', 'L', 'XL'];
const key = (target: Element, k: string) => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  target.dispatchEvent(new KeyboardEvent('keyup', { key: k, bubbles: true }));
};

describe('<lit-ui-select-slider>', () => {
  it('shows option texts and sends indices', async () => {
    const proto = { type: 'selectSlider', id: 'z', label: 'Size', value: 2, options };
    const { el, widgets } = await mountWidget<SelectSliderWidget>('test-select-slider', proto);
    const thumb = el.querySelector('[role="slider"]') as HTMLElement;
    expect(thumb.getAttribute('aria-valuetext')).toBe('M');
    expect(thumb.getAttribute('aria-valuemax')).toBe('4');
    expect(el.querySelector('.lu-slider-ticks')?.textContent).toBe('XSXL');
    key(thumb, 'ArrowRight');
    await el.updateComplete;
    expect(widgets.calls.at(-1)).toEqual({ method: 'set', id: 'z', value: 3, debounce: false, paintWithRun: true });
    expect(el.querySelector('.lu-slider-value')?.textContent).toBe('L');
  });

  it('handles a range of options', async () => {
    const proto = { type: 'selectSlider', id: 'z', label: 'Sizes', value: [1, 3], options };
    const { el, widgets } = await mountWidget<SelectSliderWidget>('test-select-slider', proto);
    const thumbs = el.querySelectorAll('[role="slider"]');
    expect([...thumbs].map((t) => t.getAttribute('aria-valuetext'))).toEqual(['S', 'L']);
    key(thumbs[1]!, 'Home');
    expect(widgets.calls.at(-1)).toEqual({ method: 'set', id: 'z', value: [1, 1], debounce: false, paintWithRun: true });
  });
});
