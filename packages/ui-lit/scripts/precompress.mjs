// Writes a brotli (`.br`, quality 11; 9 above 256 KB, where 11 costs seconds for a lazy chunk) and a gzip (`.gz`, level 9) sibling of every text file of the
// browser bundle (dist/browser), so the server sends a compressed file without compressing it on
// the first request (src/server/staticAssets.ts serves a sibling only when it is not older than its file).
// Files whose compressed form saves under 10% (and fonts, compressed already) get no sibling.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Extensions compressed (as COMPRESSIBLE in staticAssets.ts). */
const TEXT = /\.(?:js|mjs|map|json|css|svg|wasm|ttf)$/;
const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../dist/browser');
const started = Date.now();
let files = 0;
let raw = 0;
let br = 0;
for (const name of readdirSync(dir)) {
  const file = join(dir, name);
  if (!TEXT.test(name) || !statSync(file).isFile()) continue;
  const bytes = readFileSync(file);
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: bytes.byteLength > 256 * 1024 ? 9 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
  });
  if (brotli.byteLength > bytes.byteLength * 0.9) continue;
  writeFileSync(`${file}.br`, brotli);
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  files++;
  raw += bytes.byteLength;
  br += brotli.byteLength;
}
console.log(
  `precompress: ${files} files of dist/browser, ${(raw / 1024).toFixed(0)} KB → ${(br / 1024).toFixed(0)} KB brotli (${Date.now() - started} ms)`,
);
