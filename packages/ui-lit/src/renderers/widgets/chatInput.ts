import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { inlineStyle } from '../../directives/inlineStyle.js';
import type { WidgetProto } from '../types.js';
import { WidgetElement } from './widgetElement.js';

type ChatInputProto = WidgetProto & { readonly placeholder: string; readonly maxChars?: number; readonly prefill?: string };

const MAX_HEIGHT_PX = 200;

/**
 * `<lit-ui-chat-input>`: as Streamlit's `st.chat_input`. A rounded text box
 * that grows with its text (up to 200px, then scrolls) and a send button
 * with an arrow. Enter sends (Shift+Enter adds a line): the text goes out as
 * a one-run trigger, `ctx.widgets.trigger(proto, text)`, and the box
 * clears. Blank text is never sent; `maxChars` limits the length and shows
 * a counter near the limit. It has no visible label: the placeholder names
 * it. It usually sits in the app's sticky bottom container. With a `height`
 * in its proto's `layout` (px or `'stretch'`) the box is that tall and its
 * text scrolls inside, as Streamlit's `height`. A proto with
 * `prefill` (text the app set through session state) puts that text in the box.
 *
 * @example
 * html`<lit-ui-chat-input .proto=${proto} .ctx=${ctx}></lit-ui-chat-input>`
 */
export class ChatInputWidget extends WidgetElement<ChatInputProto> {
  static override properties = { ...WidgetElement.properties, text: { state: true } };

  /** The message being written. */
  declare text: string;

  constructor() {
    super();
    this.text = '';
  }

  /** The text box. */
  protected get textarea(): HTMLTextAreaElement | null {
    return this.querySelector<HTMLTextAreaElement>('textarea');
  }

  /** True when there is something to send (text; attachments too, in the chat input with files). */
  protected hasContent(): boolean {
    return this.text.trim() !== '';
  }

  /** What shows above the box and in it before the text (the attachments of the chat input with files). */
  protected renderAttachments(): { above: unknown; inBox: unknown } {
    return { above: nothing, inBox: nothing };
  }

  /** Sends the message as a trigger and clears the box; blank messages are ignored. */
  protected submit(): void {
    if (this.disabled || !this.hasContent()) return;
    this.ctx.widgets.trigger(this.proto, this.text);
    this.text = '';
    this.textarea?.focus();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('proto') && typeof this.proto.prefill === 'string') this.text = this.proto.prefill;
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.submit();
    }
  }

  /** True when the app gave the box a height (px, or `'stretch'`): it fills its element's box, and its text scrolls inside. */
  private get sized(): boolean {
    const height = this.proto.layout?.height;
    return height !== undefined && height !== 'content';
  }

  protected override updated(): void {
    const area = this.textarea;
    // Sized, the element fills its wrapper's height (the box inside it fills the element).
    this.style.display = this.sized ? 'block' : '';
    this.style.height = this.sized ? '100%' : '';
    if (area === null) return;
    if (this.sized) {
      area.style.height = '';
      area.style.overflowY = 'auto';
      return;
    }
    area.style.height = 'auto';
    const height = Math.min(MAX_HEIGHT_PX, area.scrollHeight);
    if (height > 0) area.style.height = `${height}px`;
    area.style.overflowY = area.scrollHeight > MAX_HEIGHT_PX ? 'auto' : 'hidden';
  }

  protected override render(): unknown {
    const { placeholder, maxChars } = this.proto;
    const empty = !this.hasContent();
    const nearLimit = typeof maxChars === 'number' && this.text.length >= maxChars * 0.8;
    const { above, inBox } = this.renderAttachments();
    // With a height (as Streamlit's `height`), the box fills its element's sized box and the text area fills the box.
    const sized = this.sized;
    return html`${above}<div
      class="lu-chat-input${this.disabled ? ' lu-chat-input--disabled' : ''}"
      style=${inlineStyle(sized ? { height: '100%', boxSizing: 'border-box' } : {})}
    >
      ${inBox}
      <textarea
        class="lu-chat-input-text"
        style=${inlineStyle(sized ? { maxHeight: 'none', alignSelf: 'stretch' } : {})}
        id=${this.controlId}
        rows="1"
        aria-label=${placeholder || this.plainLabel}
        placeholder=${placeholder}
        maxlength=${maxChars ?? nothing}
        .value=${live(this.text)}
        ?disabled=${this.disabled}
        @input=${(e: Event) => this.onInput(e)}
        @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}
      ></textarea>
      ${nearLimit ? html`<span class="lu-chat-input-count" aria-live="polite">${this.text.length}/${maxChars}</span>` : nothing}
      <button type="button" class="lu-chat-send" aria-label="Send message" ?disabled=${this.disabled || empty} @click=${() => this.submit()}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path d="M12 19V5M5.5 11.5L12 5l6.5 6.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      </button>
    </div>`;
  }
}
