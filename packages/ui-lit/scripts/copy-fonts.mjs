// Copies the web fonts (and KaTeX's stylesheet) the renderers load at run time next to the
// built chunks, in dist/ (the library build) and dist/browser/ (the bundle served under an
// app's mount), where `new URL('./<file>', import.meta.url)` in the chunks finds them:
// Material Symbols Rounded (@material-symbols/font-400) and KaTeX's woff2 fonts and CSS.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const katexDist = dirname(require.resolve('katex/dist/katex.min.css'));
const files = [
  join(dirname(require.resolve('@material-symbols/font-400/package.json')), 'material-symbols-rounded.woff2'),
  join(katexDist, 'katex.min.css'),
  ...readdirSync(join(katexDist, 'fonts'))
    .filter((name) => name.endsWith('.woff2'))
    .map((name) => join(katexDist, 'fonts', name)),
];
for (const out of ['../dist', '../dist/browser']) {
  const dir = resolve(here, out);
  mkdirSync(dir, { recursive: true });
  for (const file of files) copyFileSync(file, join(dir, basename(file)));
}
console.log(`copy-fonts: ${files.length} files into dist/ and dist/browser/`);
