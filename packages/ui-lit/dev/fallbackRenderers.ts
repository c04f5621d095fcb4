/**
 * Stand-in renderers for the preview harness, registered only for element
 * types that have no built-in renderer yet, so the harness shows a
 * realistic page while the real renderers are being written. Not shipped.
 */
import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { registerElement, rendererFor, type ElementRenderer, type WidgetProto } from '../src/index.js';

/** Minimal markdown for trusted preview text: paragraphs, lists, bold, italics, code. */
function miniMarkdown(text: string): string {
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const inline = (s: string): string =>
    s
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/_(.+?)_/g, '<em>$1</em>')
      .replace(/`(.+?)`/g, '<code>$1</code>');
  return esc
    .split(/\n{2,}/)
    .map((para) =>
      /^- /.test(para)
        ? `<ul>${para
            .split('\n')
            .map((l) => `<li>${inline(l.replace(/^- /, ''))}</li>`)
            .join('')}</ul>`
        : `<p>${inline(para)}</p>`,
    )
    .join('');
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const label = (p: WidgetProto) => html`<label class="fb-label" for=${p.id}>${p.label}</label>`;

const fallbacks: Record<string, ElementRenderer> = {
  title: (p) => html`<h1>${str(p['body'])}</h1>`,
  header: (p) => html`<h2>${str(p['body'])}</h2>`,
  subheader: (p) => html`<h3>${str(p['body'])}</h3>`,
  markdown: (p) => html`<div class="fb-md">${unsafeHTML(miniMarkdown(str(p['body'])))}</div>`,
  caption: (p) => html`<div class="fb-caption">${str(p['body'])}</div>`,
  metric: (p) => html`<div class="fb-metric">
    <div class="fb-metric-label">${str(p['label'])}</div>
    <div class="fb-metric-value">${str(p['value'])}</div>
    ${p['delta'] ? html`<div class="fb-delta fb-delta--${str(p['deltaArrow'])}">${p['deltaArrow'] === 'down' ? '↓' : '↑'} ${str(p['delta'])}</div>` : nothing}
  </div>`,
  button: (p, ctx) => html`<button class="fb-button" @click=${() => ctx.widgets.trigger(p as WidgetProto)}>${str(p['label'])}</button>`,
  formSubmitButton: (p, ctx) => html`<button class="fb-button" @click=${() => ctx.widgets.trigger(p as WidgetProto)}>${str(p['label'])}</button>`,
  checkbox: (p, ctx) => {
    const w = p as WidgetProto;
    return html`<label class="fb-check"><input type="checkbox" .checked=${live(ctx.widgets.value(w) === true)}
      @change=${(e: Event) => ctx.widgets.set(w, (e.target as HTMLInputElement).checked)} /> ${w.label}</label>`;
  },
  textInput: (p, ctx) => {
    const w = p as WidgetProto;
    return html`${label(w)}<input class="fb-input" id=${w.id} placeholder=${str(p['placeholder'])} .value=${live(str(ctx.widgets.value(w)))}
      @input=${(e: Event) => ctx.widgets.set(w, (e.target as HTMLInputElement).value, { debounce: true })}
      @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && w.formId && ctx.widgets.submitForm(w.formId)} />`;
  },
  selectbox: (p, ctx) => {
    const w = p as WidgetProto;
    const options = (p['options'] as string[]) ?? [];
    return html`${label(w)}<select class="fb-input" id=${w.id} @change=${(e: Event) => ctx.widgets.set(w, Number((e.target as HTMLSelectElement).value))}>
      ${options.map((o, i) => html`<option value=${i} ?selected=${ctx.widgets.value(w) === i}>${o}</option>`)}
    </select>`;
  },
  slider: (p, ctx) => {
    const w = p as WidgetProto;
    return html`${label(w)}<input class="fb-slider" type="range" id=${w.id} min=${String(p['min'])} max=${String(p['max'])}
      .value=${live(String(ctx.widgets.value(w)))} @input=${(e: Event) => ctx.widgets.set(w, Number((e.target as HTMLInputElement).value), { debounce: true })} />`;
  },
  chatInput: (p, ctx) => {
    const w = p as WidgetProto;
    return html`<input class="fb-input fb-chat" aria-label="Chat message" placeholder=${str(p['placeholder'])}
      @keydown=${(e: KeyboardEvent) => {
        const input = e.target as HTMLInputElement;
        if (e.key === 'Enter' && input.value.trim()) {
          ctx.widgets.trigger(w, input.value);
          input.value = '';
        }
      }} />`;
  },
};
fallbacks['toggle'] = fallbacks['checkbox'] as ElementRenderer;

/** Registers every stand-in whose type has no renderer yet; returns the types registered. */
export function registerFallbackRenderers(): string[] {
  const added: string[] = [];
  for (const [type, renderer] of Object.entries(fallbacks)) {
    if (rendererFor(type) === undefined) {
      registerElement(type, renderer);
      added.push(type);
    }
  }
  return added;
}

/** Styles of the stand-ins, adopted into the app's shadow root by the harness. */
export const fallbackStyles = css`
  .fb-md ul { margin: 0; padding-left: 1.5rem; }
  .fb-caption { font-size: 0.875rem; color: var(--lit-ui-muted); }
  .fb-metric-label { font-size: 0.875rem; }
  .fb-metric-value { font-size: 2.25rem; line-height: 1.3; }
  .fb-delta { display: inline-block; font-size: 0.875rem; padding: 0 0.4rem; border-radius: 1rem; color: #177233; background: rgba(33,195,84,.1); }
  .fb-delta--down { color: #7d353b; background: rgba(255,43,43,.09); }
  .fb-label { display: block; font-size: 0.875rem; margin-bottom: 0.25rem; }
  .fb-input { width: 100%; height: 2.5rem; padding: 0 0.75rem; border: 1px solid transparent; border-radius: var(--lit-ui-radius); background: var(--lit-ui-secondary-bg); }
  .fb-chat { height: 3rem; border-color: var(--lit-ui-border); background: var(--lit-ui-bg); border-radius: 1.5rem; padding: 0 1.25rem; }
  .fb-slider { width: 100%; accent-color: var(--lit-ui-primary); }
  .fb-check { display: flex; gap: 0.5rem; align-items: center; }
  .fb-check input { accent-color: var(--lit-ui-primary); width: 1rem; height: 1rem; }
  .fb-button { min-height: 2.5rem; padding: 0.25rem 0.75rem; border: 1px solid var(--lit-ui-border); border-radius: var(--lit-ui-radius); background: var(--lit-ui-bg); cursor: pointer; }
  .fb-button:hover { border-color: var(--lit-ui-primary); color: var(--lit-ui-primary); }
`;
