import { invalidArgument } from '../errors.js';
import { isMediaBytes, type MediaBytes } from '../media/mediaManager.js';
import { extensionOf } from '../media/mediaTypes.js';
import type { SessionMedia } from '../media/sessionMedia.js';
import type { JsonValue } from '../protocol/elements.js';
import { widget } from '../protocol/elementSpec.js';
import { invalidValue, type WidgetCommonOptions, type WidgetDefinition } from './widgetDefinition.js';

/**
 * `st.downloadButton` in the element map: a trigger (true for one run after
 * a click, unless `onClick` is `'ignore'`). `url` serves eager data as an
 * attachment; without it the data is deferred: the client asks
 * `POST <mount>/_lit-ui/download` on click.
 */
export const downloadButtonElements = {
  /** `st.downloadButton`: a button that saves a file, as Streamlit's `st.download_button`. */
  downloadButton: widget<
    {
      /** Always false in the proto: a click is a one-run trigger. */
      value: false;
      /** Name the browser saves the file under. */
      fileName: string;
      /** MIME type of the file. */
      mime: string;
      /** Where eager data is served (relative to the mount); absent: deferred data, produced on click. */
      url?: string;
      /** `'rerun'`: a click reruns the app; `'ignore'`: it does not. */
      onClick: 'rerun' | 'ignore';
      /** Button style, as `st.button`'s `type`. */
      kind: 'primary' | 'secondary' | 'tertiary';
      /** Emoji or `:material/name:` icon before the label. */
      icon?: string;
      /** Stretch to the container's width. */
      useContainerWidth?: boolean;
    },
    boolean,
    boolean
  >().with('click'),
};

/** The data of `st.downloadButton`: text, bytes or a Blob, or a function producing them when the user clicks (Streamlit's deferred data). */
export type DownloadData = MediaBytes | (() => MediaBytes | Promise<MediaBytes>);

/** Options of `st.downloadButton`, as Streamlit's `st.download_button`. */
export interface DownloadButtonOptions extends Omit<WidgetCommonOptions, 'labelVisibility' | 'persist' | 'bind'> {
  /** Name the browser saves the file under. Default `'download.<ext>'` from the MIME type. */
  readonly fileName?: string;
  /** MIME type. Default: `'text/plain'` for text, the Blob's type, else `'application/octet-stream'`. */
  readonly mime?: string;
  /**
   * After a click: `'rerun'` (default) reruns the app (the button is true for
   * that run), `'ignore'` only downloads, a function is called before the
   * rerun, as Streamlit's `on_click`.
   */
  readonly onClick?: 'rerun' | 'ignore' | (() => unknown);
  /** `'primary'`, `'secondary'` (default) or `'tertiary'`. */
  readonly type?: 'primary' | 'secondary' | 'tertiary';
  /** Emoji or icon shown before the label. */
  readonly icon?: string;
  /** Stretch to the container's width. */
  readonly useContainerWidth?: boolean;
}

/**
 * `st.downloadButton`: eager data is stored as an attachment and its URL
 * goes in the proto; deferred data (a function) is called only when the
 * user clicks, through `POST <mount>/_lit-ui/download`.
 */
export function downloadButtonDefinition(
  label: string,
  data: DownloadData,
  options: DownloadButtonOptions,
  media: SessionMedia,
): WidgetDefinition<boolean, 'downloadButton'> {
  const deferred = typeof data === 'function';
  if (!deferred && !isMediaBytes(data)) {
    throw invalidArgument(`st.downloadButton("${label}"): data must be a string, Uint8Array, ArrayBuffer, Blob, or a function returning one.`);
  }
  const mime =
    options.mime ?? (deferred ? undefined : typeof data === 'string' ? 'text/plain' : data instanceof Blob && data.type ? data.type : undefined);
  const wireMime = mime ?? 'application/octet-stream';
  const fileName = options.fileName ?? `download.${extensionOf(mime ?? (deferred ? 'text/plain' : wireMime))}`;
  const url = deferred ? undefined : media.add(data, { mime: wireMime, fileName, attachment: true });
  const onClick = options.onClick ?? 'rerun';
  const kind = options.type ?? 'secondary';
  return {
    type: 'downloadButton',
    label,
    options,
    identity: { fileName, mime: wireMime, url: url ?? null, icon: options.icon ?? null, help: options.help ?? null, kind },
    defaultValue: false,
    customDefault: false,
    deserialize: (wire: JsonValue) => {
      if (typeof wire !== 'boolean') throw invalidValue('downloadButton', label, `expected true (a click), got ${JSON.stringify(wire)}`);
      return wire;
    },
    serialize: () => false,
    proto: (base) => ({
      ...base,
      type: 'downloadButton',
      value: false,
      fileName,
      mime: wireMime,
      ...(url ? { url } : {}),
      onClick: onClick === 'ignore' ? 'ignore' : 'rerun',
      kind,
      ...(options.icon ? { icon: options.icon } : {}),
      ...(options.useContainerWidth ? { useContainerWidth: true } : {}),
    }),
    rendered: (id) => {
      media.widgetRendered(id);
      if (deferred) media.downloads.set(id, { data, fileName, mime });
      else media.downloads.delete(id);
    },
    trigger: 'boolean',
    ...(typeof onClick === 'function' ? { callback: onClick } : {}),
    writable: false,
  };
}
