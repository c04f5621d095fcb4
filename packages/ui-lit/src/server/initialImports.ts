import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The bundle's entry module, which the host page loads. */
const ENTRY = 'client.js';
/** Bundle files are flat: a static import names a sibling `./name.js`. */
const SIBLING = /^\.\/([\w.-]+\.js)$/;

/**
 * The relative specifiers a minified ES module imports statically:
 * `import"./x.js"`, `import{a}from"./x.js"`, `export*from"./x.js"` (the
 * same reading as the bundle budget check). Dynamic `import("./x.js")` is
 * not matched: lazy chunks stay lazy.
 */
export function staticImportsOf(code: string): string[] {
  const found = new Set<string>();
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.\/[^"']+)["']/g;
  for (const m of code.matchAll(re)) if (m[1] !== undefined) found.add(m[1]);
  return [...found];
}

/**
 * The files of the bundle in `dir` that the entry module imports
 * statically, transitively (file names, in the order found; the entry
 * itself not included). The host page names them in `<link
 * rel="modulepreload">` so the browser fetches them together with the
 * entry instead of after it (one round trip and the entry's download less
 * before the first render). An unreadable file ends the walk at that file.
 */
export async function readInitialImports(dir: string): Promise<string[]> {
  const seen = new Set<string>([ENTRY]);
  const found: string[] = [];
  const queue = [ENTRY];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    const code = await readFile(join(dir, name), 'utf8').catch(() => undefined);
    if (code === undefined) continue;
    for (const specifier of staticImportsOf(code)) {
      const file = SIBLING.exec(specifier)?.[1];
      if (file === undefined || seen.has(file)) continue;
      seen.add(file);
      found.push(file);
      queue.push(file);
    }
  }
  return found;
}

/**
 * {@link readInitialImports} of `dir`, read again only when the entry
 * module changes (its size or modification time: a new build); `[]` when
 * the directory has no entry.
 */
export function createInitialImports(dir: string): () => Promise<readonly string[]> {
  let version = '';
  let files: Promise<readonly string[]> = Promise.resolve([]);
  return async () => {
    const info = await stat(join(dir, ENTRY)).catch(() => undefined);
    const next = info ? `${info.size}-${info.mtimeMs}` : '';
    if (next !== version) {
      version = next;
      files = info ? readInitialImports(dir) : Promise.resolve([]);
    }
    return files;
  };
}
