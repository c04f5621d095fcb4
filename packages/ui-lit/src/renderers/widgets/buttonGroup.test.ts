import { afterEach, describe, expect, it } from 'vitest';
import { PillsWidget, SegmentedControlWidget, toggledSelection } from './buttonGroup.js';
import { mountWidget } from './fakeWidgetManager.js';

if (customElements.get('test-pills') === undefined) customElements.define('test-pills', PillsWidget);
if (customElements.get('test-segmented') === undefined) customElements.define('test-segmented', SegmentedControlWidget);

afterEach(() => {
  document.body.innerHTML = '';
});

const proto = (extra: Record<string, unknown> = {}) => ({
  type: 'pills',
  id: 'p1',
  label: 'Tags',
  value: [1],
  options: ['news', ':material/star: **top**', 'tech'],
  selectionMode: 'single',
  ...extra,
});

const buttons = (el: HTMLElement) => [...el.querySelectorAll<HTMLButtonElement>('button.lu-group-option')];

describe('toggledSelection', () => {
  it('single mode picks one or clears; multi mode toggles in option order', () => {
    expect(toggledSelection([1], 2, 'single')).toEqual([2]);
    expect(toggledSelection([1], 1, 'single')).toEqual([]);
    expect(toggledSelection([2], 0, 'multi')).toEqual([0, 2]);
    expect(toggledSelection([0, 2], 2, 'multi')).toEqual([0]);
  });
});

describe('<lit-ui-pills> and <lit-ui-segmented-control>', () => {
  it('is a group named by its label, one pressed button per chosen option, icons and markdown in labels', async () => {
    const { el } = await mountWidget<PillsWidget>('test-pills', proto());
    const group = el.querySelector('[role="group"]') as HTMLElement;
    expect(document.getElementById(group.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Tags');
    expect(group.classList.contains('lu-pills')).toBe(true);
    expect(buttons(el).map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false']);
    expect(buttons(el)[1]!.querySelector('.lu-group-icon.lu-material')?.textContent).toBe('star');
    expect(buttons(el)[1]!.querySelector('strong')?.textContent).toBe('top');
  });

  it('single mode sends the clicked index, and an empty list when the chosen one is clicked', async () => {
    const { el, widgets } = await mountWidget<PillsWidget>('test-pills', proto());
    buttons(el)[2]!.click();
    await el.updateComplete;
    buttons(el)[2]!.click();
    await el.updateComplete;
    expect(widgets.calls).toEqual([
      { method: 'set', id: 'p1', value: [2], debounce: false },
      { method: 'set', id: 'p1', value: [], debounce: false },
    ]);
    expect(buttons(el).every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
  });

  it('multi mode toggles each option; the segmented control is joined', async () => {
    const { el, widgets } = await mountWidget<SegmentedControlWidget>('test-segmented', proto({ type: 'segmentedControl', selectionMode: 'multi' }));
    expect(el.querySelector('.lu-segmented')).not.toBeNull();
    buttons(el)[0]!.click();
    await el.updateComplete;
    expect(widgets.calls.at(-1)?.value).toEqual([0, 1]);
    expect(buttons(el).map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'true', 'false']);
  });

  it('disabled: every button disabled and clicks send nothing', async () => {
    const { el, widgets } = await mountWidget<PillsWidget>('test-pills', proto({ disabled: true }));
    expect(buttons(el).every((b) => b.disabled)).toBe(true);
    buttons(el)[0]!.click();
    expect(widgets.calls).toEqual([]);
  });
});
