import { describe, expectTypeOf, it } from 'vitest';
import type { DisplayType, ElementProtoOf, ElementType, EventType, WidgetProtoBase, WidgetType, WidgetValueMap } from './elements.js';

describe('the element map', () => {
  it('derives the element-type unions by kind', () => {
    expectTypeOf<'title'>().toMatchTypeOf<ElementType>();
    expectTypeOf<'colorPicker'>().toMatchTypeOf<ElementType>();
    expectTypeOf<'sparkline'>().not.toMatchTypeOf<ElementType>();
    expectTypeOf<EventType>().toEqualTypeOf<'toast' | 'balloons' | 'snow' | 'hostEvent'>();
    expectTypeOf<'toast'>().not.toMatchTypeOf<DisplayType>();
    expectTypeOf<'slider'>().not.toMatchTypeOf<DisplayType>();
    expectTypeOf<WidgetType>().toEqualTypeOf<
      | 'button'
      | 'formSubmitButton'
      | 'checkbox'
      | 'toggle'
      | 'textInput'
      | 'textArea'
      | 'numberInput'
      | 'slider'
      | 'selectSlider'
      | 'selectbox'
      | 'radio'
      | 'multiselect'
      | 'dateInput'
      | 'timeInput'
      | 'datetimeInput'
      | 'colorPicker'
      | 'chatInput'
      | 'dataEditor'
      | 'pills'
      | 'segmentedControl'
      | 'feedback'
      | 'fileUploader'
      | 'cameraInput'
      | 'audioInput'
      | 'downloadButton'
    >();
  });

  it('derives protos: widget protos carry the common widget fields', () => {
    expectTypeOf<ElementProtoOf<'slider'>['value']>().toEqualTypeOf<number | [number, number]>();
    expectTypeOf<ElementProtoOf<'slider'>>().toMatchTypeOf<WidgetProtoBase>();
    expectTypeOf<ElementProtoOf<'metric'>['deltaArrow']>().toEqualTypeOf<'up' | 'down' | 'none'>();
    expectTypeOf<ElementProtoOf<'title'>['type']>().toEqualTypeOf<'title'>();
  });

  it('derives the wire value map of widget changes', () => {
    expectTypeOf<WidgetValueMap['button']>().toEqualTypeOf<boolean>();
    expectTypeOf<WidgetValueMap['chatInput']>().toEqualTypeOf<
      string | { text: string; files: { fileId: string; name: string; type: string; size: number }[] } | null
    >();
    expectTypeOf<WidgetValueMap['fileUploader']>().toEqualTypeOf<{ fileId: string; name: string; type: string; size: number }[]>();
    expectTypeOf<WidgetValueMap['downloadButton']>().toEqualTypeOf<boolean>();
    expectTypeOf<WidgetValueMap['multiselect']>().toEqualTypeOf<(number | string)[]>(); // strings: typed entries (acceptNewOptions)
    expectTypeOf<WidgetValueMap['slider']>().toEqualTypeOf<number | [number, number]>();
  });
});
