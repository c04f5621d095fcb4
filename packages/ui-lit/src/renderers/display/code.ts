import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { inlineStyle } from '../../directives/inlineStyle.js';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import { dedent, splitHighlightedLines } from './codeLines.js';
import { copyButton } from './copy.js';
import { highlightCode, languageName } from './highlight.js';
import { escapeHtml } from './markdownExtensions.js';
import type { ElementRenderers } from '../types.js';

/**
 * `<lit-ui-code>`: a code block as Streamlit's `st.code`, with syntax
 * highlighting (highlight.js, loaded lazily per language), optional line
 * numbers and line wrapping, and a copy button. Plain text shows at once;
 * colors follow when the highlighter has loaded.
 */
export class CodeBlock extends LitElement {
  /** Reactive properties, set by the renderer. */
  static override properties = {
    code: { attribute: false },
    language: { attribute: false },
    lineNumbers: { attribute: false },
    wrapLines: { attribute: false },
    highlighted: { state: true },
  };

  /** Source text (cleaned with {@link dedent} for display). */
  declare code: string;
  /** Language name or alias (`'python'`, `'ts'`, …); `null` for plain text. */
  declare language: string | null;
  /** Show a line-number gutter. */
  declare lineNumbers: boolean;
  /** Wrap long lines instead of scrolling sideways. */
  declare wrapLines: boolean;
  declare private highlighted: { source: string; language: string; html: string } | undefined;

  constructor() {
    super();
    this.code = '';
    this.language = null;
    this.lineNumbers = false;
    this.wrapLines = false;
    this.highlighted = undefined;
  }

  /** Light DOM: the app's stylesheet applies. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') || changed.has('language')) this.highlight();
  }

  private highlight(): void {
    const source = dedent(this.code);
    const language = languageName(this.language);
    if (language === undefined) return;
    highlightCode(source, language).then(
      (value) => {
        if (value !== undefined && dedent(this.code) === source && languageName(this.language) === language) {
          this.highlighted = { source, language, html: value };
        }
      },
      () => undefined, // plain text stays when a language chunk cannot load
    );
  }

  protected override render(): unknown {
    const source = dedent(this.code);
    const language = languageName(this.language);
    const done = this.highlighted;
    const body = done && done.source === source && done.language === language ? done.html : escapeHtml(source);
    const lines = this.lineNumbers ? splitHighlightedLines(body) : undefined;
    const width = lines ? String(lines.length).length : 0;
    const cls = `lu-code${this.wrapLines ? ' lu-code--wrap' : ''}${lines ? ' lu-code--numbered' : ''}`;
    // No whitespace between tags inside <pre>: it would show.
    const content = lines
      ? lines.map(
          (line, i) =>
            html`<span class="lu-code-line"><span class="lu-code-ln" style=${inlineStyle({ width: `${width + 1}ch` })}>${i + 1}</span><span class="lu-code-text">${unsafeHTML(line)}</span></span>`,
        )
      : unsafeHTML(body);
    return html`<div class=${cls} data-language=${language ?? nothing}>
      <pre class="lu-code-pre"><code class="lu-code-body">${content}</code></pre>
      ${copyButton(() => source)}
    </div>`;
  }
}

/** `st.code`: a `<lit-ui-code>` block. */
export function codeRenderer(proto: ElementProtoOf<'code'>): unknown {
  return html`<lit-ui-code
    .code=${proto.body}
    .language=${proto.language ?? null}
    .lineNumbers=${proto.lineNumbers === true}
    .wrapLines=${proto.wrapLines === true}
  ></lit-ui-code>`;
}

/** Code blocks: this module's renderers in the registry, by element type. */
export const codeRenderers = {
  code: codeRenderer,
} satisfies ElementRenderers;
