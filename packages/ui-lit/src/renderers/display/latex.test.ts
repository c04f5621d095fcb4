import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render } from 'lit';
import { LatexBlock, latexRenderer } from './latex.js';

beforeAll(() => {
  if (!customElements.get('lit-ui-latex')) customElements.define('lit-ui-latex', LatexBlock);
});

const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((h) => h.remove()));

async function mount(template: unknown): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(template, host);
  await (host.querySelector('lit-ui-latex') as LatexBlock).updateComplete;
  return host;
}

describe('st.latex', () => {
  it('shows the TeX source until KaTeX has typeset it as MathML', async () => {
    const host = await mount(latexRenderer({ type: 'latex', body: 'E = mc^2' }));
    const target = host.querySelector('.lu-latex .lu-math--display') as HTMLElement;
    expect(target.textContent).toContain('E = mc^2');
    await vi.waitFor(() => expect(target.hasAttribute('data-typeset')).toBe(true), { timeout: 3000 });
    expect(target.querySelector('math')).not.toBeNull();
    expect(target.querySelector('math')?.getAttribute('display')).toBe('block');
  });

  it('shows KaTeX errors in place', async () => {
    const host = await mount(latexRenderer({ type: 'latex', body: '\\frac{1}{' }));
    const target = host.querySelector('.lu-math') as HTMLElement;
    await vi.waitFor(() => expect(target.hasAttribute('data-typeset')).toBe(true), { timeout: 3000 });
    expect(target.classList.contains('lu-math--error')).toBe(true);
    expect(target.textContent).toMatch(/KaTeX parse error/);
  });

  it('retypesets when the formula changes and shows help', async () => {
    const host = await mount(latexRenderer({ type: 'latex', body: 'a', help: 'Help!' }));
    const el = host.querySelector('lit-ui-latex') as LatexBlock;
    const target = el.querySelector('.lu-math') as HTMLElement;
    await vi.waitFor(() => expect(target.hasAttribute('data-typeset')).toBe(true), { timeout: 3000 });
    el.tex = 'b';
    await el.updateComplete;
    await vi.waitFor(() => expect(target.querySelector('mi')?.textContent).toBe('b'), { timeout: 3000 });
    expect(host.querySelector('.lu-latex.lu-with-help .lu-help')).not.toBeNull();
  });
});
