import {
  audioProto,
  imageProto,
  pdfProto,
  videoProto,
  type AudioOptions,
  type ImageOptions,
  type PdfOptions,
  type VideoOptions,
} from '../elements/media.js';
import type { MediaSource } from '../media/mediaSource.js';
import type { UploadedFile } from '../media/uploadedFile.js';
import type { AudioSamples } from '../media/wav.js';
import { buttonGroupDefinition, type ButtonGroupOptions } from '../widgets/buttonGroup.js';
import { feedbackDefinition, type FeedbackKind, type FeedbackOptions } from '../widgets/feedback.js';
import { downloadButtonDefinition, type DownloadButtonOptions, type DownloadData } from '../widgets/downloadButton.js';
import {
  audioInputDefinition,
  cameraInputDefinition,
  fileUploaderDefinition,
  type AudioInputOptions,
  type CameraInputOptions,
  type FileUploaderOptions,
} from '../widgets/fileUploader.js';
import { renderWidget } from '../widgets/renderWidget.js';
import { WidgetCommands } from './widgetCommands.js';
import { coreOf } from './deltaGeneratorBase.js';

/**
 * Streamlit's file, media and button-group commands (`st.fileUploader`, `st.downloadButton`, `st.image`, `st.pills`,
 * `st.feedback`, …): part of {@link DeltaGenerator}, which is what apps use (this class is never made on its own).
 */
export abstract class MediaCommands extends WidgetCommands {
  /**
   * A file uploader, as Streamlit's `st.file_uploader`: the browser sends
   * each file over HTTP to the runtime (with the session's token in a
   * header), and the widget value lists them. Returns the file (or null), or
   * a list with `acceptMultipleFiles` (`true` or `'directory'`). Size
   * (`maxUploadSize`, MB per file; default the runtime's `maxUploadBytes`)
   * and `type` are enforced by the server while the file streams in.
   * @throws LitUiError `InvalidArgument` for a bad `type` or `maxUploadSize`.
   * @example const file = st.fileUploader('CSV', { type: ['csv'] }); if (file) rows = csvParse(await file.text());
   */
  fileUploader(label: string, options: FileUploaderOptions & { readonly acceptMultipleFiles: true | 'directory' }): UploadedFile[];
  /** A single-file uploader: the file, or null. */
  fileUploader(label: string, options?: FileUploaderOptions): UploadedFile | null;
  fileUploader(label: string, options: FileUploaderOptions = {}): UploadedFile | null | UploadedFile[] {
    const { media, maxUploadBytes } = coreOf(this).host;
    return renderWidget(coreOf(this), fileUploaderDefinition(label, options, media, maxUploadBytes));
  }

  /**
   * A camera snapshot, as Streamlit's `st.camera_input`: the browser takes a
   * picture (getUserMedia) and uploads it as an image file; returns it, or null.
   * @example const photo = st.cameraInput('Take a picture'); if (photo) st.image(photo);
   */
  cameraInput(label: string, options: CameraInputOptions = {}): UploadedFile | null {
    const { media, maxUploadBytes } = coreOf(this).host;
    return renderWidget(coreOf(this), cameraInputDefinition(label, options, media, maxUploadBytes)) as UploadedFile | null;
  }

  /**
   * A microphone recording, as Streamlit's `st.audio_input`: the browser
   * records (MediaRecorder) and uploads an audio file (WebM or WAV, as it
   * records); returns it, or null.
   * @example const voice = st.audioInput('Say something'); if (voice) st.audio(voice);
   */
  audioInput(label: string, options: AudioInputOptions = {}): UploadedFile | null {
    const { media, maxUploadBytes } = coreOf(this).host;
    return renderWidget(coreOf(this), audioInputDefinition(label, options, media, maxUploadBytes)) as UploadedFile | null;
  }

  /**
   * A button that downloads `data`, as Streamlit's `st.download_button`: a
   * string, `Uint8Array`, `ArrayBuffer` or `Blob`, or a function returning
   * one (sync or async), called only when the user clicks (deferred data).
   * True for the one run after a click, unless `onClick: 'ignore'`.
   * @throws LitUiError `InvalidArgument` for data that is not text, bytes or a Blob; `ButtonInForm` inside a form.
   * @example st.downloadButton('Download CSV', () => csvFormat(rows), { fileName: 'rows.csv', mime: 'text/csv' });
   */
  downloadButton(label: string, data: DownloadData, options: DownloadButtonOptions = {}): boolean {
    return renderWidget(coreOf(this), downloadButtonDefinition(label, data, options, coreOf(this).host.media));
  }

  /**
   * Shows images, as Streamlit's `st.image`: http(s) URLs as they are; bytes
   * or Blobs of PNG, JPEG, GIF, WebP or SVG (sanitised), local file paths and
   * uploaded files are served by the runtime's media manager (never inside
   * the delta). A list shows the images in a row, each with its caption.
   * @throws LitUiError `InvalidArgument` for data that is not an image or a missing file; `MediaStorageFull`.
   * @example st.image(pngBytes, { caption: 'Sunrise', width: 300 });
   * @example st.image(['a.png', 'b.png'], { caption: ['A', 'B'] });
   */
  image(image: MediaSource | readonly MediaSource[], options?: ImageOptions): void {
    coreOf(this).element(imageProto(coreOf(this).host.media, image, options));
  }

  /**
   * An audio player, as Streamlit's `st.audio`: a URL, a file path, bytes, a
   * Blob, or raw samples (`Float32Array`, one array per channel) with
   * `sampleRate` (Hz), encoded as WAV. Seeking works (served with ranges).
   * @throws LitUiError `InvalidArgument` for data that is not audio, or samples without a sampleRate.
   * @example st.audio(samples, { sampleRate: 44_100 });
   */
  audio(data: MediaSource | AudioSamples, options?: AudioOptions): void {
    coreOf(this).element(audioProto(coreOf(this).host.media, data, options));
  }

  /**
   * A video player, as Streamlit's `st.video`, with optional subtitles (VTT
   * or SRT text; several tracks by label).
   * @throws LitUiError `InvalidArgument` for data that is not a video.
   * @example st.video('clip.mp4', { subtitles: { English: srt }, startTime: '1m' });
   */
  video(data: MediaSource, options?: VideoOptions): void {
    coreOf(this).element(videoProto(coreOf(this).host.media, data, options));
  }

  /**
   * A PDF shown inside the page (the browser's own viewer), as Streamlit's `st.pdf`; `height` in px.
   * @throws LitUiError `InvalidArgument` for data that is not a PDF.
   * @example st.pdf(reportBytes, { height: 600 });
   */
  pdf(data: MediaSource, options?: PdfOptions): void {
    coreOf(this).element(pdfProto(coreOf(this).host.media, data, options));
  }

  /**
   * A row of pill-shaped toggle buttons, as Streamlit's `st.pills`. With `selectionMode: 'single'` (default)
   * it returns the chosen option or null (clicking the chosen pill clears it); with `'multi'`, the chosen
   * options in option order. Labels are markdown, so `':material/star: Top'` or an emoji gives an icon.
   * @throws LitUiError `InvalidArgument` for an unknown `selectionMode`, a default not among the options,
   *   or several defaults in single mode.
   * @example const tags = st.pills('Tags', ['news', 'sport', 'tech'], { selectionMode: 'multi', default: ['tech'] });
   */
  pills<T>(label: string, options: readonly T[], opts: ButtonGroupOptions<T> & { readonly selectionMode: 'multi' }): T[];
  pills<T>(label: string, options: readonly T[], opts?: ButtonGroupOptions<T>): T | null;
  pills<T>(label: string, options: readonly T[], opts: ButtonGroupOptions<T> = {}): unknown {
    return renderWidget(coreOf(this), buttonGroupDefinition('pills', label, options, opts));
  }

  /**
   * A row of joined toggle buttons, as Streamlit's `st.segmented_control`; values and rules as {@link DeltaGenerator.pills}.
   * @throws LitUiError `InvalidArgument` as {@link DeltaGenerator.pills}.
   * @example const view = st.segmentedControl('View', ['Map', 'Table'], { default: 'Map' });
   */
  segmentedControl<T>(label: string, options: readonly T[], opts: ButtonGroupOptions<T> & { readonly selectionMode: 'multi' }): T[];
  segmentedControl<T>(label: string, options: readonly T[], opts?: ButtonGroupOptions<T>): T | null;
  segmentedControl<T>(label: string, options: readonly T[], opts: ButtonGroupOptions<T> = {}): unknown {
    return renderWidget(coreOf(this), buttonGroupDefinition('segmentedControl', label, options, opts));
  }

  /**
   * A rating row of icons, as Streamlit's `st.feedback`: `'thumbs'` (default) returns 0 (down) or 1 (up),
   * `'faces'` and `'stars'` 0 (least satisfied) to 4; null until the user picks one.
   * @throws LitUiError `InvalidArgument` for another kind, or a `default` outside its range.
   * @example const rating = st.feedback('stars'); if (rating !== null) st.markdown(`${rating + 1} star(s)`);
   */
  feedback(options: FeedbackKind = 'thumbs', opts: FeedbackOptions = {}): number | null {
    return renderWidget(coreOf(this), feedbackDefinition(options, opts));
  }
}
