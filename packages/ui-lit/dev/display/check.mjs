// Builds the display gallery (dev/display/gallery.ts → dev/display/dist/),
// serves it, and in Chromium: checks DOMPurify sanitising and markdown
// links, checks that big dataframes are virtualized, and screenshots each
// scene in both themes to an output directory (default /tmp/lit-ui-display).
// Usage: node dev/display/check.mjs [outDir] [scene[:theme] ...]
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const core = fileURLToPath(new URL('../../../core/src/protocol/index.ts', import.meta.url));
const [outDir = '/tmp/lit-ui-display', ...specs] = process.argv.slice(2);
const shots =
  specs.length > 0
    ? specs
    : ['text', 'text:dark', 'data', 'data:dark', 'metrics,buttons', 'metrics,buttons:dark', 'status', 'status:dark', 'charts', 'charts:dark'];
mkdirSync(outDir, { recursive: true });

await build({
  entryPoints: { gallery: join(here, 'gallery.ts') },
  outdir: join(here, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  chunkNames: 'chunk-[hash]',
  tsconfig: join(here, '../../tsconfig.json'),
  alias: { '@lit-ui/core/protocol': core },
  logLevel: 'warning',
  metafile: false,
});

/** @type {Record<string, string>} */
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer((req, res) => void serve(req, res));
/**
 * Serves a file of dev/display/.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function serve(req, res) {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const file = path === '/' ? 'gallery.html' : normalize(path).replace(/^[/\\]+/, '');
  try {
    const body = await readFile(join(here, file));
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}
await /** @type {Promise<void>} */ (new Promise((resolve) => server.listen(0, '127.0.0.1', resolve)));
const base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
});
let failures = 0;
/**
 * Prints one check's outcome and counts failures.
 * @param {boolean} ok
 * @param {string} what
 */
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};

try {
  // 1. Sanitising with the real DOMPurify.
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(`${base}/gallery.html?scene=data`);
  await page.waitForFunction(() => '__display' in window);
  const results = await page.evaluate(() => {
    /** @typedef {typeof import('../../src/renderers/display/index.js')} Display */
    // Set by gallery.ts.
    const hooks = /** @type {{ __display: Pick<Display, 'sanitizeHtml' | 'renderMarkdown'> }} */ (/** @type {unknown} */ (window));
    const { sanitizeHtml, renderMarkdown } = hooks.__display;
    /** @param {string} s */
    const dom = (s) => Object.assign(document.createElement('div'), { innerHTML: s });
    const a = dom(
      sanitizeHtml(
        '<p onclick="x()">hi</p><script>alert(1)</script><img src="a.png" onerror="alert(2)"><a href="javascript:alert(3)">j</a><svg><script>1</script></svg><iframe src="//x"></iframe>',
      ),
    );
    const md = dom(renderMarkdown('Hi <img src=x onerror=alert(1)> <script>alert(1)</script> [l](https://e.org) [j](javascript:alert(1))'));
    const unsafe = dom(
      renderMarkdown('<b onmouseover="alert(1)">bold</b> <a href="https://e.org">e</a><script>alert(1)</script><style>b{color:red}</style>', {
        unsafeAllowHtml: true,
      }),
    );
    return {
      script: a.querySelector('script') === null,
      onclick: a.querySelector('p')?.hasAttribute('onclick') === false,
      onerror: a.querySelector('img')?.hasAttribute('onerror') === false,
      jsHref: !(a.querySelector('a')?.getAttribute('href') ?? '').startsWith('javascript'),
      iframe: a.querySelector('iframe') === null,
      mdEscaped: md.querySelector('img') === null && md.querySelector('script') === null && md.textContent?.includes('<img src=x') === true,
      mdLink:
        md.querySelector('a[href="https://e.org"]')?.getAttribute('target') === '_blank' &&
        md.querySelector('a[href="https://e.org"]')?.getAttribute('rel') === 'noopener noreferrer',
      mdJsLink: [...md.querySelectorAll('a')].every((l) => !(l.getAttribute('href') ?? '').startsWith('javascript')),
      unsafeKeeps: unsafe.querySelector('b')?.textContent === 'bold' && unsafe.querySelector('style') !== null,
      unsafeStrips: unsafe.querySelector('script') === null && unsafe.querySelector('b')?.hasAttribute('onmouseover') === false,
      unsafeLink: unsafe.querySelector('a')?.getAttribute('target') === '_blank',
    };
  });
  for (const [name, ok] of Object.entries(results)) check(ok, `sanitize: ${name}`);

  // 2. st.html in the gallery did not run its script or handler.
  const text = await browser.newPage();
  await text.goto(`${base}/gallery.html?scene=text`);
  await text.waitForTimeout(800);
  check((await text.title()) !== 'pwned', 'st.html: script and onerror did not run');
  await text.close();

  // 3. The 1,000-row dataframe is virtualized and scrolls.
  await page.waitForTimeout(500);
  const df = await page.evaluate(async () => {
    const frames = document.querySelector('display-gallery')?.shadowRoot?.querySelectorAll('lit-ui-dataframe') ?? [];
    const big = frames[1];
    const scroller = big?.querySelector('.lu-df-scroll');
    if (!big || !scroller) return { before: 0, after: 0, has600: false, footer: 'no big dataframe' };
    const before = big.querySelectorAll('.lu-df-body .lu-df-row').length;
    scroller.scrollTop = 35 * 600;
    await new Promise((r) => setTimeout(r, 300));
    const labels = [...big.querySelectorAll('.lu-df-body .lu-df-index')].map((c) => c.textContent);
    return { before, after: labels.length, has600: labels.includes('600'), footer: big.querySelector('.lu-df-footer')?.textContent ?? '' };
  });
  check(df.before > 5 && df.before < 100, `dataframe: ${df.before} of 1,000 rows in the DOM`);
  check(df.has600 && df.after < 100, `dataframe: scrolled to row 600 (${df.after} rows in the DOM)`);
  await page.close();

  // 4. Hover and focus states: heading anchor, help tooltip, copy button, open traceback.
  if (specs.length === 0 || specs.includes('details')) {
    const detail = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await detail.goto(`${base}/gallery.html?scene=text,status`);
    await detail.waitForTimeout(1200);
    const root = detail.locator('display-gallery');
    await root.locator('h2.lu-header').first().hover();
    await detail.screenshot({ path: join(outDir, 'details-heading.png'), clip: { x: 0, y: 100, width: 900, height: 260 } });
    await root.locator('h2.lu-header .lu-help').first().focus();
    await detail.waitForTimeout(400);
    await detail.screenshot({ path: join(outDir, 'details-help.png'), clip: { x: 0, y: 40, width: 900, height: 260 } });
    await root.locator('.lu-with-help > .lu-help').first().hover();
    await detail.waitForTimeout(400);
    await detail.screenshot({ path: join(outDir, 'details-help-right.png'), clip: { x: 300, y: 150, width: 600, height: 200 } });
    const code = root.locator('lit-ui-code').first();
    await code.scrollIntoViewIfNeeded();
    await code.hover();
    await code.screenshot({ path: join(outDir, 'details-code.png') });
    const exception = root.locator('.lu-exception').first();
    await exception.locator('summary').click();
    await exception.scrollIntoViewIfNeeded();
    await exception.screenshot({ path: join(outDir, 'details-exception.png') });
    // Charts follow a live theme switch of the app.
    await detail.goto(`${base}/gallery.html?scene=charts`);
    await detail.waitForTimeout(2000);
    await detail.evaluate(() => {
      const gallery = document.querySelector('display-gallery');
      gallery?.setAttribute('theme', 'dark');
      document.body.style.background = '#0e1117';
    });
    await detail.waitForTimeout(1500);
    await detail.screenshot({ path: join(outDir, 'details-theme-switch.png'), clip: { x: 0, y: 0, width: 900, height: 450 } });
    console.log(join(outDir, 'details-*.png'));
    await detail.close();
  }

  // 5. Screenshots.
  for (const spec of shots.filter((s) => s !== 'details')) {
    const [scene = '', theme = 'light', width = '900'] = spec.split(':');
    const shot = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
    shot.on('pageerror', (e) => console.error(`[${spec}] page error: ${e.message}`));
    await shot.goto(`${base}/gallery.html?scene=${scene}&theme=${theme}`);
    await shot.waitForTimeout(scene.includes('charts') ? 2500 : 1200);
    const file = join(outDir, `${spec.replace(/[:,]/g, '-')}.png`);
    await shot.screenshot({ path: file, fullPage: true });
    console.log(file);
    await shot.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(failures === 0 ? 'all checks passed' : `${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
