// How the build scripts read the browser bundle (dist/browser) as a module graph: its JavaScript files by
// name, and which files a file imports statically (as src/server/initialImports.ts reads them at run time).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Static imports of a minified module: `import"./x.js"`, `import{a}from"./x.js"`, `export*from"./x.js"`. */
export const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']\.\/([^"']+)["']/g;
/** Dynamic imports of a chunk, either quote: `import("./chunk-X.js")`. */
export const DYNAMIC_IMPORT = /import\(["']\.\/(chunk-[\w-]+\.js)["']\)/g;

/**
 * The bundle's JavaScript files in `dir`, by name, and the static closure of any of them.
 * @param {string} dir
 * @param {string} script name of the calling script, for the error
 */
export function readBundle(dir, script) {
  const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
  const code = new Map(files.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
  if (!code.has('client.js')) throw new Error(`${script}: ${dir}/client.js is missing (run tsup first)`);
  /** @param {string} name @returns {Set<string>} the files `name` imports statically, transitively (not itself) */
  const closure = (name) => {
    /** @type {Set<string>} */
    const seen = new Set();
    const queue = [name];
    for (let next = queue.shift(); next !== undefined; next = queue.shift())
      for (const m of (code.get(next) ?? '').matchAll(STATIC_IMPORT))
        if (m[1] !== undefined && !seen.has(m[1])) {
          seen.add(m[1]);
          queue.push(m[1]);
        }
    return seen;
  };
  return { files, code, closure };
}
