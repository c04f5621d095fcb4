/* A lazy module: built from the kit it is given, it imports only types and other lazy modules. */
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { LazyKit } from '../lazyKit.js';
import { adoptStyles } from '../lazyStyles.js';
import type { RenderContext } from '../types.js';

/** The media types rendered by this module. */
export type MediaType = 'image' | 'audio' | 'video' | 'pdf';

/** The template of each media type, from its proto and the render context. */
export type MediaTemplates = { readonly [T in MediaType]: (proto: ElementProtoOf<T>, ctx: RenderContext) => unknown };

/**
 * The media renderers' templates (`st.image`, `st.audio`, `st.video`,
 * `st.pdf`), built from `kit`.
 */
export function mediaTemplates({ html, nothing, repeat, inlineStyle }: LazyKit): MediaTemplates {
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
  function imageRenderer(proto: ElementProtoOf<'image'>, ctx: RenderContext): unknown {
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
  function audioRenderer(proto: ElementProtoOf<'audio'>, ctx: RenderContext): unknown {
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
  function videoRenderer(proto: ElementProtoOf<'video'>, ctx: RenderContext): unknown {
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
  function pdfRenderer(proto: ElementProtoOf<'pdf'>, ctx: RenderContext): unknown {
    const url = resolve(ctx, proto.url);
    if (!url) return html`<div class="lu-pdf lu-pdf--missing">PDF unavailable</div>`;
    return html`<div class="lu-pdf" style=${inlineStyle({ height: `${proto.height}px` })}>
      <iframe src=${url} title="PDF document" loading="lazy"></iframe>
    </div>`;
  }

  return { image: imageRenderer, audio: audioRenderer, video: videoRenderer, pdf: pdfRenderer };
}

/** Styles of the media elements. */
const MEDIA_CSS = `
  lit-ui-image,
  lit-ui-audio,
  lit-ui-video,
  lit-ui-pdf {
    display: block;
  }
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

/**
 * The custom element of media type `type` (`<lit-ui-image>`, ...): renders
 * its template into its light DOM, with the media styles adopted by the root
 * it lives in. Loaded on first render.
 *
 * @returns The element class, for `customElements.define('lit-ui-<type>', ...)`.
 */
export function mediaElement(kit: LazyKit, type: MediaType): CustomElementConstructor {
  const template = mediaTemplates(kit)[type] as (proto: unknown, ctx: RenderContext) => unknown;
  return class MediaElement extends kit.LitElement {
    static override properties = { proto: { attribute: false }, ctx: { attribute: false } };
    declare proto: unknown;
    declare ctx: RenderContext;

    protected override createRenderRoot(): HTMLElement {
      return this;
    }

    override connectedCallback(): void {
      super.connectedCallback();
      adoptStyles(this, 'media', MEDIA_CSS);
    }

    protected override render(): unknown {
      return template(this.proto, this.ctx);
    }
  };
}
