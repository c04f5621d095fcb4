import { html, nothing } from 'lit';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { WidgetProto } from '../types.js';
import { WidgetElement } from './widgetElement.js';

type FeedbackProto = WidgetProto & Pick<ElementProtoOf<'feedback'>, 'options'> & { readonly value: number | null };

/** One icon of a feedback row: the sentiment it sends, its glyph and its accessible name. */
interface FeedbackChoice {
  readonly sentiment: number;
  readonly glyph: string;
  readonly name: string;
}

const FACES = ['😞', '🙁', '😐', '🙂', '😀'];
const FACE_NAMES = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];

/** The icons of each kind, left to right, as Streamlit shows them (thumbs up first). */
export function feedbackChoices(kind: 'thumbs' | 'faces' | 'stars'): FeedbackChoice[] {
  if (kind === 'thumbs') {
    return [
      { sentiment: 1, glyph: '👍', name: 'Thumbs up' },
      { sentiment: 0, glyph: '👎', name: 'Thumbs down' },
    ];
  }
  if (kind === 'faces') return FACES.map((glyph, i) => ({ sentiment: i, glyph, name: FACE_NAMES[i] ?? '' }));
  return [0, 1, 2, 3, 4].map((i) => ({ sentiment: i, glyph: '★', name: `${i + 1} star${i === 0 ? '' : 's'}` }));
}

/**
 * `<lit-ui-feedback>`: as Streamlit's `st.feedback`, a row of icon buttons
 * (`aria-pressed` on the chosen one) that sends the sentiment index:
 * `ctx.widgets.set(proto, sentiment)`, or null when the chosen icon is
 * clicked again. Stars light every star up to the chosen one.
 *
 * @example
 * html`<lit-ui-feedback .proto=${proto} .ctx=${ctx}></lit-ui-feedback>`
 */
export class FeedbackWidget extends WidgetElement<FeedbackProto> {
  /** The chosen sentiment, or null. */
  protected get selected(): number | null {
    const v = this.value;
    return typeof v === 'number' ? v : null;
  }

  private pick(sentiment: number): void {
    if (!this.disabled) this.ctx.widgets.set(this.proto, sentiment === this.selected ? null : sentiment);
  }

  protected override render(): unknown {
    const kind = this.proto.options;
    const selected = this.selected;
    return html`<div class="lu-feedback lu-feedback--${kind}" role="group" aria-label="Feedback" aria-disabled=${this.disabled ? 'true' : nothing}>
      ${feedbackChoices(kind).map(({ sentiment, glyph, name }) => {
        const lit = selected !== null && (kind === 'stars' ? sentiment <= selected : sentiment === selected);
        return html`<button
          type="button"
          class="lu-feedback-option${lit ? ' lu-feedback-option--on' : ''}"
          aria-label=${name}
          aria-pressed=${sentiment === selected ? 'true' : 'false'}
          ?disabled=${this.disabled}
          @click=${() => this.pick(sentiment)}
        >
          <span aria-hidden="true">${glyph}</span>
        </button>`;
      })}
    </div>`;
  }
}
