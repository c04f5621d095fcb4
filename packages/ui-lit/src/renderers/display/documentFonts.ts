/**
 * Web fonts for content inside `<lit-ui-app>`'s shadow root. An `@font-face`
 * rule in a shadow root's stylesheet is ignored by browsers, so the faces are
 * added to the document's own font set (`document.fonts`, the CSS Font
 * Loading API), once each, when first needed. No `<style>` element is
 * inserted, so a strict `style-src` holds; the font file itself is fetched
 * under `font-src` (same origin when it is served under the app's mount).
 */

const added = new Map<string, Promise<boolean>>();

/**
 * Adds a font face to the document once (later calls with the same family,
 * weight and style share the first call's promise) and starts loading it.
 * Does nothing outside a browser (no `FontFace`).
 *
 * @param family - CSS font family name, e.g. `'Material Symbols Rounded'`.
 * @param url - The font file (woff2).
 * @param descriptors - Weight, style, … (`display` defaults to `'block'`: no fallback text flashes while the font loads).
 * @returns Resolves true once the face is loaded, false when it could not be (offline, blocked by CSP): the fallback font shows.
 * @example
 * await addDocumentFont('KaTeX_Main', new URL('./KaTeX_Main-Regular.woff2', import.meta.url));
 */
export function addDocumentFont(family: string, url: URL, descriptors: FontFaceDescriptors = {}): Promise<boolean> {
  const key = `${family}|${descriptors.weight ?? 'normal'}|${descriptors.style ?? 'normal'}`;
  let loading = added.get(key);
  if (loading === undefined) {
    loading =
      typeof FontFace === 'undefined' || typeof document === 'undefined' || !('fonts' in document)
        ? Promise.resolve(false)
        : addFace(family, url, descriptors);
    added.set(key, loading);
  }
  return loading;
}

function addFace(family: string, url: URL, descriptors: FontFaceDescriptors): Promise<boolean> {
  const face = new FontFace(family, `url(${JSON.stringify(url.href)}) format('woff2')`, { display: 'block', ...descriptors });
  document.fonts.add(face);
  return face.load().then(
    () => true,
    () => false,
  );
}
