import type { SessionMedia } from '../media/sessionMedia.js';
import { UploadedFile, type UploadedFileInfo } from '../media/uploadedFile.js';
import { normaliseTypes } from '../media/uploadRules.js';
import type { JsonValue } from '../protocol/elements.js';
import { invalidValue, type WidgetDefinition } from './widgetDefinition.js';
import { widget } from '../protocol/elementSpec.js';
import type { LayoutOptions } from '../dg/layoutOptions.js';

/** `st.chatInput` in the element map: a trigger whose proto value is always null; a submit sends the text (with `acceptFile`, `{ text, files }`). */
export const chatInputElements = {
  /** `st.chatInput`: a message box, as Streamlit's `st.chat_input`. */
  chatInput: widget<
    {
      /** Always null in the proto: a submit is a trigger carrying the text. */
      value: null;
      /** Text shown while the box is empty. */
      placeholder: string;
      /** Most characters accepted; absent: no limit. */
      maxChars?: number;
      /** Text the app put in the box through `st.sessionState[key]` for this run; the client shows it, ready to edit and send. */
      prefill?: string;
      /** Attachments allowed (then a submit sends `{ text, files }`), uploaded first like a file uploader's; `maxBytes` per file. */
      acceptFile?: true | 'multiple' | 'directory';
      /** Accepted attachment types (extensions such as `.csv` or MIME types); absent: any. */
      fileType?: string[];
      /** Largest attachment accepted, in bytes per file. */
      maxBytes?: number;
    },
    string | ChatInputValue | null,
    string | ChatInputWireValue | null
  >().with('input'),
};

/** What `st.chatInput` returns with `acceptFile`: the text and the attached files, as Streamlit's `ChatInputValue`. */
export interface ChatInputValue {
  /** The message's text. */
  readonly text: string;
  /** The attached files (empty when none). */
  readonly files: UploadedFile[];
}

/** An attached file as a chat input's submit sends it: the id the upload route gave it and what the browser said of it. */
export interface ChatAttachmentWire {
  /** Id of the uploaded file (from the upload route). */
  fileId: string;
  /** File name as the browser gave it. */
  name: string;
  /** MIME type as the browser gave it (may be empty). */
  type: string;
  /** Size in bytes. */
  size: number;
}

/** A chat input's submit with `acceptFile`, as it travels in the widget change. */
export interface ChatInputWireValue {
  /** The message's text. */
  text: string;
  /** The attachments, already uploaded through the side channel. */
  files: ChatAttachmentWire[];
}

/** Options of `st.chatInput`, as Streamlit's `st.chat_input`. */
export interface ChatInputOptions extends LayoutOptions {
  /** Text shown while empty. Default `'Your message'`. */
  readonly placeholder?: string;
  /** Widget key: its id and its name in `st.sessionState`. */
  readonly key?: string;
  /** Most characters accepted. Default: no limit. */
  readonly maxChars?: number;
  /** Show the box greyed out; it takes no input. Default false. */
  readonly disabled?: boolean;
  /** Called before the next run when a message is submitted. */
  readonly onSubmit?: () => unknown;
  /** Let the user attach files: `true` (one), `'multiple'` or `'directory'`; the value is then `{ text, files }`. Default false. */
  readonly acceptFile?: boolean | 'multiple' | 'directory';
  /** Allowed attachment types, as `st.fileUploader`'s `type` (enforced by the server). Default: any. */
  readonly fileType?: string | readonly string[];
}

/** Attachments of a chat input: uploaded like an uploader's files (size limit: the runtime's `maxUploadBytes`). */
export interface ChatAttachments {
  readonly media: SessionMedia;
  readonly maxBytes: number;
}

/**
 * `st.chatInput`: a trigger whose value is the submitted text (with `acceptFile`, `{ text, files }`) for one run, else null.
 * Text set in `st.sessionState[key]` pre-fills the box (the widget still returns null, and the key reads null afterwards).
 */
export function chatInputDefinition(
  options: ChatInputOptions,
  attachments?: ChatAttachments,
): WidgetDefinition<string | ChatInputValue | null, 'chatInput'> {
  const placeholder = options.placeholder ?? 'Your message';
  const acceptFile = options.acceptFile ?? false;
  const types = normaliseTypes(options.fileType);
  let widgetId = '';
  const files = (wire: JsonValue): UploadedFile[] => {
    if (!Array.isArray(wire)) throw invalidValue('chatInput', placeholder, 'expected a list of attached files');
    if (acceptFile === true && wire.length > 1) throw invalidValue('chatInput', placeholder, `${wire.length} files where one is accepted`);
    return wire.map((info) => {
      const id = typeof info === 'object' && info !== null && !Array.isArray(info) ? (info as Partial<UploadedFileInfo>).fileId : undefined;
      const held = typeof id === 'string' ? attachments?.media.uploaded(id, widgetId) : undefined;
      if (!held || !attachments)
        throw invalidValue('chatInput', placeholder, `the file ${JSON.stringify(id)} is not an attachment of this chat input`);
      return new UploadedFile(held.entry, attachments.media.manager);
    });
  };
  const checkText = (text: string) => {
    if (options.maxChars !== undefined && text.length > options.maxChars) {
      throw invalidValue('chatInput', placeholder, `${text.length} characters is more than maxChars (${options.maxChars})`);
    }
    return text;
  };
  return {
    type: 'chatInput',
    label: placeholder,
    options: { ...(options.key !== undefined ? { key: options.key } : {}), ...(options.disabled ? { disabled: true } : {}) },
    identity: { placeholder, maxChars: options.maxChars ?? null, acceptFile, fileType: types ?? null },
    defaultValue: null,
    customDefault: false,
    deserialize: (wire: JsonValue) => {
      if (wire === null) return null;
      if (acceptFile && typeof wire === 'object' && !Array.isArray(wire) && typeof wire['text'] === 'string') {
        return { text: checkText(wire['text']), files: files(wire['files'] ?? []) };
      }
      if (typeof wire !== 'string') throw invalidValue('chatInput', placeholder, `expected text, got ${JSON.stringify(wire)}`);
      return acceptFile ? { text: checkText(wire), files: [] } : checkText(wire);
    },
    serialize: () => null,
    proto: (base) => ({
      ...base,
      type: 'chatInput',
      value: null,
      placeholder,
      ...(options.maxChars !== undefined ? { maxChars: options.maxChars } : {}),
      ...(acceptFile && attachments ? { acceptFile, maxBytes: attachments.maxBytes, ...(types ? { fileType: types } : {}) } : {}),
    }),
    rendered: (id) => {
      widgetId = id;
      if (!acceptFile || !attachments) return;
      attachments.media.uploaders.set(id, { maxBytes: attachments.maxBytes, types, multiple: acceptFile !== true });
      attachments.media.widgetRendered(id);
    },
    trigger: 'string',
    ...(options.onSubmit ? { callback: options.onSubmit } : {}),
    prefillFromState: true,
  };
}
