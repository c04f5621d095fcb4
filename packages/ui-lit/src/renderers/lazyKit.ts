import { html, LitElement, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { inlineStyle } from '../directives/inlineStyle.js';
import { ChatInputWidget } from './widgets/chatInput.js';
import { iconSpan } from './display/icon.js';
import { plainLabelText, renderLabelText } from './widgets/labelText.js';
import { WidgetElement } from './widgets/widgetElement.js';

/**
 * What a lazily loaded element module builds its class from. Passed in
 * rather than imported: a lazy module that imported lit or the widget base
 * would make the bundler split them out of the initial file into shared
 * chunks, which gzip worse than the lazy elements weigh. A lazy module
 * imports only types and other lazy modules.
 */
export interface LazyKit {
  /** Lit's element base, for display elements. */
  readonly LitElement: typeof LitElement;
  /** The widget base class. */
  readonly WidgetElement: typeof WidgetElement;
  /** `<lit-ui-chat-input>`'s class, for the chat input with attachments. */
  readonly ChatInputWidget: typeof ChatInputWidget;
  /** Lit's `html` template tag. */
  readonly html: typeof html;
  /** Lit's `nothing`. */
  readonly nothing: typeof nothing;
  /** Lit's `repeat` directive. */
  readonly repeat: typeof repeat;
  /** Lit's `live` directive. */
  readonly live: typeof live;
  /** The `style` directive that holds under a strict CSP. */
  readonly inlineStyle: typeof inlineStyle;
  /** A label's Markdown rendered inline. */
  readonly renderLabelText: typeof renderLabelText;
  /** A label's Markdown as plain text. */
  readonly plainLabelText: typeof plainLabelText;
  /** An `icon=` value (emoji or `:material/name:`) as a span. */
  readonly iconSpan: typeof iconSpan;
}

/** The kit every lazily loaded element of lit-ui is built from. */
export const lazyKit: LazyKit = {
  LitElement,
  WidgetElement,
  ChatInputWidget,
  html,
  nothing,
  repeat,
  live,
  inlineStyle,
  renderLabelText,
  plainLabelText,
  iconSpan,
};
