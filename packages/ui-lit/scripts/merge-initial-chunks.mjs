// Puts the browser bundle's initial code (dist/browser) into one module. esbuild's code splitting gives
// one chunk per set of entries that share code, so the entry `client.js` and the lazy renderers that reuse
// its code (lit, the tree, the renderers' kit) leave the entry split over some 16 files, all needed before
// the first render: 16 requests through the browser's 6 connections per host, each answered in turn by one
// Node thread. Rollup re-chunks the bundle with every module of that initial set in one chunk
// (`chunk-[hash].js`, cacheable for good), `client.js` a one-line facade importing it, and the lazy
// renderers in chunks of their own as before (they import their shared code from the initial chunk).
// Nothing is re-minified: Rollup only moves esbuild's output around.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { DYNAMIC_IMPORT, readBundle } from './bundleGraph.mjs';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../dist/browser');
const { files, code, closure } = readBundle(dir, 'merge-initial-chunks');

const initial = new Set(['client.js', ...closure('client.js')]);
/** @type {Set<string>} */
const lazy = new Set();
for (const text of code.values()) for (const m of text.matchAll(DYNAMIC_IMPORT)) if (m[1] !== undefined) lazy.add(m[1]);

const bundle = await rollup({
  input: ['client.js', ...lazy].map((name) => join(dir, name)),
  // The entry keeps its exports (LitUiApp, LitUiFragment), and each lazy chunk the names its importers use.
  preserveEntrySignatures: 'strict',
  onwarn(warning) {
    // esbuild's chunks import each other in cycles already; anything else is a real problem.
    if (warning.code !== 'CIRCULAR_DEPENDENCY') throw new Error(`merge-initial-chunks: ${warning.message}`);
  },
});
const { output } = await bundle.generate({
  format: 'es',
  compact: true,
  entryFileNames: (chunk) => (chunk.facadeModuleId !== null && basename(chunk.facadeModuleId) === 'client.js' ? 'client.js' : 'chunk-[hash].js'),
  chunkFileNames: 'chunk-[hash].js',
  manualChunks: (id) => (initial.has(basename(id)) ? 'initial' : undefined),
});
await bundle.close();

for (const name of files) rmSync(join(dir, name));
mkdirSync(dir, { recursive: true });
for (const file of output) writeFileSync(join(dir, file.fileName), file.type === 'chunk' ? file.code : file.source);
const entry = output.find((file) => file.fileName === 'client.js');
const imports = entry?.type === 'chunk' ? entry.imports.length : 0;
console.log(`merge-initial-chunks: ${initial.size} initial files → client.js + ${imports}; ${output.length} files in all (were ${files.length})`);
