import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import type { RenderContext, WidgetManager, WidgetProto } from '../types.js';
import { helpTooltip } from '../display/help.js';
import { plainLabelText, renderLabelText } from './labelText.js';

let nextUid = 0;

/**
 * Base of every widget custom element (`<lit-ui-slider>`, ...). Takes the
 * widget's `proto` and the render context `ctx`; while connected it listens to
 * `ctx.widgets` for its widget id and re-renders when the value it shows
 * (`ctx.widgets.value(proto)`) changes. Renders into its light DOM so the
 * app's stylesheet themes it, and offers the parts all widgets share: the
 * label (honouring `labelVisibility`), the help icon and unique DOM ids.
 */
export class WidgetElement<P extends WidgetProto = WidgetProto> extends LitElement {
  /** Reactive properties: set by the renderer, never reflected. */
  static override properties = {
    proto: { attribute: false },
    ctx: { attribute: false },
  };

  /** The widget's proto, as the last delta brought it. */
  declare proto: P;
  /** Render context: the widget manager and navigation. */
  declare ctx: RenderContext;

  /** A DOM-id prefix unique to this element in the document. */
  protected readonly uid = `lu-w${(nextUid += 1)}`;

  private unsubscribe: (() => void) | undefined;
  private subscribedId: string | undefined;
  private subscribedTo: WidgetManager | undefined;

  /** Light DOM: the app's single stylesheet applies. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.classList.add('lu-widget');
    this.syncSubscription();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = this.subscribedId = this.subscribedTo = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.syncSubscription();
  }

  /** Subscribes to the proto's widget id, once per id and manager. */
  private syncSubscription(): void {
    const widgets = this.ctx?.widgets;
    const id = this.proto?.id;
    if (!this.isConnected || widgets === undefined || id === undefined) return;
    if (id === this.subscribedId && widgets === this.subscribedTo) return;
    this.unsubscribe?.();
    this.subscribedId = id;
    this.subscribedTo = widgets;
    this.unsubscribe = widgets.subscribe(id, () => this.requestUpdate());
  }

  /** The value the widget shows, in wire form: the user's pending change or the proto's value. */
  protected get value(): unknown {
    return this.ctx.widgets.value(this.proto);
  }

  /** True when the widget is disabled. */
  protected get disabled(): boolean {
    return this.proto.disabled === true;
  }

  /** The label as plain text (Markdown removed), for `aria-label`. */
  protected get plainLabel(): string {
    return plainLabelText(this.proto.label);
  }

  /** id of the widget's main control, the target of its `<label for>`. */
  protected get controlId(): string {
    return `${this.uid}-control`;
  }

  /** id of the widget's label element, for `aria-labelledby`. */
  protected get labelId(): string {
    return `${this.uid}-label`;
  }

  /**
   * The widget's label row: a `<label for>` (or a plain element when `forId`
   * is null, e.g. above a radio group) plus the help icon. `hidden` keeps the
   * row's space, `collapsed` removes it; the text stays for screen readers.
   */
  protected renderLabel(forId: string | null = this.controlId): TemplateResult {
    const visibility = this.proto.labelVisibility ?? 'visible';
    const text = renderLabelText(this.proto.label);
    const classes = `lu-widget-label lu-widget-label--${visibility}${this.disabled ? ' lu-widget-label--disabled' : ''}`;
    return html`<div class=${classes}>
      ${
        forId === null
          ? html`<span class="lu-widget-label-text" id=${this.labelId}>${text}</span>`
          : html`<label class="lu-widget-label-text" id=${this.labelId} for=${forId}>${text}</label>`
      }
      ${this.renderHelp()}
    </div>`;
  }

  /** The help button (?) with the help text (markdown) as its tooltip and description, or nothing without `help`. */
  protected renderHelp(): unknown {
    return helpTooltip(this.proto.help);
  }
}
