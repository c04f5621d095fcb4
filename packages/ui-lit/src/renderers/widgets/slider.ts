import type { ElementProtoOf } from '@lit-ui/core/protocol';
import type { WidgetProto } from '../types.js';
import { DEFAULT_DATE_PATTERNS, formatEpoch, isDatePattern } from './dateFormat.js';
import { formatWidgetNumber } from './widgetNumber.js';
import { SliderBase } from './sliderBase.js';

type SliderProto = WidgetProto & Pick<ElementProtoOf<'slider'>, 'min' | 'max' | 'step' | 'format' | 'dataType'>;

/**
 * `<lit-ui-slider>`: as Streamlit's `st.slider`. One thumb for a number, two
 * for a `[low, high]` range; the selected part of the track is filled with
 * the primary color, the value shows above each thumb and the bounds under
 * the track. Numbers read through `format` (printf, e.g. `'%d%%'`, or a
 * named format such as `'percent'`); `dataType` `date` / `datetime` values
 * are epoch ms shown as `YYYY-MM-DD` / `YYYY-MM-DD HH:mm` (UTC) unless
 * `format` is a date pattern. Dragging and keys behave as {@link SliderBase}.
 *
 * @example
 * html`<lit-ui-slider .proto=${proto} .ctx=${ctx}></lit-ui-slider>`
 */
export class SliderWidget extends SliderBase<SliderProto> {
  protected override get min(): number {
    return this.proto.min;
  }

  protected override get max(): number {
    return this.proto.max;
  }

  protected override get step(): number {
    return this.proto.step > 0 ? this.proto.step : 1;
  }

  protected override formatValue(v: number): string {
    const { dataType, format, step } = this.proto;
    if (dataType === 'date' || dataType === 'datetime') {
      return formatEpoch(v, isDatePattern(format) ? format : DEFAULT_DATE_PATTERNS[dataType]);
    }
    return formatWidgetNumber(v, format, step, dataType === 'int');
  }
}
