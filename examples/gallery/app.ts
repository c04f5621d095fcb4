/**
 * A media gallery: the PNG icons shipped in `vega-datasets`, shown in a row
 * with captions and one enlarged; an SVG drawn by the script (sanitised and
 * served as a file); and an audio clip synthesised as raw samples (a chord),
 * encoded as WAV by `st.audio` as Streamlit does for arrays. Every byte is
 * served by the runtime's media manager, never inside a delta.
 */
import { readFile } from 'node:fs/promises';
import { cacheData, defineApp } from '@lit-ui/core';

const ICONS = ['7zip.png', 'ffox.png', 'gimp.png'] as const;

const loadIcons = cacheData(
  async () =>
    Promise.all(ICONS.map(async (name) => new Uint8Array(await readFile(new URL(`../../node_modules/vega-datasets/data/${name}`, import.meta.url))))),
  { copy: false },
);

/** `seconds` of a chord at `sampleRate` Hz, fading out (samples in -1…1). */
export function chord(frequencies: readonly number[], seconds: number, sampleRate: number): Float32Array {
  const samples = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < samples.length; i++) {
    const t = i / sampleRate;
    const fade = 1 - i / samples.length;
    samples[i] = (fade * frequencies.reduce((sum, f) => sum + Math.sin(2 * Math.PI * f * t), 0)) / frequencies.length;
  }
  return samples;
}

/** A small bar chart as SVG markup. */
function bars(values: readonly number[]): string {
  const width = 24 * values.length;
  const max = Math.max(...values);
  const rects = values
    .map((v, i) => `<rect x="${i * 24 + 4}" y="${100 - (v / max) * 96}" width="16" height="${(v / max) * 96}" fill="#ff4b4b"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="100" viewBox="0 0 ${width} 100">${rects}</svg>`;
}

export default defineApp(async (st) => {
  st.title('Media gallery');
  const icons = await loadIcons();
  st.image(icons, { caption: ICONS.map((name) => name.replace('.png', '')) });
  const chosen = st.radio('Enlarge', ICONS, { horizontal: true, key: 'enlarge' });
  if (chosen) st.image(icons[ICONS.indexOf(chosen)]!, { width: 256, caption: `${chosen} at 256 px` });

  st.subheader('An SVG drawn by the script');
  const count = st.slider('Bars', { minValue: 3, maxValue: 12, value: 6, key: 'bars' });
  st.image(bars(Array.from({ length: count }, (_, i) => 1 + ((i * 7) % 5))), { caption: `${count} bars` });

  st.subheader('A synthesised chord');
  const chordName = st.selectbox('Chord', ['C major', 'A minor'], { key: 'chord' }) ?? 'C major';
  const notes = chordName === 'C major' ? [261.63, 329.63, 392] : [220, 261.63, 329.63];
  st.audio(chord(notes, 2, 22_050), { sampleRate: 22_050 });
});
