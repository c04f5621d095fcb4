/**
 * Widget gallery: every widget renderer inside a shadow root styled like
 * `<lit-ui-app>` (theme, shell controls, widget styles), fed by the fake
 * widget manager. `?theme=dark` switches the theme. Each call a widget makes
 * is listed at the bottom and kept in `window.widgetCalls` for scripts.
 * Build and screenshot: `node dev/widgets/screenshot.mjs`.
 */
import { css, html, LitElement } from 'lit';
import { controlStyles } from '../../src/blocks/controlStyles.js';
import { createFakeWidgetManager, fakeContext } from '../../src/renderers/widgets/fakeWidgetManager.js';
import { widgetElements, widgetRenderers, widgetStyles } from '../../src/renderers/widgets/index.js';
import { themeStyles } from '../../src/theme/themeStyles.js';
import type { WidgetProto } from '../../src/renderers/types.js';

for (const [tag, ctor] of Object.entries(widgetElements)) customElements.define(tag, ctor);

const widgets = createFakeWidgetManager();
const ctx = fakeContext(widgets);
(globalThis as { widgetCalls?: unknown }).widgetCalls = widgets.calls;

const DAY = 86_400_000;
let n = 0;
const w = (type: string, label: string, value: unknown, extra: Record<string, unknown> = {}): WidgetProto => ({
  type,
  id: `w${(n += 1)}`,
  label,
  value,
  ...extra,
});

const sections: [string, WidgetProto[]][] = [
  [
    'Buttons',
    [
      w('button', 'Secondary', false, { kind: 'secondary' }),
      w('button', 'Primary', false, { kind: 'primary', icon: '🎈', help: 'Releases balloons' }),
      w('button', 'Tertiary', false, { kind: 'tertiary' }),
      w('button', 'Disabled', false, { kind: 'secondary', disabled: true }),
      w('formSubmitButton', 'Submit form', false, { kind: 'primary', formId: 'f', useContainerWidth: true }),
    ],
  ],
  [
    'Choices',
    [
      w('checkbox', 'I agree to the **terms**', true, { help: 'Read them first' }),
      w('checkbox', 'Unchecked', false),
      w('toggle', 'Activate feature', true),
      w('toggle', 'Off and disabled', false, { disabled: true }),
      w('radio', "What's your favorite genre", 0, {
        options: ['Comedy', 'Drama', 'Documentary'],
        captions: ['Laugh out loud.', 'Get the popcorn.', 'Never stop learning.'],
      }),
      w('radio', 'Horizontal', 1, { options: ['Python', 'JavaScript', 'Rust'], horizontal: true }),
    ],
  ],
  [
    'Text',
    [
      w('textInput', 'Movie title', 'Life of Brian', { placeholder: 'Type a title', help: 'Any movie' }),
      w('textInput', 'Password', 'hunter2', { inputType: 'password', maxChars: 20 }),
      w('textInput', 'Empty with placeholder', null, { inputType: 'default', placeholder: 'Your name...' }),
      w(
        'textArea',
        'Text to analyze',
        'It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness...',
        { maxChars: 500 },
      ),
      w('numberInput', 'Insert a number', 3, { step: 1, isInt: true, min: 0, max: 10 }),
      w('numberInput', 'Percent', 12.5, { step: 0.1, isInt: false, format: '%0.1f%%' }),
      w('numberInput', 'Empty number', null, { step: 0.01, isInt: false, placeholder: 'Type a number...' }),
      w('textInput', 'Disabled', 'read only', { inputType: 'default', disabled: true }),
    ],
  ],
  [
    'Sliders',
    [
      w('slider', 'How old are you?', 25, { min: 0, max: 130, step: 1, dataType: 'int', help: 'In years' }),
      w('slider', 'Select a range of values', [25, 75], { min: 0, max: 100, step: 1, dataType: 'float', format: '%.1f' }),
      w('slider', 'Close range', [50, 52], { min: 0, max: 100, step: 1, dataType: 'int' }),
      w('slider', 'When do you start?', Date.UTC(2020, 0, 1, 9, 30), {
        min: Date.UTC(2019, 11, 18, 9, 30),
        max: Date.UTC(2020, 0, 15, 9, 30),
        step: 3_600_000,
        dataType: 'datetime',
        format: 'MM/DD/YY - hh:mm',
      }),
      w('slider', 'Schedule', [Date.UTC(2024, 4, 3), Date.UTC(2024, 4, 20)], {
        min: Date.UTC(2024, 4, 1),
        max: Date.UTC(2024, 4, 31),
        step: DAY,
        dataType: 'date',
      }),
      w('selectSlider', 'Select a color of the rainbow', 2, { options: ['red', 'orange', 'yellow', 'green', 'blue', 'indigo', 'violet'] }),
      w('selectSlider', 'Select a range of color wavelength', [1, 4], { options: ['red', 'orange', 'yellow', 'green', 'blue', 'indigo', 'violet'] }),
      w('slider', 'Disabled', 30, { min: 0, max: 100, step: 1, dataType: 'int', disabled: true }),
    ],
  ],
  [
    'Selection',
    [
      w('selectbox', 'How would you like to be contacted?', 0, { options: ['Email', 'Home phone', 'Mobile phone'], help: 'Pick one' }),
      w('selectbox', 'Empty selectbox', null, { options: ['Email', 'Home phone', 'Mobile phone'] }),
      w('multiselect', 'What are your favorite colors', [0, 1], {
        options: ['Green', 'Yellow', 'Red', 'Blue', 'A very long option name that should truncate nicely'],
      }),
      w('multiselect', 'Pick at most two', [0, 2], { options: ['Green', 'Yellow', 'Red', 'Blue'], maxSelections: 2 }),
      w('multiselect', 'Empty multiselect', [], { options: ['Green', 'Yellow', 'Red', 'Blue'] }),
    ],
  ],
  [
    'Date, time, color',
    [
      w('dateInput', "When's your birthday", '2019-07-06', { isRange: false, min: '1900-01-01', max: '2030-12-31', format: 'YYYY/MM/DD' }),
      w('dateInput', 'Select your vacation for next year', ['2025-01-01', '2025-01-07'], {
        isRange: true,
        min: '2024-01-01',
        max: '2026-12-31',
        format: 'YYYY/MM/DD',
      }),
      w('timeInput', 'Set an alarm for', '08:45', { step: 900 }),
      w('colorPicker', 'Pick A Color', '#00f900'),
    ],
  ],
  [
    'Label visibility',
    [
      w('textInput', 'Hidden label (space kept)', 'x', { inputType: 'default', labelVisibility: 'hidden' }),
      w('textInput', 'Collapsed label', 'y', { inputType: 'default', labelVisibility: 'collapsed' }),
    ],
  ],
];
const chat = w('chatInput', 'Say something', null, { placeholder: 'Say something', maxChars: 200 });

class WidgetGallery extends LitElement {
  static override styles = [
    ...themeStyles,
    controlStyles,
    widgetStyles,
    css`
      main { max-width: 736px; margin: 0 auto; padding: 2rem 1rem 1rem; }
      h2 { font-size: 1.5rem; padding: 1.5rem 0 0.75rem; }
      .lu-stack { display: flex; flex-direction: column; gap: 1rem; }
      .row { display: flex; gap: 0.75rem; flex-wrap: wrap; align-items: center; }
      .bottom { position: sticky; bottom: 0; background: var(--lit-ui-bg); padding: 1rem 0 1.5rem; }
      .calls { font: 12px var(--lit-ui-mono-font); color: var(--lit-ui-muted); white-space: pre-wrap; }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('theme', new URLSearchParams(location.search).get('theme') ?? 'light');
    const rerender = () => this.requestUpdate();
    for (const [, protos] of sections) for (const p of protos) widgets.subscribe(p.id, rerender);
    const trigger = widgets.trigger.bind(widgets);
    widgets.trigger = (proto, value) => {
      trigger(proto, value);
      this.requestUpdate();
    };
  }

  override render(): unknown {
    const el = (p: WidgetProto) => html`<div class="lu-element" data-type=${p.type}>${widgetRenderers[p.type]!(p, ctx)}</div>`;
    return html`<main>
      ${sections.map(
        ([title, protos]) => html`<h2>${title}</h2>
        ${
          title === 'Buttons'
            ? html`<div class="lu-stack"><div class="row">${protos.slice(0, 4).map(el)}</div>${protos.slice(4).map(el)}</div>`
            : html`<div class="lu-stack">${protos.map(el)}</div>`
        }`,
      )}
      <h2>Calls</h2>
      <div class="calls">${widgets.calls.slice(-8).map((c) => `${c.method} ${c.id} ${JSON.stringify(c.value ?? null)}${c.debounce ? ' (debounced)' : ''}\n`)}</div>
      <div class="bottom">${el(chat)}</div>
    </main>`;
  }
}
customElements.define('widget-gallery', WidgetGallery);
document.body.append(document.createElement('widget-gallery'));
