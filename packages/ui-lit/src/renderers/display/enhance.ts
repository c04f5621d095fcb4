import { COPY_ICON_HTML, copyText } from './copy.js';
import { fillEmojiShortcodes } from './emoji.js';
import { highlightCode } from './highlight.js';
import { loadMaterialSymbols } from './icon.js';
import { typeset } from './katex.js';

/** True when rendered markdown has math to typeset, code blocks to highlight, shortcodes to fill or icons to draw. */
export function needsEnhancing(html: string): boolean {
  return html.includes('class="lu-math') || html.includes('class="lu-md-code"') || html.includes('class="lu-emoji"') || html.includes('lu-material"');
}

/** A copy button (icon) for a markdown code block. */
function addCopyButton(pre: HTMLElement, code: HTMLElement): void {
  if (pre.querySelector(':scope > .lu-copy')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'lu-icon-button lu-copy';
  button.title = 'Copy to clipboard';
  button.setAttribute('aria-label', 'Copy to clipboard');
  button.innerHTML = COPY_ICON_HTML;
  button.addEventListener('click', () => void copyText(code.textContent ?? '', button));
  pre.append(button);
}

/**
 * Finishes markdown rendered by the `markdown` directive inside `root`:
 * typesets `.lu-math` nodes with KaTeX, highlights fenced code blocks
 * (adding a copy button), fills emoji shortcodes and adds the Material
 * Symbols font to the document, loading KaTeX, highlight.js, the shortcode
 * table and the font only when needed.
 * Nodes already done are skipped, so calling it again is cheap.
 */
export async function enhanceMarkdown(root: ParentNode): Promise<void> {
  const work: Promise<unknown>[] = [fillEmojiShortcodes(root)];
  if (root.querySelector('.lu-material') !== null) work.push(loadMaterialSymbols());
  for (const node of root.querySelectorAll<HTMLElement>('.lu-math[data-tex]:not([data-typeset])')) {
    work.push(typeset(node, node.dataset['tex'] ?? '', node.classList.contains('lu-math--display')));
  }
  for (const pre of root.querySelectorAll<HTMLElement>('pre.lu-md-code')) {
    const code = pre.querySelector<HTMLElement>(':scope > code');
    if (code === null) continue;
    addCopyButton(pre, code);
    const language = /\blanguage-(\S+)/.exec(code.className)?.[1];
    if (language === undefined || code.hasAttribute('data-highlighted')) continue;
    code.setAttribute('data-highlighted', '');
    const source = code.textContent ?? '';
    work.push(
      highlightCode(source, language).then((highlighted) => {
        // Only if the block still shows the same text (a rerun may have replaced it meanwhile).
        if (highlighted !== undefined && code.textContent === source) code.innerHTML = highlighted;
      }),
    );
  }
  await Promise.all(work);
}
