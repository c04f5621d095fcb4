import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { WidgetProto } from '../types.js';
import { plainLabelText } from './labelText.js';
import { SliderBase } from './sliderBase.js';

type SelectSliderProto = WidgetProto & Pick<ElementProtoOf<'selectSlider'>, 'options'>;

/**
 * `<lit-ui-select-slider>`: as Streamlit's `st.select_slider`. A slider over
 * the indices of `options` (one thumb, or two for a range); the thumbs'
 * labels and the bounds under the track show the option texts, and the wire
 * value is the index (or `[lo, hi]` indices).
 *
 * @example
 * html`<lit-ui-select-slider .proto=${proto} .ctx=${ctx}></lit-ui-select-slider>`
 */
export class SelectSliderWidget extends SliderBase<SelectSliderProto> {
  protected override get min(): number {
    return 0;
  }

  protected override get max(): number {
    return Math.max(0, this.proto.options.length - 1);
  }

  protected override get step(): number {
    return 1;
  }

  protected override formatValue(v: number): string {
    return plainLabelText(this.proto.options[v] ?? '');
  }
}
