import { afterEach, describe, expect, it } from 'vitest';
import { mountWidget } from './fakeWidgetManager.js';
import { FeedbackWidget } from './feedback.js';

if (customElements.get('test-feedback') === undefined) customElements.define('test-feedback', FeedbackWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

const proto = (options: string, value: number | null, extra: Record<string, unknown> = {}) => ({
  type: 'feedback',
  id: 'f1',
  label: '',
  labelVisibility: 'collapsed' as const,
  value,
  options,
  ...extra,
});

const buttons = (el: HTMLElement) => [...el.querySelectorAll<HTMLButtonElement>('button.lu-feedback-option')];

describe('<lit-ui-feedback>', () => {
  it('thumbs: up first (sentiment 1), down second (0), each named', async () => {
    const { el, widgets } = await mountWidget<FeedbackWidget>('test-feedback', proto('thumbs', null));
    expect(buttons(el).map((b) => b.getAttribute('aria-label'))).toEqual(['Thumbs up', 'Thumbs down']);
    buttons(el)[1]!.click();
    await el.updateComplete;
    expect(widgets.calls).toEqual([{ method: 'set', id: 'f1', value: 0, debounce: false }]);
    expect(buttons(el).map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
  });

  it('stars light every star up to the chosen one; clicking it again clears', async () => {
    const { el, widgets } = await mountWidget<FeedbackWidget>('test-feedback', proto('stars', 2));
    expect(buttons(el).map((b) => b.classList.contains('lu-feedback-option--on'))).toEqual([true, true, true, false, false]);
    expect(buttons(el).map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true', 'false', 'false']);
    buttons(el)[2]!.click();
    await el.updateComplete;
    expect(widgets.calls).toEqual([{ method: 'set', id: 'f1', value: null, debounce: false }]);
    expect(el.querySelectorAll('.lu-feedback-option--on')).toHaveLength(0);
  });

  it('faces: five named choices; disabled sends nothing', async () => {
    const { el, widgets } = await mountWidget<FeedbackWidget>('test-feedback', proto('faces', null, { disabled: true }));
    expect(buttons(el).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Very dissatisfied',
      'Dissatisfied',
      'Neutral',
      'Satisfied',
      'Very satisfied',
    ]);
    buttons(el)[4]!.click();
    expect(widgets.calls).toEqual([]);
  });
});
