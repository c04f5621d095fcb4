import { AppTest } from '@lit-ui/core/testing';
import { describe, expect, it } from 'vitest';
import app, { chord } from './app.js';

describe('media gallery example', () => {
  it('shows the vega-datasets PNGs in a row with captions, served as files', async () => {
    const at = AppTest.fromFunction(app);
    await at.run();
    expect(at.exception).toHaveLength(0);
    expect(at.image[0]!.captions).toEqual(['7zip', 'ffox', 'gimp']);
    const res = await at.fetch(at.image[0]!.urls[1]!);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect((await res.arrayBuffer()).byteLength).toBe(17_628);
    await at.radio[0]!.setValue('gimp.png').run();
    expect(at.image[1]!.captions).toEqual(['gimp.png at 256 px']);
    expect(at.image[1]!.url).toBe(at.image[0]!.urls[2]);
  });

  it('draws an SVG and synthesises a WAV chord', async () => {
    const at = AppTest.fromFunction(app);
    await at.run();
    const svg = await (await at.fetch(at.image[2]!.url)).text();
    expect(svg.match(/<rect/g)).toHaveLength(6);
    const wav = new Uint8Array(await (await at.fetch(at.audio[0]!.url)).arrayBuffer());
    expect(new TextDecoder().decode(wav.subarray(8, 12))).toBe('WAVE');
    expect(wav.byteLength).toBe(44 + 2 * 22_050 * 2);
    const before = at.audio[0]!.url;
    await at.selectbox[0]!.select('A minor').run();
    expect(at.audio[0]!.url).not.toBe(before);
  });

  it('fades the chord out', () => {
    const samples = chord([440], 1, 8000);
    expect(samples.length).toBe(8000);
    expect(Math.abs(samples[7999]!)).toBeLessThan(0.01);
  });
});
