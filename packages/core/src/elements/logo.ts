import { invalidArgument } from '../errors.js';
import { mediaUrl, type MediaSource } from '../media/mediaSource.js';
import type { SessionMedia } from '../media/sessionMedia.js';
import type { PageConfigMsg } from '../protocol/forwardMsg.js';

/** Options of `st.logo`, as Streamlit's `st.logo`. */
export interface LogoOptions {
  /** Where a click on the logo goes: an http(s) URL. Default: nowhere. */
  readonly link?: string;
  /** A smaller image shown where the full logo does not fit (a collapsed sidebar). Default: the logo. */
  readonly iconImage?: MediaSource;
  /** `'small'` (20 px high), `'medium'` (24 px, the default) or `'large'` (32 px). */
  readonly size?: 'small' | 'medium' | 'large';
}

/** The `logo` page setting of `st.logo`: images stored as media, the link checked. */
export function logoConfig(media: SessionMedia, image: MediaSource, options: LogoOptions = {}): NonNullable<PageConfigMsg['logo']> {
  const size = options.size ?? 'medium';
  if (!['small', 'medium', 'large'].includes(size)) throw invalidArgument(`st.logo: size must be 'small', 'medium' or 'large' (got '${size}').`);
  if (options.link !== undefined && !/^https?:\/\//i.test(options.link)) {
    throw invalidArgument(`st.logo: link must be an http(s) URL (got '${options.link}').`);
  }
  const iconUrl = options.iconImage === undefined ? undefined : mediaUrl(media, options.iconImage, 'image');
  return {
    url: mediaUrl(media, image, 'image'),
    ...(options.link !== undefined ? { link: options.link } : {}),
    ...(iconUrl !== undefined ? { iconUrl } : {}),
    size,
  };
}
