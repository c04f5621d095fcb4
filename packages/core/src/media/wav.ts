import { invalidArgument } from '../errors.js';

/** Raw audio samples: one channel, or one array per channel (as Streamlit takes NumPy arrays). */
export type AudioSamples = Float32Array | Float64Array | readonly number[] | readonly (Float32Array | Float64Array | readonly number[])[];

/**
 * Encodes raw samples as a 16-bit PCM WAV file, as Streamlit does for NumPy
 * arrays: samples are scaled so the loudest is at full scale (silence stays
 * silent).
 *
 * @param samples - Samples in any range (typically -1…1); several channels as an array of equal-length arrays.
 * @param sampleRate - Samples per second (Hz), a positive integer.
 * @returns The WAV file's bytes.
 * @throws LitUiError `InvalidArgument` for a bad sample rate, channels of different lengths, or non-finite samples.
 */
export function encodeWav(samples: AudioSamples, sampleRate: number): Uint8Array {
  if (!Number.isInteger(sampleRate) || sampleRate <= 0)
    throw invalidArgument(`st.audio: sampleRate must be a positive integer (Hz), got ${sampleRate}.`);
  const channels = isMultiChannel(samples) ? samples : [samples];
  const frames = channels[0]?.length ?? 0;
  if (channels.some((c) => c.length !== frames)) throw invalidArgument('st.audio: every channel must have the same number of samples.');
  let peak = 0;
  for (const channel of channels) {
    for (let i = 0; i < frames; i++) {
      const v = channel[i]!;
      if (!Number.isFinite(v)) throw invalidArgument(`st.audio: sample ${i} is ${v}; samples must be finite numbers.`);
      peak = Math.max(peak, Math.abs(v));
    }
  }
  const scale = peak > 0 ? 32767 / peak : 0;
  const dataBytes = frames * channels.length * 2;
  const view = new DataView(new ArrayBuffer(44 + dataBytes));
  const text = (offset: number, s: string) => [...s].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, channels.length, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels.length * 2, true);
  view.setUint16(32, channels.length * 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, dataBytes, true);
  let offset = 44;
  for (let i = 0; i < frames; i++) {
    for (const channel of channels) {
      view.setInt16(offset, Math.round(channel[i]! * scale), true);
      offset += 2;
    }
  }
  return new Uint8Array(view.buffer);
}

function isMultiChannel(samples: AudioSamples): samples is readonly (Float32Array | Float64Array | readonly number[])[] {
  return Array.isArray(samples) && samples.length > 0 && typeof samples[0] !== 'number';
}
