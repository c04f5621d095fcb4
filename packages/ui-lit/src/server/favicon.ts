/**
 * lit-ui's default favicon: a 32×32 PNG (a red rounded square with three
 * white bars) in an ICO container, 170 bytes. Served at `<mount>/favicon.ico`
 * so a browser's icon request never gets the host page. An app's own icon
 * (`st.setPageConfig({ pageIcon })`) replaces it in the page at run time.
 */
const FAVICON_BASE64 =
  'AAABAAEAICAAAAEAIACUAAAAFgAAAIlQTkcNChoKAAAADUlIRFIAAAAgAAAAIAgGAAAAc3p69AAAAFtJREFUeNrtlzsKACAMQ3u/3v88dVaRItIP+ALdCnlDMkRkkala1ImnSHMXIsP8CJFpvkFUmE8QAADgPr4KAEL4VwsAIIS04DIPABDCHgDlu6DFMmqxDVus4woN9V7z9Ka0SnkAAAAASUVORK5CYII=';

let bytes: Uint8Array<ArrayBuffer> | undefined;

/** The icon's bytes (decoded once). */
function faviconBytes(): Uint8Array<ArrayBuffer> {
  bytes ??= Uint8Array.from(atob(FAVICON_BASE64), (char) => char.charCodeAt(0));
  return bytes;
}

/**
 * The favicon as a web Response: `image/x-icon`, cacheable for a day.
 *
 * @param method - The request method; `HEAD` gets headers only.
 * @returns A 200 Response.
 */
export function faviconResponse(method: string): Response {
  const body = faviconBytes();
  return new Response(method === 'HEAD' ? null : body.slice(), {
    headers: {
      'content-type': 'image/x-icon',
      'content-length': String(body.byteLength),
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
    },
  });
}
