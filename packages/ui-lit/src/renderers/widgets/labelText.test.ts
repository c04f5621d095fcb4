import { describe, expect, it } from 'vitest';
import { render } from 'lit';
import { plainLabelText, renderLabelText } from './labelText.js';

describe('label text', () => {
  it('renders inline Markdown as elements, never as HTML', () => {
    const host = document.createElement('div');
    render(renderLabelText('A **bold** and *soft* `x` ~~old~~ [link](https://e.x) <b>raw</b> :material/home:'), host);
    expect(host.querySelector('strong')?.textContent).toBe('bold');
    expect(host.querySelector('em')?.textContent).toBe('soft');
    expect(host.querySelector('code')?.textContent).toBe('x');
    expect(host.querySelector('s')?.textContent).toBe('old');
    expect(host.querySelector('a')).toBeNull();
    expect(host.querySelector('b')).toBeNull();
    expect(host.textContent).toContain('<b>raw</b>');
    expect(host.textContent).not.toContain('material');
    expect(host.querySelector('.lu-material')?.textContent).toBe('home');
  });

  it('gives plain text for accessible names', () => {
    expect(plainLabelText('Max **speed** (`km/h`) :material/bolt:')).toBe('Max speed (km/h)');
    expect(plainLabelText('snake_case_name')).toBe('snake_case_name');
    expect(plainLabelText('2 * 3 * 4')).toBe('2 * 3 * 4');
  });
});
