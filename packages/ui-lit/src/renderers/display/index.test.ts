import { DATAFRAME_CSS } from './dataframeStyles.js';
import { describe, expect, it } from 'vitest';
import { html, render } from 'lit';
import { elementTypes } from '@lit-ui/core/protocol';
import { displayElements, displayRenderers, displayStyles } from './index.js';
import { helpTooltip } from './help.js';
import { iconSpan, materialIconName } from './icon.js';

/** Every display type of the element map: each needs a renderer. */
const TYPES = elementTypes('display');

describe('display index', () => {
  it('registers a renderer for every display type and none of the shell’s', () => {
    expect(Object.keys(displayRenderers).sort()).toEqual([...TYPES].sort());
    for (const shell of ['toast', 'balloons', 'snow']) expect(displayRenderers[shell]).toBeUndefined();
  });

  it('lists its custom elements under lit-ui- tags', () => {
    expect(Object.keys(displayElements).sort()).toEqual(['lit-ui-code', 'lit-ui-latex']);
    for (const ctor of Object.values(displayElements)) expect(ctor.prototype).toBeInstanceOf(HTMLElement);
  });

  it('ships styles using the theme variables', () => {
    expect(displayStyles.cssText).toContain('var(--lit-ui-primary)');
    expect(displayStyles.cssText).toContain('.lu-table');
    // The dataframe's styles load with it (the element adopts them), not in the initial bundle.
    expect(displayStyles.cssText).not.toContain('.lu-df-row');
    expect(DATAFRAME_CSS).toContain('.lu-df-row');
    expect(DATAFRAME_CSS).toContain('.lu-df-pinned');
  });
});

describe('help and icons', () => {
  it('renders a help button described by its markdown tooltip, or nothing', () => {
    const host = document.createElement('div');
    render(helpTooltip('Use **this**'), host);
    const button = host.querySelector('.lu-help button');
    expect(button?.getAttribute('aria-label')).toBe('Help');
    const tooltip = host.querySelector('[role=tooltip]');
    expect(button?.getAttribute('aria-describedby')).toBe(tooltip?.id);
    expect(tooltip?.querySelector('strong')?.textContent).toBe('this');
    button?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host.querySelector('.lu-help')?.hasAttribute('data-dismissed')).toBe(true);
    render(helpTooltip(undefined), host);
    expect(host.querySelector('.lu-help')).toBeNull();
  });

  it('draws icons: emoji as is, :material/name: as a Material Symbols ligature span, none for nothing', () => {
    const host = document.createElement('div');
    render(html`${iconSpan('🚀')}|${iconSpan(':material/home:', 'lu-x')}|${iconSpan(undefined)}|${iconSpan('  ')}`, host);
    const spans = host.querySelectorAll('span');
    expect(spans).toHaveLength(2);
    expect(spans[0]?.textContent).toBe('🚀');
    expect(spans[0]?.classList.contains('lu-material')).toBe(false);
    expect(spans[1]?.textContent).toBe('home');
    expect(spans[1]?.className).toBe('lu-x lu-material');
    expect(spans[1]?.getAttribute('aria-hidden')).toBe('true');
    expect(materialIconName(':material/rocket_launch:')).toBe('rocket_launch');
    expect(materialIconName(':material/Bad Name:')).toBeUndefined();
  });
});
