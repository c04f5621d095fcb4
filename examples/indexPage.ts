/**
 * The `/examples` page: a plain HTML list of every mounted example, with a
 * link to each and to its source folder.
 */
import type { ExampleEntry } from './catalog.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const STYLE = `
  :root { color-scheme: light; --accent: #ff4b4b; --text: #31333f; --muted: #5f6273; --line: #e6e8ef; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: #fafbfc; }
  main { max-width: 52rem; margin: 0 auto; padding: 3rem 1.5rem 4rem; }
  h1 { font-size: 2.2rem; margin: 0 0 .5rem; }
  p.lead { color: var(--muted); margin: 0 0 2rem; line-height: 1.5; }
  ul { list-style: none; padding: 0; margin: 0; display: grid; gap: .9rem; }
  li a.card { display: block; padding: 1rem 1.2rem; border: 1px solid var(--line); border-radius: .6rem; background: #fff;
    color: inherit; text-decoration: none; transition: border-color .15s, box-shadow .15s; }
  li a.card:hover, li a.card:focus-visible { border-color: var(--accent); box-shadow: 0 2px 10px rgb(0 0 0 / .06); outline: none; }
  .title { font-weight: 600; font-size: 1.1rem; }
  .path { font-family: ui-monospace, monospace; font-size: .85rem; color: #c31c22; margin-left: .5rem; }
  .desc { color: var(--muted); margin-top: .35rem; line-height: 1.45; }
  footer { margin-top: 2.5rem; color: var(--muted); font-size: .9rem; }
  code { font-family: ui-monospace, monospace; background: #f0f2f6; padding: .1rem .3rem; border-radius: .25rem; }
`;

/**
 * Renders the index page.
 * @param entries - the mounted examples.
 * @returns a complete HTML document.
 */
export function renderIndexPage(entries: readonly ExampleEntry[]): string {
  const items = entries
    .map(
      (e) => `    <li><a class="card" href="${escapeHtml(e.path)}">
      <span class="title">${escapeHtml(e.title)}</span><span class="path">${escapeHtml(e.path)}</span>
      <div class="desc">${escapeHtml(e.description)} <small>Source: <code>examples/${escapeHtml(e.folder)}/</code></small></div>
    </a></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>lit-ui examples</title>
<style>${STYLE}</style>
</head>
<body>
<main>
  <h1>lit-ui examples</h1>
  <p class="lead">Streamlit's programming model in TypeScript. Each example below is one app script,
  mounted in this Express server with <code>liteUi(app, { title, basePath })</code>.</p>
  <ul>
${items}
  </ul>
  <p class="lead" style="margin-top:1.5rem">Also: <a href="/examples/embedded">an app embedded in another page</a>
  with <code>&lt;lit-ui-app src="/forms"&gt;</code>.</p>
  <footer>Read the guides in <code>docs/</code>; run the examples' tests with <code>npx vitest run --project examples</code>.</footer>
</main>
</body>
</html>
`;
}
