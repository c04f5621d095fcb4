import { css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import { inlineStyle } from '../../directives/inlineStyle.js';
import type { ElementRenderers, RenderContext } from '../types.js';

/** A media URL resolved against the app's mount; external URLs pass only as http(s). */
function resolve(ctx: RenderContext, url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:/i.test(url)) return undefined;
  return ctx.media ? ctx.media.url(url) : /^https?:/i.test(url) ? url : undefined;
}

/** A media fragment for start/end times (`#t=10,20`), which browsers honour on `<audio>`/`<video>`. */
function withTimes(url: string, startTime: number | undefined, endTime: number | undefined): string {
  if (startTime === undefined && endTime === undefined) return url;
  return `${url}#t=${startTime ?? 0}${endTime !== undefined ? `,${endTime}` : ''}`;
}

/**
 * `st.image`: one image or a row of them, each with its caption under it.
 * `width` in px, `'stretch'` (the container's width) or the natural size
 * capped by the container. Served same-origin from the mount (strict CSP safe).
 */
export function imageRenderer(proto: ElementProtoOf<'image'>, ctx: RenderContext): unknown {
  const width = proto.width;
  const style = { width: typeof width === 'number' ? `${width}px` : width === 'stretch' ? '100%' : undefined };
  return html`<div class="lu-images">
    ${repeat(
      proto.images,
      (image, i) => `${i}:${image.url}`,
      (image) =>
        html`<figure class="lu-image">
          <img src=${resolve(ctx, image.url) ?? nothing} alt=${image.caption ?? ''} style=${inlineStyle(style)} loading="lazy" decoding="async" />
          ${image.caption !== undefined ? html`<figcaption class="lu-caption">${image.caption}</figcaption>` : nothing}
        </figure>`,
    )}
  </div>`;
}

/** `st.audio`: the browser's audio player; seeking works through HTTP ranges. */
export function audioRenderer(proto: ElementProtoOf<'audio'>, ctx: RenderContext): unknown {
  const url = resolve(ctx, proto.url);
  return html`<audio
    class="lu-audio"
    controls
    preload="metadata"
    src=${url ? withTimes(url, proto.startTime, proto.endTime) : nothing}
    ?loop=${proto.loop === true}
    ?autoplay=${proto.autoplay === true}
  ></audio>`;
}

/** `st.video`: the browser's video player with WebVTT subtitle tracks; seeking through HTTP ranges. */
export function videoRenderer(proto: ElementProtoOf<'video'>, ctx: RenderContext): unknown {
  const url = resolve(ctx, proto.url);
  return html`<video
    class="lu-video"
    controls
    preload="metadata"
    src=${url ? withTimes(url, proto.startTime, proto.endTime) : nothing}
    ?loop=${proto.loop === true}
    ?autoplay=${proto.autoplay === true}
    .muted=${proto.muted === true}
    ?muted=${proto.muted === true}
    playsinline
  >
    ${(proto.subtitles ?? []).map(
      (track) => html`<track kind="subtitles" label=${track.label} src=${resolve(ctx, track.url) ?? nothing} ?default=${track.default === true} />`,
    )}
  </video>`;
}

/** `st.pdf`: the document in the browser's own PDF viewer, inside the page. */
export function pdfRenderer(proto: ElementProtoOf<'pdf'>, ctx: RenderContext): unknown {
  const url = resolve(ctx, proto.url);
  if (!url) return html`<div class="lu-pdf lu-pdf--missing">PDF unavailable</div>`;
  return html`<div class="lu-pdf" style=${inlineStyle({ height: `${proto.height}px` })}>
    <iframe src=${url} title="PDF document" loading="lazy"></iframe>
  </div>`;
}

/** The media family's renderers, for the display table. */
export const mediaRenderers = { image: imageRenderer, audio: audioRenderer, video: videoRenderer, pdf: pdfRenderer } satisfies ElementRenderers;

/** Styles of the media renderers. */
export const mediaStyles = css`
  .lu-images {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lit-ui-gap, 1rem);
    align-items: flex-start;
  }
  .lu-image {
    margin: 0;
    max-width: 100%;
    display: flex;
    flex-direction: column;
    align-items: center;
  }
  .lu-image img {
    max-width: 100%;
    height: auto;
    display: block;
  }
  .lu-image figcaption {
    margin-top: 0.25rem;
    text-align: center;
  }
  .lu-audio {
    width: 100%;
  }
  .lu-video {
    width: 100%;
    max-height: 80vh;
    background: #000;
    border-radius: var(--lit-ui-radius, 0.5rem);
  }
  .lu-pdf {
    width: 100%;
    border: 1px solid var(--lit-ui-border, #ddd);
    border-radius: var(--lit-ui-radius, 0.5rem);
    overflow: hidden;
  }
  .lu-pdf iframe {
    width: 100%;
    height: 100%;
    border: 0;
  }
`;
