import { invalidArgument } from '../errors.js';
import type { SessionMedia } from '../media/sessionMedia.js';
import { UploadedFile, type UploadedFileInfo } from '../media/uploadedFile.js';
import { normaliseTypes } from '../media/uploadRules.js';
import type { ElementProtoOf, JsonValue } from '../protocol/elements.js';
import { widget } from '../protocol/elementSpec.js';
import { invalidValue, type WidgetCommonOptions, type WidgetDefinition } from './widgetDefinition.js';

/** A file the runtime holds, as a widget value lists it on the wire: id, name, MIME type, size in bytes. */
type FileInfoWire = { fileId: string; name: string; type: string; size: number };

/**
 * Uploaders in the element map: `value` lists the files the client uploaded
 * (over HTTP, `POST <mount>/_lit-ui/upload`); `accept` holds extensions
 * (`.csv`) and MIME types; `maxBytes` is per file.
 */
export const fileUploaderElements = {
  /** `st.fileUploader`: a drop zone and file list, as Streamlit's `st.file_uploader`. */
  fileUploader: widget<
    {
      /** The files uploaded, as the client listed them after their uploads. */
      value: FileInfoWire[];
      /** Accepted types: extensions (`.csv`) and MIME types (`text/csv`, `image/*`); absent: any. */
      accept?: string[];
      /** `true`: several files; `'directory'`: the files of a folder; false: one file. */
      multiple: boolean | 'directory';
      /** Largest file accepted, in bytes. */
      maxBytes: number;
    },
    UploadedFile | null | UploadedFile[]
  >().with(),
  /** `st.cameraInput`: `value` lists the snapshot (one image file). */
  cameraInput: widget<
    {
      /** The snapshot (none or one image file). */
      value: FileInfoWire[];
      /** Largest snapshot accepted, in bytes. */
      maxBytes: number;
    },
    UploadedFile | null
  >().with(),
  /** `st.audioInput`: `value` lists the recording (one audio file); `sampleRate` in Hz. */
  audioInput: widget<
    {
      /** The recording (none or one audio file). */
      value: FileInfoWire[];
      /** Largest recording accepted, in bytes. */
      maxBytes: number;
      /** Sample rate the microphone is asked for, in Hz. */
      sampleRate: number;
    },
    UploadedFile | null
  >().with(),
};

/** Options of `st.fileUploader`, as Streamlit's `st.file_uploader`. */
export interface FileUploaderOptions extends Omit<WidgetCommonOptions, 'persist' | 'bind'> {
  /**
   * Allowed types: extensions (`'csv'`, `'.csv'`), MIME types (`'text/csv'`)
   * or wildcards (`'image/*'`). Enforced by the server; the browser's file
   * picker only uses it as a hint. Default: any file.
   */
  readonly type?: string | readonly string[];
  /** `true`: several files; `'directory'`: every file of a chosen folder. Default false (one file). */
  readonly acceptMultipleFiles?: boolean | 'directory';
  /** Largest file in megabytes (1 MB = 1 048 576 bytes), as Streamlit's `max_upload_size`. Default: the runtime's `maxUploadBytes`. */
  readonly maxUploadSize?: number;
  /** Called before the next run when the files change. */
  readonly onChange?: () => unknown;
}

/** The value of `st.fileUploader`: one file or null, or a list with `acceptMultipleFiles`. */
export type FileUploaderValue = UploadedFile | null | UploadedFile[];

/** Options of `st.cameraInput`, as Streamlit's `st.camera_input`. */
export type CameraInputOptions = Omit<WidgetCommonOptions, 'persist' | 'bind'> & {
  /** Called (before the rerun's script) when the user takes or clears a picture. */
  readonly onChange?: () => unknown;
};

/** Options of `st.audioInput`, as Streamlit's `st.audio_input`. */
export type AudioInputOptions = CameraInputOptions & {
  /** Sample rate the browser records at, in Hz, when it can. Default 16 000 (as Streamlit). */
  readonly sampleRate?: number;
};

/**
 * `st.fileUploader`: files travel over HTTP to the runtime's media storage;
 * the widget value is the list of their ids, checked against the session's
 * own uploads for this widget (an id of another session, another widget, or
 * a deleted file is an `InvalidWidgetValue`).
 */
export function fileUploaderDefinition(
  label: string,
  options: FileUploaderOptions,
  media: SessionMedia,
  defaultMaxBytes: number,
): WidgetDefinition<FileUploaderValue, 'fileUploader'> {
  const multiple = options.acceptMultipleFiles ?? false;
  const types = normaliseTypes(options.type);
  if (types?.length === 0) throw invalidArgument(`st.fileUploader("${label}"): type lists no file type.`);
  const size = options.maxUploadSize;
  if (size !== undefined && !(size > 0))
    throw invalidArgument(`st.fileUploader("${label}"): maxUploadSize must be a positive number of megabytes, got ${size}.`);
  const maxBytes = size !== undefined ? Math.floor(size * 1_048_576) : defaultMaxBytes;
  return uploaderDefinition('fileUploader', label, options, media, {
    maxBytes,
    types,
    multiple,
    identity: { type: types ?? null, acceptMultipleFiles: multiple },
    fields: { ...(types ? { accept: types } : {}), multiple },
  });
}

/** `st.cameraInput`: a snapshot from the camera, uploaded as an image file (same plumbing as the uploader). */
export function cameraInputDefinition(label: string, options: CameraInputOptions, media: SessionMedia, maxBytes: number) {
  return uploaderDefinition('cameraInput', label, options, media, { maxBytes, types: ['image/*'], multiple: false, identity: {}, fields: {} });
}

/** `st.audioInput`: a recording from the microphone, uploaded as an audio file (WAV or WebM, as the browser records). */
export function audioInputDefinition(label: string, options: AudioInputOptions, media: SessionMedia, maxBytes: number) {
  const sampleRate = options.sampleRate ?? 16_000;
  if (!Number.isInteger(sampleRate) || sampleRate <= 0)
    throw invalidArgument(`st.audioInput("${label}"): sampleRate must be a positive integer (Hz), got ${sampleRate}.`);
  return uploaderDefinition('audioInput', label, options, media, {
    maxBytes,
    types: ['audio/*', 'video/webm'],
    multiple: false,
    identity: { sampleRate },
    fields: { sampleRate },
  });
}

/** What differs between the uploader kinds. */
interface UploaderSettings {
  readonly maxBytes: number;
  readonly types: string[] | undefined;
  readonly multiple: boolean | 'directory';
  readonly identity: Readonly<Record<string, unknown>>;
  readonly fields: Readonly<Record<string, JsonValue>>;
}

function uploaderDefinition<T extends 'fileUploader' | 'cameraInput' | 'audioInput', V extends FileUploaderValue>(
  type: T,
  label: string,
  options: Omit<WidgetCommonOptions, 'persist' | 'bind'> & { readonly onChange?: () => unknown },
  media: SessionMedia,
  settings: UploaderSettings,
): WidgetDefinition<V, T> {
  const { maxBytes, types, multiple } = settings;
  let widgetId = '';
  const toFiles = (infos: readonly UploadedFileInfo[]): FileUploaderValue => {
    const files = infos.map((info) => {
      const held = media.uploaded(info.fileId, widgetId);
      if (!held)
        throw invalidValue(
          type,
          label,
          `the file ${JSON.stringify(info.fileId)} is not an upload of this widget (unknown, deleted, or another session's)`,
        );
      return new UploadedFile(held.entry, media.manager);
    });
    return multiple ? files : (files[0] ?? null);
  };
  return {
    type,
    label,
    options,
    identity: { ...settings.identity, help: options.help ?? null },
    defaultValue: (multiple ? [] : null) as V,
    customDefault: false,
    deserialize: (wire: JsonValue) => {
      if (!Array.isArray(wire) || !wire.every(isFileInfo))
        throw invalidValue(type, label, `expected a list of uploaded files, got ${JSON.stringify(wire)}`);
      if (!multiple && wire.length > 1) throw invalidValue(type, label, `${wire.length} files for a widget of one file`);
      return toFiles(wire) as V;
    },
    serialize: (value) => {
      const files: unknown[] = value === null ? [] : Array.isArray(value) ? value : [value];
      const uploaded = files.filter((f): f is UploadedFile => f instanceof UploadedFile && !!media.uploaded(f.fileId, widgetId));
      if (uploaded.length !== files.length) return undefined;
      return uploaded.map((f) => ({ ...f.toJSON() }));
    },
    proto: (base) => ({ ...base, type, value: base.value, ...settings.fields, maxBytes }) as unknown as ElementProtoOf<T>,
    rendered: (id) => {
      widgetId = id;
      media.uploaders.set(id, { maxBytes, types, multiple: multiple !== false });
      media.widgetRendered(id);
    },
    ...(options.onChange ? { callback: options.onChange } : {}),
    writable: false,
  };
}

function isFileInfo(value: JsonValue): value is JsonValue & UploadedFileInfo {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value['fileId'] === 'string';
}
