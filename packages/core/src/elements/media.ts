import { invalidArgument } from '../errors.js';
import { mediaUrl, type MediaSource } from '../media/mediaSource.js';
import { mimeOfName } from '../media/mediaTypes.js';
import type { SessionMedia } from '../media/sessionMedia.js';
import { toWebVtt } from '../media/subtitles.js';
import { encodeWav, type AudioSamples } from '../media/wav.js';
import type { ElementProtoOf } from '../protocol/elements.js';
import { parseDuration } from '../time/duration.js';
import { display } from '../protocol/elementSpec.js';
import { makeProto } from './proto.js';
import type { WidthOption } from '../dg/layoutOptions.js';

/**
 * Media elements in the element map. URLs are absolute (http/https) or
 * relative to the app's mount (`_lit-ui/media/<id>.<ext>`); times in
 * seconds, sizes in px. AppTest's `.value` is the URL (the list of URLs for
 * `image`).
 */
export const mediaElements = {
  /** `st.image`: one or more images in a row. */
  image: display<
    {
      /** The images, left to right. */
      images: {
        /** Where the image is served: an http(s) URL, or a media URL relative to the mount. */
        url: string;
        /** Text shown under the image. */
        caption?: string;
      }[];
      /** Width in px, or `'stretch'` (the container's width); absent: the natural size, at most the container's. */
      width?: number | 'stretch';
      /** Streamlit's `clamp`, kept for parity (it applies to pixel arrays). */
      clamp?: boolean;
    },
    string[]
  >((proto) => proto.images.map((image) => image.url)),
  /** `st.audio`. */
  audio: display<
    {
      /** Where the audio is served: a media URL relative to the mount, or an http(s) URL. */
      url: string;
      /** MIME type of the audio, e.g. `'audio/wav'`. */
      mime: string;
      /** Where playback starts, in seconds. */
      startTime?: number;
      /** Where playback stops, in seconds. */
      endTime?: number;
      /** Start again at the end. */
      loop?: boolean;
      /** Start playing when shown. */
      autoplay?: boolean;
    },
    string
  >((proto) => proto.url),
  /** `st.video`; `subtitles` are WebVTT tracks. */
  video: display<
    {
      /** Where the video is served: a media URL relative to the mount, or an http(s) URL. */
      url: string;
      /** MIME type of the video, e.g. `'video/mp4'`. */
      mime: string;
      /** Where playback starts, in seconds. */
      startTime?: number;
      /** Where playback stops, in seconds. */
      endTime?: number;
      /** Start again at the end. */
      loop?: boolean;
      /** Start playing when shown (browsers allow it when muted). */
      autoplay?: boolean;
      /** Start with the sound off. */
      muted?: boolean;
      /** Subtitle tracks, served as WebVTT. */
      subtitles?: {
        /** The track's name in the player's menu (its language). */
        label: string;
        /** Where the WebVTT text is served (a media URL relative to the mount). */
        url: string;
        /** The track shown by default. */
        default?: boolean;
      }[];
    },
    string
  >((proto) => proto.url),
  /** `st.pdf`, shown in the page; `height` in px. */
  pdf: display<
    {
      /** Where the PDF is served (a media URL relative to the mount, or an http(s) URL). */
      url: string;
      /** Height of the viewer in px. */
      height: number;
    },
    string
  >((proto) => proto.url),
};

/** Options of `st.image`, as Streamlit's `st.image`. */
export interface ImageOptions {
  /** One caption, or one per image. */
  readonly caption?: string | readonly string[];
  /** Width in px, `'content'` (natural size, at most the container's) or `'stretch'` (the container's width). Default `'content'`. */
  readonly width?: number | 'content' | 'stretch';
  /** Kept for Streamlit parity (clamping applies to pixel arrays, which lit-ui does not take). */
  readonly clamp?: boolean;
  /** Streamlit's `output_format`: lit-ui serves images in the format given (no transcoding); `'auto'` only. */
  readonly outputFormat?: 'auto';
}

/** Start/end times: seconds, or a duration string (`'1m30s'`). */
export type MediaTime = number | string;

/** Options of `st.audio`, as Streamlit's `st.audio`. */
export interface AudioOptions extends WidthOption {
  /** MIME type of the data (e.g. `'audio/mpeg'`). Default: sniffed from the bytes, else `'audio/wav'`. */
  readonly format?: string;
  /** Where playback starts. Default 0. */
  readonly startTime?: MediaTime;
  /** Where playback stops. Default: the end. */
  readonly endTime?: MediaTime;
  /** Start again at the end. Default false. */
  readonly loop?: boolean;
  /** Start playing when shown (browsers may refuse unless muted). Default false. */
  readonly autoplay?: boolean;
  /** Samples per second (Hz) of raw samples; required with samples. */
  readonly sampleRate?: number;
}

/** Subtitles of `st.video`: one track (VTT or SRT text, or its bytes), or tracks by label (`{ English: srt, Français: vtt }`). */
export type Subtitles = string | Uint8Array | Readonly<Record<string, string | Uint8Array>>;

/** Options of `st.video`, as Streamlit's `st.video`. */
export interface VideoOptions extends WidthOption {
  /** MIME type of the data (e.g. `'video/webm'`). Default: sniffed, else `'video/mp4'`. */
  readonly format?: string;
  /** Where playback starts. Default 0. */
  readonly startTime?: MediaTime;
  /** Where playback stops. Default: the end. */
  readonly endTime?: MediaTime;
  /** Subtitle tracks; the first is shown by default. */
  readonly subtitles?: Subtitles;
  /** Start again at the end. Default false. */
  readonly loop?: boolean;
  /** Start playing when shown (browsers may refuse unless muted). Default false. */
  readonly autoplay?: boolean;
  /** Start muted. Default false. */
  readonly muted?: boolean;
}

/** Options of `st.pdf`, as Streamlit's `st.pdf`. */
export interface PdfOptions extends WidthOption {
  /** Height of the viewer in px. Default 500. */
  readonly height?: number;
}

/** The `image` element: every source stored (or used as a URL), with its caption. */
export function imageProto(media: SessionMedia, sources: MediaSource | readonly MediaSource[], options: ImageOptions = {}): ElementProtoOf<'image'> {
  const list = Array.isArray(sources) ? (sources as readonly MediaSource[]) : [sources as MediaSource];
  if (list.length === 0) throw invalidArgument('st.image: give at least one image.');
  const captions = typeof options.caption === 'string' ? [options.caption] : (options.caption ?? []);
  if (Array.isArray(options.caption) && captions.length !== list.length) {
    throw invalidArgument(`st.image: ${captions.length} captions for ${list.length} images; give one caption per image.`);
  }
  const width = options.width;
  if (typeof width === 'number' && !(width > 0))
    throw invalidArgument(`st.image: width must be a positive number of px, 'content' or 'stretch', got ${width}.`);
  const images = list.map((source, i) => {
    const caption = captions.length === 1 && list.length > 1 ? undefined : captions[i];
    return { url: mediaUrl(media, source, 'image'), ...(caption !== undefined ? { caption } : {}) };
  });
  return makeProto('image', { images, width: width === 'content' ? undefined : width, clamp: options.clamp || undefined });
}

/** The `audio` element; raw samples become a WAV file, as Streamlit does for NumPy arrays. */
export function audioProto(media: SessionMedia, data: MediaSource | AudioSamples, options: AudioOptions = {}): ElementProtoOf<'audio'> {
  let source: MediaSource;
  let format = options.format;
  if (isSamples(data)) {
    if (options.sampleRate === undefined) throw invalidArgument('st.audio: raw samples need a sampleRate (Hz).');
    source = encodeWav(data, options.sampleRate);
    format = 'audio/wav';
  } else {
    source = data;
  }
  const url = mediaUrl(media, source, 'audio', format);
  return makeProto('audio', {
    url,
    mime: format ?? mimeFromUrl(url, 'audio/wav'),
    ...times(options),
    loop: options.loop || undefined,
    autoplay: options.autoplay || undefined,
  });
}

/** The `video` element, with its subtitle tracks stored as WebVTT. */
export function videoProto(media: SessionMedia, data: MediaSource, options: VideoOptions = {}): ElementProtoOf<'video'> {
  const url = mediaUrl(media, data, 'video', options.format);
  return makeProto('video', {
    url,
    mime: options.format ?? mimeFromUrl(url, 'video/mp4'),
    ...times(options),
    loop: options.loop || undefined,
    autoplay: options.autoplay || undefined,
    muted: options.muted || undefined,
    subtitles: options.subtitles === undefined ? undefined : subtitleTracks(media, options.subtitles),
  });
}

/** The `pdf` element. */
export function pdfProto(media: SessionMedia, data: MediaSource, options: PdfOptions = {}): ElementProtoOf<'pdf'> {
  const height = options.height ?? 500;
  if (!(height > 0)) throw invalidArgument(`st.pdf: height must be a positive number of px, got ${height}.`);
  return makeProto('pdf', { url: mediaUrl(media, data, 'pdf', 'application/pdf'), height });
}

function subtitleTracks(media: SessionMedia, subtitles: Subtitles): { label: string; url: string; default?: boolean }[] {
  const tracks = typeof subtitles === 'string' || subtitles instanceof Uint8Array ? { default: subtitles } : subtitles;
  return Object.entries(tracks).map(([label, text], i) => {
    const vtt = toWebVtt(typeof text === 'string' ? text : new TextDecoder().decode(text));
    return { label, url: media.add(vtt, { mime: 'text/vtt' }), ...(i === 0 ? { default: true } : {}) };
  });
}

function times(options: { readonly startTime?: MediaTime; readonly endTime?: MediaTime }): { startTime?: number; endTime?: number } {
  const seconds = (t: MediaTime | undefined, name: string) => {
    if (t === undefined) return undefined;
    const value = typeof t === 'number' ? t : parseDuration(t) / 1000;
    if (!Number.isFinite(value) || value < 0)
      throw invalidArgument(`${name} must be a number of seconds ≥ 0 or a duration string, got ${JSON.stringify(t)}.`);
    return value;
  };
  const startTime = seconds(options.startTime, 'startTime');
  const endTime = seconds(options.endTime, 'endTime');
  if (startTime !== undefined && endTime !== undefined && endTime <= startTime) throw invalidArgument('endTime must be after startTime.');
  return { ...(startTime ? { startTime } : {}), ...(endTime !== undefined ? { endTime } : {}) };
}

function isSamples(data: unknown): data is AudioSamples {
  return data instanceof Float32Array || data instanceof Float64Array || (Array.isArray(data) && data.length > 0 && typeof data[0] !== 'string');
}

/** The MIME type of a media URL's extension (stored media, or an external file URL), else `fallback`. */
function mimeFromUrl(url: string, fallback: string): string {
  const mime = mimeOfName(url.split(/[?#]/)[0]!);
  return mime === 'application/octet-stream' ? fallback : mime;
}
