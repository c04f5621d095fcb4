/**
 * Subtitles as WebVTT, the format `<track>` reads: VTT text is kept, SRT
 * (SubRip) is converted — a `WEBVTT` header, `,` → `.` in timestamps — as
 * Streamlit's `st.video(subtitles=...)` accepts both.
 */
export function toWebVtt(text: string): string {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (/^WEBVTT/.test(body)) return body;
  const converted = body.replace(/(\d{2}:\d{2}:\d{2}),(\d{3})/g, '$1.$2').replace(/^\d+\n(?=\d{2}:\d{2}:\d{2}\.\d{3} -->)/gm, '');
  return `WEBVTT\n\n${converted.trim()}\n`;
}
