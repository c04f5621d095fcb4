// Flattens the lazy chunk chains of the browser bundle (dist/browser), as Vite's preload helper does.
// A lazy renderer's chunk often imports further lazy-only chunks (shared code: the dataframe's table,
// lazy styles), which the browser discovers only after the first chunk arrived and was parsed: one
// round trip per level. Here every `import("./chunk-X.js")` whose target imports (statically,
// transitively) chunks not loaded yet at that point becomes
//   (__luPreload(["chunk-A.js", …], import.meta.url), import("./chunk-X.js"))
// and `__luPreload` (appended to the file) adds a `<link rel="modulepreload">` per missing chunk, with
// the page's CSP nonce: the browser fetches the whole lazy graph at once. Evaluation order is that of
// the import graph as before (modulepreload fetches and parses; it does not run anything).
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DYNAMIC_IMPORT, readBundle } from './bundleGraph.mjs';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../dist/browser');
const HELPER = '__luPreload';
// Adds a modulepreload per file, with the nonce of the page's scripts (a second link to a file
// already fetched costs nothing: the browser's module map has it; each lazy tag loads once anyway).
const HELPER_SOURCE =
  `function ${HELPER}(f,u){const n=document.querySelector("script[nonce]")?.nonce;for(const x of f){` +
  `const l=document.createElement("link");l.rel="modulepreload";l.href=new URL(x,u);if(n)l.nonce=n;document.head.append(l)}}`;

const { code, closure } = readBundle(dir, 'preload-lazy-chunks');
if ([...code.values()].some((text) => text.includes(HELPER))) throw new Error(`preload-lazy-chunks: the bundle already uses ${HELPER}`);

const initial = new Set(['client.js', ...closure('client.js')]);
let sites = 0;
for (const [name, text] of code) {
  const loaded = new Set([...initial, name, ...closure(name)]);
  let used = false;
  const rewritten = text.replace(DYNAMIC_IMPORT, (/** @type {string} */ site, /** @type {string} */ target) => {
    const missing = [...closure(target)].filter((file) => !loaded.has(file));
    if (missing.length === 0) return site;
    used = true;
    sites++;
    return `(${HELPER}(${JSON.stringify(missing)},import.meta.url),${site})`;
  });
  if (used) writeFileSync(join(dir, name), `${rewritten}\n${HELPER_SOURCE}\n`);
}
console.log(`preload-lazy-chunks: ${sites} lazy imports now preload their chunks`);
