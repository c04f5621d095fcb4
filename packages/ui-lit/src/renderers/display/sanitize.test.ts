import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize.js';

// DOMPurify cannot run under happy-dom (it fails the probe), so these cover the
// strict fallback; dev/display/sanitize-check.mjs verifies DOMPurify in Chromium.
describe('sanitizeHtml', () => {
  function dom(dirty: string): HTMLElement {
    const host = document.createElement('div');
    host.innerHTML = sanitizeHtml(dirty);
    return host;
  }

  it('removes scripts, event handlers and javascript: URLs', () => {
    const host = dom('<p onclick="x()">hi</p><script>alert(1)</script><img src="a.png" onerror="y()"><a href="javascript:alert(1)">z</a>');
    expect(host.querySelector('script')).toBeNull();
    expect(host.querySelector('p')?.hasAttribute('onclick')).toBe(false);
    expect(host.querySelector('img')?.getAttribute('src')).toBe('a.png');
    expect(host.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    expect(host.querySelector('a')?.hasAttribute('href')).toBe(false);
  });

  it('keeps formatting and sends outbound links to a new tab', () => {
    const host = dom('<p class="x">a <b>b</b> <a href="https://e.org">e</a> <a href="#top">t</a></p>');
    expect(host.querySelector('p.x b')?.textContent).toBe('b');
    const [out, anchor] = host.querySelectorAll('a');
    expect(out?.getAttribute('target')).toBe('_blank');
    expect(out?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(anchor?.hasAttribute('target')).toBe(false);
  });

  it('drops iframes, objects and forms', () => {
    const host = dom('<iframe src="https://x"></iframe><object data="x"></object><form><input name="a"></form>ok');
    expect(host.querySelector('iframe, object, form')).toBeNull();
    expect(host.textContent).toBe('ok');
  });
});
