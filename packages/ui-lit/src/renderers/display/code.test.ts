import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render } from 'lit';
import { CodeBlock, codeRenderer } from './code.js';
import { dedent, splitHighlightedLines } from './codeLines.js';
import { highlightCode, languageName } from './highlight.js';

beforeAll(() => {
  if (!customElements.get('lit-ui-code')) customElements.define('lit-ui-code', CodeBlock);
});

const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((h) => h.remove()));

async function mount(template: unknown): Promise<CodeBlock> {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(template, host);
  const el = host.querySelector('lit-ui-code') as CodeBlock;
  await el.updateComplete;
  return el;
}

/** Waits until the lazily loaded highlighter has colored the block. */
async function highlighted(el: CodeBlock): Promise<void> {
  await vi.waitFor(() => expect(el.querySelector('[class^="hljs-"]')).not.toBeNull(), { timeout: 3000 });
}

describe('st.code', () => {
  it('shows the dedented code as plain text at once', async () => {
    const el = await mount(codeRenderer({ type: 'code', body: '\n    x = 1\n      y = 2\n', language: null }));
    expect(el.querySelector('pre.lu-code-pre code')?.textContent).toBe('x = 1\n  y = 2');
    expect(el.querySelector('.lu-code')?.hasAttribute('data-language')).toBe(false);
  });

  it('highlights with a lazily loaded language', async () => {
    const el = await mount(codeRenderer({ type: 'code', body: 'def f():\n    return "hi"', language: 'python' }));
    expect(el.querySelector('.lu-code')?.getAttribute('data-language')).toBe('python');
    await highlighted(el);
    expect(el.querySelector('.hljs-keyword')?.textContent).toBe('def');
    expect(el.querySelector('.hljs-string')?.textContent).toBe('"hi"');
    expect(el.querySelector('code')?.textContent).toBe('def f():\n    return "hi"');
  });

  it('numbers lines, keeping highlighted spans well formed per line', async () => {
    const el = await mount(codeRenderer({ type: 'code', body: '/* a\nb */\nlet x = 1;', language: 'js', lineNumbers: true }));
    await highlighted(el);
    const lines = el.querySelectorAll('.lu-code-line');
    expect(lines).toHaveLength(3);
    expect([...el.querySelectorAll('.lu-code-ln')].map((n) => n.textContent)).toEqual(['1', '2', '3']);
    expect(lines[1]?.querySelector('.hljs-comment')?.textContent).toBe('b */');
    expect(el.querySelector('.lu-code')?.classList.contains('lu-code--numbered')).toBe(true);
  });

  it('wraps lines when asked and has a copy button', async () => {
    const el = await mount(codeRenderer({ type: 'code', body: 'x', language: null, wrapLines: true }));
    expect(el.querySelector('.lu-code--wrap')).not.toBeNull();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    el.querySelector<HTMLButtonElement>('button.lu-copy')?.click();
    expect(writeText).toHaveBeenCalledWith('x');
  });

  it('updates when the code changes', async () => {
    const el = await mount(codeRenderer({ type: 'code', body: 'a', language: null }));
    el.code = 'b';
    await el.updateComplete;
    expect(el.querySelector('code')?.textContent).toBe('b');
  });
});

describe('code helpers', () => {
  it('maps language aliases and rejects unknown ones', async () => {
    expect(languageName('py')).toBe('python');
    expect(languageName('TSX')).toBe('typescript');
    expect(languageName('html')).toBe('xml');
    expect(languageName('brainfudge')).toBeUndefined();
    expect(languageName(null)).toBeUndefined();
    expect(await highlightCode('x', 'nope')).toBeUndefined();
  });

  it('dedents and strips blank edges', () => {
    expect(dedent('\n\n  a\n    b\n\n')).toBe('a\n  b');
    expect(dedent('')).toBe('');
  });

  it('splits highlighted HTML into balanced lines', () => {
    expect(splitHighlightedLines('<span class="c">a\nb</span>\nc')).toEqual(['<span class="c">a</span>', '<span class="c">b</span>', 'c']);
    expect(splitHighlightedLines('x')).toEqual(['x']);
    expect(splitHighlightedLines('a\n')).toEqual(['a', '']);
  });
});
