import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defineApp } from '@lit-ui/core';
import { launchChromium, seeText, serveApp, type Served } from './harness.js';

/** webm-muxer's browser build: it declares the global `WebMMuxer`. */
const MUXER_SCRIPT = fileURLToPath(new URL('../../node_modules/webm-muxer/build/webm-muxer.js', import.meta.url));

/** The video the app shows once the browser has made it. */
let video: Uint8Array | undefined;

const app = defineApp((st) => {
  if (video) st.video(video, { format: 'video/webm' });
  else st.text('no video yet');
});

let browser: Browser;
let served: Served;

beforeAll(async () => {
  browser = await launchChromium();
  served = await serveApp(app, { mount: '/films' });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/**
 * A 4 s VP8 WebM (160×120, 10 frames/s, a key frame each second) made in
 * the page with WebCodecs and muxed, with its duration and cues, by
 * webm-muxer: a real, seekable video without a video file in the repository.
 */
async function makeVideo(page: Page): Promise<Uint8Array> {
  await page.addScriptTag({ path: MUXER_SCRIPT });
  const bytes = await page.evaluate(async () => {
    type MuxerModule = {
      Muxer: new (options: object) => { addVideoChunk(chunk: EncodedVideoChunk, meta?: EncodedVideoChunkMetadata): void; finalize(): void };
      ArrayBufferTarget: new () => { buffer: ArrayBuffer };
    };
    const { Muxer, ArrayBufferTarget } = (globalThis as unknown as { WebMMuxer: MuxerModule }).WebMMuxer;
    const [width, height, fps, seconds] = [160, 120, 10, 4];
    const target = new ArrayBufferTarget();
    const muxer = new Muxer({ target, video: { codec: 'V_VP8', width, height, frameRate: fps } });
    // The encoder reports failures as DOMExceptions (Errors).
    let failure: Error | undefined;
    const encoder = new VideoEncoder({
      output: (chunk, meta) => muxer.addVideoChunk(chunk, meta),
      error: (error) => (failure = error),
    });
    encoder.configure({ codec: 'vp8', width, height, bitrate: 200_000, framerate: fps });
    const canvas = new OffscreenCanvas(width, height);
    const g = canvas.getContext('2d')!;
    for (let i = 0; i < fps * seconds; i++) {
      g.fillStyle = `hsl(${i * 9}, 70%, 50%)`;
      g.fillRect(0, 0, width, height);
      g.fillStyle = '#fff';
      g.font = '48px sans-serif';
      g.fillText(String(i), 40, 80);
      const frame = new VideoFrame(canvas, { timestamp: (i * 1_000_000) / fps, duration: 1_000_000 / fps });
      encoder.encode(frame, { keyFrame: i % fps === 0 });
      frame.close();
    }
    await encoder.flush();
    if (failure) throw failure;
    muxer.finalize();
    return [...new Uint8Array(target.buffer)];
  });
  return Uint8Array.from(bytes);
}

describe('video in Chromium', () => {
  it('seeks in a served video: Range requests answered with 206, currentTime set and seeked at that position', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}/`);
    await seeText(page, 'no video yet');
    video = await makeVideo(page);
    expect(video.byteLength).toBeGreaterThan(1000);

    const media: { status: number; range: string | undefined; contentRange: string | null }[] = [];
    page.on('response', (res) => {
      if (!res.url().includes('/_lit-ui/media/')) return;
      media.push({ status: res.status(), range: res.request().headers()['range'], contentRange: res.headers()['content-range'] ?? null });
    });
    await page.reload();
    const el = page.locator('video');
    await el.waitFor({ state: 'attached' });
    const result = await el.evaluate(
      (v: HTMLVideoElement) =>
        new Promise<{ duration: number; seekedAt: number }>((resolve, reject) => {
          const seek = () => {
            v.addEventListener('seeked', () => resolve({ duration: v.duration, seekedAt: v.currentTime }), { once: true });
            v.currentTime = 2.5;
          };
          v.addEventListener('error', () => reject(new Error(`media error ${v.error?.code}: ${v.error?.message}`)), { once: true });
          if (v.readyState >= 1) seek();
          else v.addEventListener('loadedmetadata', seek, { once: true });
        }),
    );
    // 40 frames of 0.1 s: the muxer's duration ends at the last frame's start (3.9 s) or its end (4 s).
    expect(result.duration).toBeGreaterThanOrEqual(3.9);
    expect(result.duration).toBeLessThanOrEqual(4);
    expect(result.seekedAt).toBeCloseTo(2.5, 2);
    // The browser fetched the video in ranges, each answered 206 with its Content-Range.
    expect(media.length).toBeGreaterThan(0);
    for (const answer of media) {
      expect(answer.range).toMatch(/^bytes=\d+-\d*$/);
      expect(answer.status).toBe(206);
      expect(answer.contentRange).toMatch(new RegExp(`^bytes \\d+-\\d+/${video.byteLength}$`));
    }
    await page.close();
  });
});
