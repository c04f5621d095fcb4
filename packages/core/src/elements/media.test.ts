import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeltaGenerator } from '../dg/deltaGenerator.js';
import { AppTest } from '../testing/appTest.js';

/** A 1×1 PNG. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);
const GIF = new TextEncoder().encode('GIF89a');
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]);
const WEBP = new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ');

describe('st.image', () => {
  it('stores bytes once (content id), serves them with their type, and keeps URLs as they are', async () => {
    const at = AppTest.fromFunction((st) => {
      st.image(PNG, { caption: 'dot', width: 120 });
      st.image(PNG);
      st.image('https://example.com/a.png');
      st.image([GIF, JPEG, WEBP], { caption: ['g', 'j', 'w'], width: 'stretch' });
    });
    await at.run();
    const [a, b, c, row] = at.image;
    expect(a!.url).toMatch(/^_lit-ui\/media\/[A-Za-z0-9_-]{32}\.png$/);
    expect(b!.url).toBe(a!.url);
    expect(a!.proto).toMatchObject({ images: [{ url: a!.url, caption: 'dot' }], width: 120 });
    expect(c!.url).toBe('https://example.com/a.png');
    expect(row!.urls.map((u) => u.split('.').pop())).toEqual(['gif', 'jpg', 'webp']);
    expect(row!.captions).toEqual(['g', 'j', 'w']);
    const res = await at.fetch(a!.url);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
    const part = await at.fetch(a!.url, { headers: { Range: 'bytes=0-7' } });
    expect([part.status, (await part.arrayBuffer()).byteLength]).toEqual([206, 8]);
  });

  it('sanitises SVG (markup or bytes) and serves it as image/svg+xml', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)"><rect width="1" height="1"/></a></svg>';
    const at = AppTest.fromFunction((st) => {
      st.image(svg);
      st.image(new TextEncoder().encode(svg));
    });
    await at.run();
    expect(at.image[1]!.url).toBe(at.image[0]!.url);
    const res = await at.fetch(at.image[0]!.url);
    const text = await res.text();
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect(text).toContain('<rect width="1" height="1"/>');
    expect(text).not.toMatch(/onload|<script|javascript:/i);
  });

  it('serves local file paths (and Blobs, and uploaded files) without reading them into the tree', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'st-image-'));
    const path = join(dir, 'dot.png');
    await writeFile(path, PNG);
    const at = AppTest.fromFunction(async (st) => {
      st.image(path);
      st.image(new Blob([GIF], { type: 'image/gif' }));
      const upload = st.fileUploader('Picture', { type: 'image/*' });
      if (upload) st.image(upload, { caption: upload.name });
    });
    await at.run();
    expect(at.image[0]!.url).toMatch(/\.png$/);
    expect(new Uint8Array(await (await at.fetch(at.image[0]!.url)).arrayBuffer())).toEqual(PNG);
    expect((await at.fetch(at.image[1]!.url)).headers.get('content-type')).toBe('image/gif');
    await at.fileUploader[0]!.upload({ name: 'me.png', type: 'image/png', data: PNG }).run();
    expect(at.image[2]!.captions).toEqual(['me.png']);
    expect(new Uint8Array(await (await at.fetch(at.image[2]!.url)).arrayBuffer())).toEqual(PNG);
  });

  it('refuses what is not an image, a missing file, and mismatched captions, with InvalidArgument', async () => {
    for (const bad of [
      (st: DeltaGenerator) => st.image(new Uint8Array([1, 2, 3])),
      (st: DeltaGenerator) => st.image('/no/such/file.png'),
      (st: DeltaGenerator) => st.image([PNG, GIF], { caption: ['one'] }),
      (st: DeltaGenerator) => st.image(new Blob(['x'], { type: 'text/plain' })),
    ]) {
      const at = AppTest.fromFunction(bad);
      await at.run();
      expect(at.exception[0]?.code).toBe('InvalidArgument');
    }
  });

  it('frees an image a completed run no longer shows (after the grace period) — its URL then answers 404', async () => {
    const at = AppTest.fromFunction((st) => void (st.checkbox('Hide') || st.image(PNG)), { runtime: { media: { graceMs: 0 } } });
    await at.run();
    const url = at.image[0]!.url;
    await at.checkbox[0]!.check().run();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await at.fetch(url)).status).toBe(404);
  });
});

describe('st.audio, st.video, st.pdf', () => {
  it('encodes raw samples as WAV (as Streamlit does for arrays) and serves them with ranges', async () => {
    const samples = Float32Array.from({ length: 8000 }, (_, i) => Math.sin(i / 10) * 0.5);
    const at = AppTest.fromFunction((st) => st.audio(samples, { sampleRate: 8000, startTime: 1, loop: true }));
    await at.run();
    const audio = at.audio[0]!;
    expect(audio.proto).toMatchObject({ mime: 'audio/wav', startTime: 1, loop: true });
    const res = await at.fetch(audio.url);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('RIFF');
    expect(bytes.byteLength).toBe(44 + 8000 * 2);
    const view = new DataView(bytes.buffer);
    expect([view.getUint16(22, true), view.getUint32(24, true)]).toEqual([1, 8000]);
    expect(Math.max(...Array.from({ length: 200 }, (_, i) => Math.abs(view.getInt16(44 + i * 2, true))))).toBe(32767);
    const tail = await at.fetch(audio.url, { headers: { Range: 'bytes=-100' } });
    expect([tail.status, tail.headers.get('content-range')]).toEqual([
      206,
      `bytes ${bytes.byteLength - 100}-${bytes.byteLength - 1}/${bytes.byteLength}`,
    ]);
  });

  it('refuses samples without a sampleRate and non-audio bytes', async () => {
    const at = AppTest.fromFunction((st) => st.audio(new Float32Array(4)));
    await at.run();
    expect(at.exception[0]).toMatchObject({ code: 'InvalidArgument', message: 'st.audio: raw samples need a sampleRate (Hz).' });
  });

  it('serves video with subtitles as WebVTT tracks (SRT converted), one or several by label', async () => {
    const webm = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3]);
    const srt = '1\n00:00:01,000 --> 00:00:02,500\nHello\n';
    const at = AppTest.fromFunction((st) => {
      st.video(webm, { subtitles: srt, muted: true, startTime: '2s' });
      st.video('https://example.com/v.mp4', { subtitles: { English: 'WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n', Français: srt } });
    });
    await at.run();
    const [one, two] = at.video;
    expect(one!.proto).toMatchObject({ mime: 'video/webm', muted: true, startTime: 2 });
    expect(one!.subtitles.map((s) => s.label)).toEqual(['default']);
    const vtt = await (await at.fetch(one!.subtitles[0]!.url)).text();
    expect(vtt).toBe('WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nHello\n');
    expect(two!.url).toBe('https://example.com/v.mp4');
    expect(two!.proto['mime']).toBe('video/mp4');
    expect(two!.subtitles.map((s) => s.label)).toEqual(['English', 'Français']);
  });

  it('serves a PDF for the in-page viewer', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF');
    const at = AppTest.fromFunction((st) => st.pdf(pdf, { height: 400 }));
    await at.run();
    expect(at.pdf[0]!.proto).toMatchObject({ height: 400 });
    const res = await at.fetch(at.pdf[0]!.url);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-security-policy')).toBeNull();
  });
});
