import { html, render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inlineStyle, type StyleProperties } from './inlineStyle.js';

afterEach(() => vi.restoreAllMocks());

const view = (props: StyleProperties) => html`<div style=${inlineStyle(props)}></div>`;

describe('inlineStyle', () => {
  it('sets, updates and removes properties through the CSSOM', () => {
    const setProperty = vi.spyOn(Object.getPrototypeOf(document.createElement('div').style) as CSSStyleDeclaration, 'setProperty');
    const host = document.createElement('div');
    render(view({ width: '40%', backgroundColor: '#ff0000', '--lu-x': '3px' }), host);
    const el = host.firstElementChild as HTMLElement;
    expect(el.style.getPropertyValue('width')).toBe('40%');
    expect(el.style.getPropertyValue('background-color')).not.toBe('');
    expect(el.style.getPropertyValue('--lu-x')).toBe('3px');

    render(view({ width: '50%', height: null }), host);
    expect(el.style.getPropertyValue('width')).toBe('50%');
    expect(el.style.getPropertyValue('background-color')).toBe('');
    expect(el.style.getPropertyValue('--lu-x')).toBe('');
    // Through the CSSOM from the first render on (Chromium's CSP test proves no style attribute is written).
    expect(setProperty.mock.calls.map(([name, value]) => `${name}=${value}`)).toEqual([
      'width=40%',
      'background-color=#ff0000',
      '--lu-x=3px',
      'width=50%',
    ]);
  });

  it('must be the whole value of a style attribute', () => {
    const host = document.createElement('div');
    expect(() => render(html`<div title=${inlineStyle({})}></div>`, host)).toThrow(/style attribute/);
  });
});
