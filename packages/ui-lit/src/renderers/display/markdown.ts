import { Marked, type RendererObject } from 'marked';
import { type ChildPart, noChange } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { enhanceMarkdown, needsEnhancing } from './enhance.js';
import { escapeHtml, slugify, streamlitExtensions } from './markdownExtensions.js';
import { isPlainHtml, isPlainMarkdown } from './plainMarkdown.js';
import { sanitizeHtml } from './sanitize.js';

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
  /** Render raw HTML in the source (still sanitised: no scripts, no handlers). Default false: it shows as text. */
  readonly unsafeAllowHtml?: boolean;
  /** Inline markdown only (no paragraphs or blocks), for headings and labels. */
  readonly inline?: boolean;
}

function createMarked(allowHtml: boolean): Marked {
  const renderer: RendererObject = {
    heading({ tokens, depth, text }) {
      return `<h${depth} id="${escapeHtml(slugify(text))}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
    },
    link({ href, title, tokens }) {
      const inner = this.parser.parseInline(tokens);
      const outbound = !href.startsWith('#') ? ' target="_blank" rel="noopener noreferrer"' : '';
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(href)}"${titleAttr}${outbound}>${inner}</a>`;
    },
    code({ text, lang }) {
      const language = (lang ?? '').trim().split(/\s+/)[0] ?? '';
      const cls = language ? ` class="language-${escapeHtml(language)}"` : '';
      return `<pre class="lu-md-code"><code${cls}>${escapeHtml(text.replace(/\n$/, ''))}</code></pre>\n`;
    },
  };
  if (!allowHtml) renderer.html = ({ text }) => escapeHtml(text);
  return new Marked({ gfm: true, breaks: false, async: false, renderer, extensions: streamlitExtensions });
}

const instances = new Map<boolean, Marked>();

function markedFor(allowHtml: boolean): Marked {
  let instance = instances.get(allowHtml);
  if (instance === undefined) {
    instance = createMarked(allowHtml);
    instances.set(allowHtml, instance);
  }
  return instance;
}

/**
 * Renders Streamlit-flavoured markdown to safe HTML, as Streamlit's
 * `st.markdown`: GitHub-flavoured markdown (tables, task lists,
 * strikethrough, autolinks), `:red[colored text]` and
 * `:blue-background[highlights]`, `:rainbow[…]`, emoji shortcodes
 * (`:rocket:`), `$math$` (typeset lazily by {@link markdown}), heading ids,
 * and links that open in a new tab. Raw HTML in the source is escaped unless
 * `unsafeAllowHtml`; the result is sanitised with DOMPurify, except where
 * the token tree proves it safe (raw HTML escaped, only plain token types
 * and safe link targets: see `plainMarkdown.ts`), which is most markdown
 * and skips the sanitiser's DOM parse.
 *
 * @param text - markdown source
 * @param options - `unsafeAllowHtml`, `inline`
 * @returns an HTML string safe to insert
 * @example
 * renderMarkdown('**Hi** :wave: :green[ok]'); // '<p><strong>Hi</strong> 👋 <span class="lu-md-color lu-md-green">ok</span></p>'
 */
export function renderMarkdown(text: string, options: MarkdownOptions = {}): string {
  const allowHtml = options.unsafeAllowHtml === true;
  const marked = markedFor(allowHtml);
  const source = String(text ?? '');
  if (allowHtml) return sanitizeHtml((options.inline ? marked.parseInline(source) : marked.parse(source)) as string);
  // Raw HTML escaped: lex once, and skip the sanitiser when the tokens prove the HTML safe (plainMarkdown.ts).
  const tokens = options.inline ? marked.Lexer.lexInline(source, marked.defaults) : marked.lexer(source);
  const html = options.inline ? marked.Parser.parseInline(tokens, marked.defaults) : marked.parser(tokens);
  return isPlainMarkdown(tokens) && isPlainHtml(html) ? html : sanitizeHtml(html);
}

class MarkdownDirective extends Directive {
  private last: string | undefined;
  private lastOptions = '';

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('markdown() can only be used in child position');
  }

  render(text: string, options?: MarkdownOptions): unknown {
    return unsafeHTML(renderMarkdown(text, options));
  }

  override update(part: ChildPart, [text, options]: [string, MarkdownOptions?]): unknown {
    const key = `${options?.unsafeAllowHtml === true}|${options?.inline === true}`;
    if (text === this.last && key === this.lastOptions) return noChange;
    this.last = text;
    this.lastOptions = key;
    const html = renderMarkdown(text, options);
    if (needsEnhancing(html)) {
      // The HTML is in the DOM once this update commits: typeset math and highlight code then.
      queueMicrotask(() => {
        const parent = part.parentNode;
        if (parent instanceof Element || parent instanceof DocumentFragment) void enhanceMarkdown(parent);
      });
    }
    return unsafeHTML(html);
  }
}

/**
 * Lit directive: puts markdown in a template as sanitised HTML (see
 * {@link renderMarkdown}), then lazily typesets its math with KaTeX and
 * highlights its fenced code blocks. Re-parses only when the text changes.
 *
 * @example
 * html`<div class="lu-markdown">${markdown(proto.body, { unsafeAllowHtml: proto.unsafeAllowHtml })}</div>`
 */
export const markdown = directive(MarkdownDirective);
