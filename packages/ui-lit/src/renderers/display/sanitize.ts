import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { escapeHtml } from './markdownExtensions.js';

/** True for hrefs that leave the page (not `#anchor` links within it). */
function leavesPage(href: string): boolean {
  return href !== '' && !href.startsWith('#');
}

/** Outbound links open in a new tab with `rel="noopener noreferrer"`, as Streamlit's markdown links. */
function targetLink(link: Element): void {
  if (leavesPage(link.getAttribute('href') ?? '')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  } else {
    link.removeAttribute('target');
  }
}

const CONFIG: Config = {
  // Keep `target` (set by the hook and by the markdown renderer).
  ADD_ATTR: ['target'],
  // A leading <style> of st.html / unsafeAllowHtml markdown survives, as Streamlit's.
  FORCE_BODY: true,
};

// The probe holds nothing a Content-Security-Policy reports when the browser parses it (no inline handler or
// style attribute): a `<script>` element and a `javascript:` URL, which a working sanitiser removes.
const PROBE = '<p>a</p>b<script>y()</script><a href="javascript:y()">c</a>';
const PROBE_CLEAN = '<p>a</p>b<a>c</a>';

/**
 * lit-ui's own DOMPurify instance (its hook does not leak into the page's
 * shared `DOMPurify`), or null when DOMPurify cannot work here: it reports
 * itself unsupported (then it would return input unchanged) or fails a
 * probe (DOM emulations such as happy-dom).
 */
function createPurifier(): DOMPurify | null {
  const purifier = createDOMPurify(window);
  if (!purifier.isSupported) return null;
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') targetLink(node);
  });
  // Set once: a config passed to each sanitize() call is parsed and copied again every time (measured:
  // about a quarter of DOMPurify's time on a first load of 2,500 markdown elements).
  purifier.setConfig(CONFIG);
  return String(purifier.sanitize(PROBE)) === PROBE_CLEAN ? purifier : null;
}

const SAFE_TAGS = new Set(
  (
    'a abbr b blockquote br caption code dd del details div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img input ins kbd ' +
    'li mark ol p pre s small span strong sub summary sup table tbody td tfoot th thead tr u ul'
  ).split(' '),
);
const SAFE_ATTRS = new Set('align alt checked class colspan disabled height href id open rel rowspan src start target title type width'.split(' '));
const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/|\.|[^:]*$)/i;

/** Strict allow-list sanitiser used only where DOMPurify cannot run. */
function fallbackSanitize(dirty: string): string {
  const template = document.createElement('template');
  template.innerHTML = dirty;
  for (const el of [...template.content.querySelectorAll('*')]) {
    const tag = el.localName;
    if (!SAFE_TAGS.has(tag)) {
      el.remove();
      continue;
    }
    for (const { name, value } of [...el.attributes]) {
      const keep =
        (SAFE_ATTRS.has(name) || name.startsWith('data-') || name.startsWith('aria-')) &&
        ((name !== 'href' && name !== 'src') || SAFE_URL.test(value.trim()));
      if (!keep) el.removeAttribute(name);
    }
    if (tag === 'a') targetLink(el);
  }
  return template.innerHTML;
}

let purifier: DOMPurify | null | undefined;

/**
 * Sanitises an HTML string: scripts, event handlers, `javascript:` URLs and
 * other active content are removed (DOMPurify); outbound links get
 * `target="_blank" rel="noopener noreferrer"`. Where DOMPurify cannot run,
 * a strict allow-list sanitiser is used; without any DOM (server side) the
 * HTML is escaped. Unsafe HTML never passes through.
 *
 * @example
 * sanitizeHtml('<b>hi</b><img src=x onerror=alert(1)>'); // '<b>hi</b><img src="x">'
 */
export function sanitizeHtml(dirty: string): string {
  if (typeof window === 'undefined' || typeof document === 'undefined') return escapeHtml(dirty);
  if (purifier === undefined) purifier = createPurifier();
  return purifier === null ? fallbackSanitize(dirty) : String(purifier.sanitize(dirty));
}
