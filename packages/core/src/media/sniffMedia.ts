/** Recognises common media formats by their first bytes ("magic numbers"), as browsers sniff. */
const SIGNATURES: readonly { readonly mime: string; readonly test: (b: Uint8Array) => boolean }[] = [
  { mime: 'image/png', test: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mime: 'image/jpeg', test: (b) => starts(b, [0xff, 0xd8, 0xff]) },
  { mime: 'image/gif', test: (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a') },
  { mime: 'image/webp', test: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP') },
  { mime: 'audio/wav', test: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WAVE') },
  { mime: 'audio/ogg', test: (b) => ascii(b, 0, 'OggS') },
  { mime: 'audio/flac', test: (b) => ascii(b, 0, 'fLaC') },
  { mime: 'audio/mpeg', test: (b) => ascii(b, 0, 'ID3') || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0) },
  { mime: 'video/webm', test: (b) => starts(b, [0x1a, 0x45, 0xdf, 0xa3]) },
  { mime: 'video/mp4', test: (b) => ascii(b, 4, 'ftyp') },
  { mime: 'application/pdf', test: (b) => ascii(b, 0, '%PDF-') },
];

function starts(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function ascii(bytes: Uint8Array, offset: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** True when `text` (or the start of UTF-8 bytes) looks like SVG markup. */
export function looksLikeSvg(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(text);
}

/**
 * The MIME type of media bytes from their signature: PNG, JPEG, GIF, WebP,
 * SVG, WAV, Ogg, FLAC, MP3, WebM, MP4 and PDF.
 *
 * @returns The type, or undefined when the bytes match none of them.
 */
export function sniffMedia(bytes: Uint8Array): string | undefined {
  const found = SIGNATURES.find((s) => s.test(bytes))?.mime;
  if (found) return found;
  return looksLikeSvg(new TextDecoder().decode(bytes.subarray(0, 512))) ? 'image/svg+xml' : undefined;
}
