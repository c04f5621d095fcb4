import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { defineApp } from '@lit-ui/core';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

// A folder upload, as Streamlit's `accept_multiple_files="directory"`: every CSV of the chosen folder, its
// subfolders included; files of other types are left out (not refused one by one).
const app = defineApp(async (st) => {
  const files = st.fileUploader('Data folder', { acceptMultipleFiles: 'directory', type: ['csv'] });
  st.text(`files: ${files.length}`);
  for (const file of files) st.text(`${file.name}: ${(await file.text()).trim().split('\n').length} lines`);
});

const SALES = 'day,amount\n1,10\n2,20\n';
const COSTS = 'day,amount\n1,5\n2,6\n3,7\n';

let browser: Browser;
let served: Served;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'lit-ui-folder-'));
  await mkdir(join(folder, 'data', 'more'), { recursive: true });
  await writeFile(join(folder, 'data', 'sales.csv'), SALES);
  await writeFile(join(folder, 'data', 'more', 'costs.csv'), COSTS);
  await writeFile(join(folder, 'data', 'notes.txt'), 'not a CSV');
  browser = await launchChromium();
  served = await serveApp(app, { mount: '/folder' });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('directory upload in Chromium', () => {
  it('uploads every accepted file of a chosen folder (subfolders included) and removes one with ×', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}/`);
    await seeText(page, 'files: 0');
    await idle(page);
    const input = page.locator('input[type=file]');
    expect(await input.evaluate((el: HTMLInputElement) => el.webkitdirectory)).toBe(true);
    await input.setInputFiles(join(folder, 'data'));
    await seeText(page, 'files: 2');
    await seeText(page, 'sales.csv: 3 lines');
    await seeText(page, 'costs.csv: 4 lines');
    const listed = await page.locator('.lu-uploader-file').allTextContents();
    expect(listed.map((t) => t.replace(/\s+/g, ' ').trim()).sort()).toEqual([`costs.csv${COSTS.length} B ×`, `sales.csv${SALES.length} B ×`]);
    // The text file was left out, not refused: no error shows.
    expect(await page.locator('.lu-uploader-error').count()).toBe(0);
    await page.screenshot({ path: join(tmpdir(), 'lit-ui-directory-upload.png') });
    await page.getByRole('button', { name: 'Remove sales.csv' }).click();
    await seeText(page, 'files: 1');
    expect(await page.getByText('sales.csv: 3 lines').count()).toBe(0);
    await page.close();
  });

  it('uploads a folder dropped on the drop zone, walking its directory entries', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}/`);
    await seeText(page, 'files: 0');
    await idle(page);
    const zone = await page.locator('.lu-uploader-zone').boundingBox();
    expect(zone).not.toBeNull();
    const [x, y] = [zone!.x + zone!.width / 2, zone!.y + zone!.height / 2];
    // A drag from the desktop, as Chromium gets it from the OS: the folder's path, which the page sees as a directory entry.
    const cdp = await page.context().newCDPSession(page);
    const data = { items: [], files: [join(folder, 'data')], dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, x, y, data });
    await seeText(page, 'files: 2');
    await seeText(page, 'sales.csv: 3 lines');
    await seeText(page, 'costs.csv: 4 lines');
    expect(await page.locator('.lu-uploader-error').count()).toBe(0);
    await cdp.detach();
    await page.close();
  });
});
