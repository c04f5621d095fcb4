import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { defineApp } from '@lit-ui/core';
import { cspReport, watchCsp } from './cspWatch.js';
import { CHROMIUM_ARGS, idle, seeText, serveApp, type Served } from './harness.js';

const app = defineApp((st) => {
  const photo = st.cameraInput('Smile');
  st.text(photo ? `photo: ${photo.name} ${photo.type} ${photo.size > 1000 ? 'has bytes' : 'empty'}` : 'no photo');
  if (photo) st.image(photo, { caption: 'snapshot' });
  const voice = st.audioInput('Speak');
  st.text(voice ? `voice: ${voice.name} ${voice.type.split('/')[0]} ${voice.size > 0 ? 'has bytes' : 'empty'}` : 'no voice');
});

let browser: Browser;
let served: Served;

beforeAll(async () => {
  // Chromium's fake camera and microphone, granted without a prompt.
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
  served = await serveApp(app, { mount: '/devices' });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('camera and microphone inputs in Chromium (fake devices)', () => {
  it('takes a photo with the camera, uploads it, and shows it back through a media URL', async () => {
    const page = await browser.newPage();
    const csp = await watchCsp(page);
    await page.goto(`${served.url}/`);
    await seeText(page, 'no photo');
    await idle(page);
    await page.getByRole('button', { name: 'Take photo' }).click();
    await page.getByRole('button', { name: 'Capture' }).click();
    await seeText(page, 'photo: camera.jpg image/jpeg has bytes');
    const img = page.locator('img[alt="snapshot"]');
    await img.waitFor();
    await page.waitForFunction(() => {
      const el = document.querySelector('lit-ui-app')?.shadowRoot?.querySelector('img[alt="snapshot"]') as HTMLImageElement | null;
      return el !== null && el.complete && el.naturalWidth > 0;
    });
    await page.getByRole('button', { name: 'Clear photo' }).click();
    await seeText(page, 'no photo');
    expect(await cspReport(page, csp)).toEqual({ violations: [], consoleErrors: [] });
    await page.close();
  });

  it('records from the microphone and uploads the recording', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}/`);
    await seeText(page, 'no voice');
    await idle(page);
    await page.getByRole('button', { name: /Record/ }).click();
    await seeText(page, 'Recording…');
    await page.getByRole('button', { name: /Stop/ }).click();
    await seeText(page, /voice: recording\.\w+ (audio|video) has bytes/);
    expect(await page.getByRole('button', { name: 'Clear recording' }).isVisible()).toBe(true);
    await page.close();
  });
});
