import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defineApp } from '@lit-ui/core';
import { cspReport, watchCsp } from './cspWatch.js';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

/** A PNG shipped with vega-datasets (17 KB: its bytes would stand out in a WebSocket frame). */
const IMAGE = await readFile(new URL('../../node_modules/vega-datasets/data/ffox.png', import.meta.url));

const app = defineApp(async (st) => {
  st.title('Files');
  st.image(new Uint8Array(IMAGE), { caption: 'Firefox' });
  const file = st.fileUploader('CSV file', { type: ['csv'], maxUploadSize: 0.5 });
  if (file) {
    const [header, ...lines] = (await file.text()).trim().split('\n');
    const names = header!.split(',');
    const rows = lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i]!, v])));
    st.table(rows.slice(-3));
    st.text(`rows: ${rows.length}`);
  } else {
    st.text('no file');
  }
  st.downloadButton('Download report', () => `report for ${file?.name ?? 'nobody'}\n`, { fileName: 'report.txt', mime: 'text/plain' });
  const samples = Float32Array.from({ length: 8000 * 4 }, (_, i) => Math.sin((2 * Math.PI * 440 * i) / 8000));
  st.audio(samples, { sampleRate: 8000 });
});

let browser: Browser;
let served: Served;

beforeAll(async () => {
  browser = await launchChromium();
  served = await serveApp(app, { mount: '/files' });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Records the size of every WebSocket frame the page sends and receives. */
function watchFrames(page: Page): number[] {
  const sizes: number[] = [];
  page.on('websocket', (ws) => {
    ws.on('framesent', (f) => sizes.push(typeof f.payload === 'string' ? f.payload.length : f.payload.byteLength));
    ws.on('framereceived', (f) => sizes.push(typeof f.payload === 'string' ? f.payload.length : f.payload.byteLength));
  });
  return sizes;
}

describe('files and media in Chromium', () => {
  it('uploads a real CSV through the file input and shows its rows; no file or image bytes travel over the WebSocket', async () => {
    const page = await browser.newPage();
    const frames = watchFrames(page);
    const csp = await watchCsp(page);
    await page.goto(`${served.url}/`);
    await seeText(page, 'no file');
    await idle(page);
    const img = page.locator('img[alt="Firefox"]');
    await img.waitFor();
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    const csv = `name,score\n${Array.from({ length: 2000 }, (_, i) => `row${i},${i}`).join('\n')}\n`;
    await page.locator('input[type=file]').setInputFiles({ name: 'scores.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await seeText(page, 'rows: 2000');
    await seeText(page, 'row1999');
    expect(await page.locator('.lu-uploader-file').first().textContent()).toContain('scores.csv');
    expect(csv.length).toBeGreaterThan(20_000);
    // The page got the file's rows (the table shows the last three) but no frame carried the file or the image.
    expect(IMAGE.length).toBeGreaterThan(3000);
    expect(Math.max(...frames)).toBeLessThan(3000);
    // Images, uploads and the audio player work under the host page's default strict CSP.
    expect(await cspReport(page, csp)).toEqual({ violations: [], consoleErrors: [] });
    await page.close();
  });

  it('shows an over-limit file error in place, and the page keeps working', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}/`);
    await seeText(page, 'no file');
    await idle(page);
    const input = page.locator('input[type=file]');
    await input.setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(600_000, 'a') });
    await seeText(page, /huge\.csv is larger than the limit/);
    await input.setInputFiles({ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') });
    await seeText(page, 'rows: 1');
    await page.close();
  });

  it('refuses a wrong file type on the server even when the browser sends it', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}/`);
    await seeText(page, 'no file');
    await idle(page);
    // Bypass the client check: ask the side channel directly, as a tampered client would.
    const status = await page.evaluate(async () => {
      const app = document.querySelector('lit-ui-app') as HTMLElement;
      const uploader = app.shadowRoot!.querySelector('lit-ui-file-uploader') as HTMLElement & {
        proto: { id: string };
        ctx: { media: { upload(id: string, f: File): Promise<unknown> } };
      };
      try {
        await uploader.ctx.media.upload(uploader.proto.id, new File(['MZ'], 'evil.exe'));
        return 'accepted';
      } catch (error) {
        return (error as { status: number }).status;
      }
    });
    expect(status).toBe(415);
    await page.close();
  });

  it('a download arrives with its file name and bytes (deferred data produced on click)', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}/`);
    await seeText(page, 'no file');
    await idle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report' }).click()]);
    expect(download.suggestedFilename()).toBe('report.txt');
    expect(await readFile(await download.path(), 'utf8')).toBe('report for nobody\n');
    await page.close();
  });

  it('seeks in served audio (HTTP ranges)', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}/`);
    await seeText(page, 'no file');
    const audio = page.locator('audio');
    await audio.waitFor({ state: 'attached' });
    const result = await audio.evaluate(
      (el: HTMLAudioElement) =>
        new Promise<{ duration: number; time: number }>((resolve, reject) => {
          const seek = () => {
            el.addEventListener('seeked', () => resolve({ duration: el.duration, time: el.currentTime }), { once: true });
            el.currentTime = 3;
          };
          el.addEventListener('error', () => reject(new Error(`media error ${el.error?.code}`)), { once: true });
          if (el.readyState >= 1) seek();
          else el.addEventListener('loadedmetadata', seek, { once: true });
        }),
    );
    expect(result.duration).toBeCloseTo(4, 1);
    expect(result.time).toBeCloseTo(3, 1);
    await page.close();
  });
});
