/**
 * A page of the host site that is not a lit-ui page: an article with a
 * lit-ui app embedded in it by `<lit-ui-app src="/forms">`. The router of
 * the forms example serves the script and the WebSocket; this page is
 * plain HTML served by the host app's own route.
 */

/** Options of {@link renderEmbeddedPage}. */
export interface EmbeddedPageOptions {
  /** Mount path of the app to embed, e.g. `'/forms'`. */
  readonly mount: string;
  /** Theme attribute of `<lit-ui-app>`. Default `'light'`. */
  readonly theme?: 'light' | 'dark' | 'auto';
}

const STYLE = `
  body { margin: 0; font-family: Georgia, "Times New Roman", serif; background: #f4f1ea; color: #2b2b2b; }
  header { background: #2b2b2b; color: #f4f1ea; padding: 1rem 2rem; font-family: system-ui, sans-serif; }
  header a { color: #ffd27a; }
  article { max-width: 46rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.6; font-size: 1.08rem; }
  h1 { font-size: 2.1rem; line-height: 1.2; }
  figure { margin: 2rem -1rem; padding: 1rem; background: #fff; border-radius: .5rem; box-shadow: 0 1px 6px rgb(0 0 0 / .12); }
  figcaption { font-family: system-ui, sans-serif; font-size: .85rem; color: #666; margin-top: .5rem; }
  lit-ui-app { display: block; }
  code { font-size: .9em; background: #e9e4d8; padding: .05rem .3rem; border-radius: .2rem; }
`;

/**
 * Renders an article that embeds the app mounted at `options.mount`.
 * @returns a complete HTML document.
 */
export function renderEmbeddedPage(options: EmbeddedPageOptions): string {
  const mount = options.mount.replace(/\/+$/, '') || '/';
  const script = `${mount === '/' ? '' : mount}/client.js`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Garage Gazette — an embedded lit-ui app</title>
<style>${STYLE}</style>
<script type="module" src="${script}"></script>
</head>
<body>
<header><strong>The Garage Gazette</strong> · a page of the host site · <a href="/examples">all examples</a></header>
<article>
  <h1>Keep track of your cars, right in this article</h1>
  <p>This page is ordinary HTML served by the host application. The box below is a lit-ui app:
  one element, <code>&lt;lit-ui-app src="${mount}"&gt;</code>, and one script,
  <code>${script}</code>. The app runs on the server under <code>${mount}</code>; the element
  connects to it, renders it, and sends every interaction back.</p>
  <figure>
    <lit-ui-app src="${mount}" theme="${options.theme ?? 'light'}"></lit-ui-app>
    <figcaption>The forms example, embedded. Each browser tab gets its own session.</figcaption>
  </figure>
  <p>Because the page is not under the app's mount path, the app never rewrites this page's path:
  the host site keeps control of its own URLs.</p>
</article>
</body>
</html>
`;
}
