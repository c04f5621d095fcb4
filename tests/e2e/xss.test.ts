import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CORPUS_PAGES, END_MARK, xssCorpusApp } from './xss/corpusApp.js';
import { XSS_VECTORS } from './xss/vectors.js';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

/**
 * The XSS corpus (tests/e2e/xss/vectors.ts) rendered in Chromium through
 * every text-bearing place of lit-ui — markdown with and without raw HTML,
 * st.html, labels, help, values, options, captions, headings, alerts, code,
 * LaTeX, table and dataframe cells and headers, JSON, metric parts, tab,
 * expander, popover and status labels, progress text, chat names and
 * avatars, toasts, exceptions, link labels and URLs, page titles and icons
 * (host page and st.setPageConfig), navigation titles and a dialog title —
 * four pages of one app. The host page's CSP is turned off, so the
 * sanitiser and renderers alone must hold: no canary call, no dialog, no
 * navigation, no popup, and no executable markup left in the DOM.
 */
let browser: Browser;
let served: Served;

beforeAll(async () => {
  expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(50);
  browser = await launchChromium();
  served = await serveApp(xssCorpusApp, { mount: '/xss', contentSecurityPolicy: false, title: XSS_VECTORS.join(' ') });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** What a page did that it must not. */
interface Watch {
  readonly dialogs: string[];
  readonly navigations: string[];
  readonly popups: string[];
}

async function openWatched(path: string): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage();
  const watch: Watch = { dialogs: [], navigations: [], popups: [] };
  await page.addInitScript(() => {
    const hits: string[] = [];
    Object.assign(window, { __xssHits: hits, __xss: (id: unknown) => hits.push(String(id)) });
  });
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('popup', (popup) => watch.popups.push(popup.url()));
  await page.goto(`${served.url}/${path}`);
  // A document load after this one (history.pushState/replaceState of page switches is not a request).
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) watch.navigations.push(request.url());
  });
  return { page, watch };
}

/** Waits until every image in the app has loaded or failed and every formula is typeset, then two frames. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const roots: Array<Document | ShadowRoot> = [document];
      const images: HTMLImageElement[] = [];
      let pendingMath = 0;
      for (let i = 0; i < roots.length; i++) {
        const root = roots[i]!;
        for (const el of root.querySelectorAll('*')) {
          if (el instanceof HTMLImageElement) images.push(el);
          if (el.classList.contains('lu-math') && !el.hasAttribute('data-typeset')) pendingMath++;
          if (el.shadowRoot) roots.push(el.shadowRoot);
        }
      }
      return pendingMath === 0 && images.every((img) => img.complete);
    },
    undefined,
    { timeout: 30_000 },
  );
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Executable markup anywhere in the page body or any shadow root: script-like elements, handlers, script URLs. */
function findExecutableMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const ACTIVE = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'applet', 'portal']);
    const URL_ATTRS = new Set([
      'href',
      'xlink:href',
      'src',
      'action',
      'formaction',
      'data',
      'srcdoc',
      'to',
      'from',
      'values',
      'background',
      'poster',
    ]);
    const roots: ParentNode[] = [document.body];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i]!.querySelectorAll('*')) {
        if (ACTIVE.has(el.localName)) found.push(`<${el.localName}>`);
        for (const attr of el.attributes) {
          const name = attr.name.toLowerCase();
          // eslint-disable-next-line no-control-regex -- browsers ignore these in URLs
          const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
          if (name.startsWith('on')) found.push(`${el.localName}[${name}]`);
          if (URL_ATTRS.has(name) && /^(javascript:|vbscript:|data:(?!image\/))/.test(value)) found.push(`${el.localName}[${name}=${attr.value}]`);
        }
        if (el.shadowRoot) roots.push(el.shadowRoot);
      }
    }
    const icon = document.querySelector('link[rel~="icon"]')?.getAttribute('href') ?? '';
    if (!/^(data:image\/|https?:|\/)/.test(icon)) found.push(`icon ${icon}`);
    return found;
  });
}

async function expectNothingRan(page: Page, watch: Watch): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xssHits: string[] }).__xssHits)).toEqual([]);
  expect(await findExecutableMarkup(page)).toEqual([]);
  expect(watch.dialogs).toEqual([]);
  expect(watch.navigations).toEqual([]);
  expect(watch.popups).toEqual([]);
}

describe(`the XSS corpus (${XSS_VECTORS.length} vectors) in Chromium, CSP off`, () => {
  for (const path of CORPUS_PAGES) {
    it(`/${path}: nothing executes`, async () => {
      const { page, watch } = await openWatched(path);
      await seeText(page, END_MARK, 30_000);
      await idle(page, 30_000);
      await settle(page);
      await expectNothingRan(page, watch);
      // The vectors were shown, not dropped: as plain text where the place is text-only, as many widgets as vectors.
      if (path === 'text') await seeText(page, XSS_VECTORS[0]!);
      if (path === 'widgets') expect(await page.getByRole('checkbox').count()).toBe(XSS_VECTORS.length);
      if (path === 'links') {
        await seeText(page, "st.linkButton refuses the URL scheme 'javascript:'");
        await seeText(page, "st.pageLink refuses the URL scheme 'data:'");
        await page.getByRole('dialog').waitFor();
      }
      await page.close();
    });
  }

  it('the host page keeps a hostile title as text', async () => {
    const { page, watch } = await openWatched('v0');
    // Besides the page's own elements, only the bundle chunks client.js imports (modulepreload links).
    const head = await page.evaluate(() =>
      [...document.head.children].map((el) => (el.getAttribute('rel') === 'modulepreload' ? `preload ${el.getAttribute('href')}` : el.localName)),
    );
    expect(head.filter((name) => !name.startsWith('preload '))).toEqual(['meta', 'meta', 'title', 'link', 'style', 'script']);
    for (const name of head.filter((n) => n.startsWith('preload '))) expect(name).toMatch(/^preload \/[\w/-]*\/chunk-[\w-]+\.js$/);
    await idle(page, 30_000);
    await expectNothingRan(page, watch);
    await page.close();
  });

  it('the canary, dialog and navigation watches are live (vectors placed by hand are caught)', async () => {
    const { page, watch } = await openWatched('v0');
    await idle(page, 30_000);
    await page.evaluate(() => {
      const app = document.querySelector('lit-ui-app')!;
      const probe = document.createElement('div');
      probe.innerHTML = '<img src="x" onerror="__xss(\'control\')">';
      app.shadowRoot!.append(probe);
    });
    await page.waitForFunction(() => (window as unknown as { __xssHits: string[] }).__xssHits.includes('control'));
    expect(await findExecutableMarkup(page)).toContain('img[onerror]');
    await page.evaluate(() => setTimeout(() => alert('control'), 0));
    await expect.poll(() => watch.dialogs).toEqual(['alert: control']);
    await page.evaluate(() => {
      const meta = document.createElement('meta');
      meta.httpEquiv = 'refresh';
      meta.content = '0;url=/xss/elsewhere';
      document.head.append(meta);
    });
    await expect.poll(() => watch.navigations).toEqual([`${served.url}/elsewhere`]);
    await page.close();
  });
});
