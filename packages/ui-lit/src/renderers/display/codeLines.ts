/**
 * Removes the common indentation of `text` and its leading and trailing
 * blank lines, as Streamlit cleans `st.code` bodies (`dedent` + `strip`).
 */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common).trimEnd()).join('\n');
}

const TAG = /<span[^>]*>|<\/span>/g;

/**
 * Splits highlighted HTML (text escaped, tokens in `<span class>`) into one
 * HTML string per source line. Spans open across a line break are closed
 * at its end and reopened on the next line, so each line is well formed.
 *
 * @example
 * splitHighlightedLines('<span class="c">/* a\nb *&#x2F;</span>'); // ['<span class="c">/* a</span>', '<span class="c">b *&#x2F;</span>']
 */
export function splitHighlightedLines(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let current = '';
  let last = 0;
  const emitText = (text: string): void => {
    const parts = text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) {
        lines.push(current + '</span>'.repeat(open.length));
        current = open.join('');
      }
      current += part;
    });
  };
  for (const match of html.matchAll(TAG)) {
    emitText(html.slice(last, match.index));
    const tag = match[0];
    if (tag === '</span>') open.pop();
    else open.push(tag);
    current += tag;
    last = match.index + tag.length;
  }
  emitText(html.slice(last));
  lines.push(current);
  return lines;
}
