// Fails the build when the browser bundle's initial download (client.js plus
// every chunk it imports statically, transitively) exceeds the gzip budget.
// Lazy chunks (dynamic import(): vega-embed, KaTeX, highlight.js) are not counted.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Every renderer, markdown (marked + DOMPurify) and the store; vega-embed, KaTeX and highlight.js stay in lazy chunks.
const BUDGET_KB = Number(process.env.LIT_UI_BUDGET_KB ?? 100);
const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../dist/browser');
const entry = join(dir, 'client.js');

if (!existsSync(entry)) {
  console.error(`check-budget: ${entry} is missing (run tsup first)`);
  process.exit(1);
}

/**
 * Static imports of a minified ESM file: `import"./x.js"`, `import{a}from"./x.js"`, `export*from"./x.js"`.
 * @param {string} code
 * @returns {string[]}
 */
function staticImports(code) {
  /** @type {Set<string>} */
  const found = new Set();
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.\/[^"']+)["']/g;
  for (const m of code.matchAll(re)) if (m[1] !== undefined) found.add(m[1]);
  return [...found];
}

/** @type {Set<string>} */
const seen = new Set();
const queue = ['./client.js'];
let raw = 0;
let gzip = 0;
const rows = [];
for (let rel = queue.shift(); rel !== undefined; rel = queue.shift()) {
  if (seen.has(rel)) continue;
  seen.add(rel);
  const code = readFileSync(join(dir, rel));
  const size = gzipSync(code, { level: 9 }).length;
  raw += code.length;
  gzip += size;
  rows.push(`  ${rel.padEnd(28)} ${(code.length / 1024).toFixed(1).padStart(7)} KB  ${(size / 1024).toFixed(1).padStart(6)} KB gzip`);
  queue.push(...staticImports(code.toString('utf8')));
}

console.log(`ui-lit browser bundle (initial load, ${seen.size} file${seen.size === 1 ? '' : 's'}):`);
console.log(rows.join('\n'));
console.log(`  total ${(raw / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip (budget ${BUDGET_KB} KB gzip)`);
if (gzip > BUDGET_KB * 1024) {
  console.error(`check-budget: over budget by ${((gzip - BUDGET_KB * 1024) / 1024).toFixed(1)} KB gzip`);
  process.exit(1);
}
