/**
 * Gallery of every display renderer, for screenshots in Chromium:
 * `node dev/display/check.mjs` builds it and opens
 * `gallery.html?scene=text|data|status|charts&theme=light|dark`.
 */
import { css, html, LitElement } from 'lit';
import type { ElementProto } from '@lit-ui/core/protocol';
import { blockStyles } from '../../src/blocks/blockStyles.js';
import { controlStyles } from '../../src/blocks/controlStyles.js';
import { displayElements, displayRenderers, displayStyles, renderMarkdown, sanitizeHtml } from '../../src/renderers/display/index.js';
import type { RenderContext } from '../../src/renderers/types.js';
import { themeStyles } from '../../src/theme/themeStyles.js';
import { scenes } from './samples.js';

const ctx: RenderContext = {
  widgets: {} as RenderContext['widgets'],
  pageHref: (page) => `/app/${page}`,
  navigate: (page) => console.log(`navigate:${page}`),
};

function element(proto: ElementProto): unknown {
  const renderer = displayRenderers[proto.type];
  return html`<div class="lu-element" data-type=${proto.type}>${renderer ? renderer(proto, ctx) : `no renderer: ${proto.type}`}</div>`;
}

class DisplayGallery extends LitElement {
  static override styles = [
    ...themeStyles,
    blockStyles,
    controlStyles,
    displayStyles,
    css`
      .page {
        max-width: calc(736px + 2rem);
        margin: 0 auto;
        padding: 2rem 1rem 4rem;
      }
    `,
  ];
  static override properties = { scene: { type: String }, theme: { type: String, reflect: true } };
  declare scene: string;
  declare theme: string;

  protected override render(): unknown {
    const names = this.scene === 'all' ? Object.keys(scenes) : this.scene.split(',');
    return html`<div class="page lu-stack">
      ${names.map((name) =>
        name === 'metrics'
          ? html`<div class="lu-horizontal lu-gap-small">${(scenes[name] ?? []).map((p) => html`<div class="lu-column lu-stack">${element(p)}</div>`)}</div>`
          : name === 'buttons'
            ? html`<div class="lu-horizontal">${(scenes[name] ?? []).map((p) => element(p))}</div>`
            : (scenes[name] ?? []).map(element),
      )}
    </div>`;
  }
}

for (const [tag, ctor] of Object.entries(displayElements)) customElements.define(tag, ctor);
customElements.define('display-gallery', DisplayGallery);

const params = new URLSearchParams(location.search);
const gallery = document.createElement('display-gallery') as DisplayGallery;
gallery.scene = params.get('scene') ?? 'all';
gallery.theme = params.get('theme') ?? 'light';
document.body.style.background = gallery.theme === 'dark' ? '#0e1117' : '#fff';
document.body.append(gallery);

// For dev/display/check.mjs: the sanitiser and markdown renderer, run in a real browser.
Object.assign(window, { __display: { sanitizeHtml, renderMarkdown } });
