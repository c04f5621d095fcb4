// Builds the preview harness (dev/preview.ts → dev/dist/preview.js) and serves
// dev/ on http://localhost:5177/preview (any /preview/* path serves the page,
// so multipage navigation can be tried). `--build-only` just builds.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const dev = fileURLToPath(new URL('.', import.meta.url));
const core = fileURLToPath(new URL('../../core/src/protocol/index.ts', import.meta.url));

await build({
  entryPoints: { preview: join(dev, 'preview.ts') },
  outdir: join(dev, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  sourcemap: true,
  chunkNames: 'chunk-[hash]',
  tsconfig: join(dev, '../tsconfig.json'),
  alias: { '@lit-ui/core/protocol': core },
  logLevel: 'warning',
});
console.log('built dev/dist/preview.js');
if (process.argv.includes('--build-only')) process.exit(0);

/** @type {Record<string, string>} */
const types = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css' };
const port = Number(process.env.PORT ?? 5177);
/**
 * Serves a file of dev/ (every /preview path serves the page).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function serve(req, res) {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const file = path === '/' || path === '/preview' || path.startsWith('/preview/') ? 'preview.html' : normalize(path).replace(/^[/\\]+/, '');
  try {
    const body = await readFile(join(dev, file));
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}
createServer((req, res) => void serve(req, res)).listen(port, '127.0.0.1', () => console.log(`preview: http://127.0.0.1:${port}/preview`));
