import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, seeText } from './harness.js';
import { freePort, startTcpProxy, type TcpProxy } from './tcpProxy.js';

/**
 * The Next.js example (`examples/next`), built by `npm run build` (`next
 * build`) and served by `next start` exactly as in production: route
 * handlers only, so the app runs over HTTP streaming. Chromium reaches it
 * through a TCP proxy the test can cut, as a flaky network would. A second
 * server runs the example's custom server (`server.mjs`), which adds
 * WebSocket with `attachNextWebSocket`.
 */
const exampleDir = fileURLToPath(new URL('../../examples/next/', import.meta.url));
const nextBin = createRequire(`${exampleDir}package.json`).resolve('next/dist/bin/next');

interface RunningNext {
  readonly child: ChildProcess;
  readonly port: number;
  stop(): Promise<void>;
}

/** Starts `command` in the example's directory on a free port and waits until it answers HTTP. */
async function startNext(args: (port: number) => string[], env: Record<string, string> = {}): Promise<RunningNext> {
  if (!existsSync(`${exampleDir}.next/BUILD_ID`))
    throw new Error('examples/next is not built: run `npm run build` (it runs `next build` there) first.');
  const port = await freePort();
  const child = spawn(process.execPath, args(port), {
    cwd: exampleDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const end = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the Next.js server exited: ${output}`);
    const up = await fetch(`http://127.0.0.1:${port}/loan/_lit-ui/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > end) throw new Error(`the Next.js server did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    child,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

let browser: Browser;
let nextStart: RunningNext;
let proxy: TcpProxy;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  nextStart = await startNext((port) => [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1']);
  proxy = await startTcpProxy(nextStart.port);
  base = `http://127.0.0.1:${proxy.port}`;
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await nextStart?.stop();
});

/** The embedded app's caption counter. */
async function saved(page: Page, n: number): Promise<void> {
  await seeText(page, `Scenarios saved in this session: ${n}`);
}

/** Waits until the lit-ui app on the page is idle over `transport`. */
async function appIdle(page: Page, transport: string): Promise<void> {
  await page.locator(`lit-ui-app[run-state="idle"][active-transport="${transport}"]`).waitFor({ state: 'attached', timeout: 15_000 });
}

describe('examples/next under `next start` (route handlers, HTTP streaming)', () => {
  it('the React page embeds the app next to React content; both work; a reload resumes the session', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await seeText(page, 'Mortgage desk');
    await seeText(page, 'Loan calculator');
    await appIdle(page, 'http-stream');

    await page.getByRole('button', { name: /React clicks: 0/ }).click();
    await seeText(page, 'React clicks: 1');

    await page.getByRole('button', { name: 'Save scenario' }).click();
    await saved(page, 1);
    const payment = page.locator('[data-type="metric"]').filter({ hasText: 'Monthly payment' }).first();
    const before = await payment.textContent();
    const rate = page.getByRole('slider', { name: /Yearly rate/ });
    await rate.focus();
    await rate.press('PageUp');
    await expect.poll(() => payment.textContent(), { timeout: 10_000 }).not.toBe(before);

    await page.reload();
    await appIdle(page, 'http-stream');
    await saved(page, 1);
    await page.close();
  });

  it('the React page hears the app (lit-ui-change, lit-ui-run) and drives it (setState)', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await appIdle(page, 'http-stream');
    await expect.poll(() => page.getByLabel('Calculator state').textContent()).toBe('idle');
    const amount = page.getByRole('slider', { name: /Amount/ });
    await amount.focus();
    await amount.press('ArrowRight');
    await expect.poll(() => page.getByLabel('Picked amount').textContent(), { timeout: 10_000 }).toBe('$310,000');

    await page.getByRole('button', { name: 'Quote $500,000 at 3%' }).click();
    await expect.poll(() => amount.getAttribute('aria-valuenow'), { timeout: 10_000 }).toBe('500000');
    expect(await page.getByRole('slider', { name: /Yearly rate/ }).getAttribute('aria-valuenow')).toBe('3');
    // The host's own setState is reported back as a change, as the user's would be.
    await expect.poll(() => page.getByLabel('Picked amount').textContent()).toBe('$500,000');
    await page.close();
  });

  it('the stream reconnects after the network drops it, and nothing the user did is lost', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/loan`);
    await seeText(page, 'Loan calculator');
    await appIdle(page, 'http-stream');
    const save = page.getByRole('button', { name: 'Save scenario' });
    for (let n = 1; n <= 3; n++) {
      expect(proxy.drop()).toBeGreaterThan(0);
      await save.click();
      await saved(page, n);
      await appIdle(page, 'http-stream');
    }
    await page.close();
  });
});

describe('examples/next under its custom server (WebSocket through attachNextWebSocket)', () => {
  let custom: RunningNext;

  beforeAll(async () => {
    custom = await startNext(() => ['server.mjs'], { NODE_ENV: 'production' });
  }, 90_000);

  afterAll(async () => {
    await custom?.stop();
  });

  it('the app runs over WebSocket, and widgets work', async () => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${custom.port}/loan`);
    await appIdle(page, 'ws');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await saved(page, 1);
    await page.close();
  });
});
