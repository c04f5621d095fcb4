import { html, nothing } from 'lit';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import { helpTooltip } from './help.js';
import { markdown, renderMarkdown } from './markdown.js';
import { slugify } from './markdownExtensions.js';
import type { ElementRenderers } from '../types.js';

type HeadingProto = ElementProtoOf<'title'> | ElementProtoOf<'header'> | ElementProtoOf<'subheader'>;

/** Colors of a header's `divider`, as Streamlit's. `true` takes the first of the cycle, blue. */
const DIVIDER_COLORS = ['blue', 'green', 'orange', 'red', 'violet', 'gray', 'grey', 'rainbow'];

/** Class of a header divider for `divider` (`true` or a color name), or undefined for none. */
export function dividerClass(divider: boolean | string | undefined): string | undefined {
  if (divider === undefined || divider === false || divider === '') return undefined;
  const color = divider === true ? 'blue' : divider.toLowerCase();
  if (!DIVIDER_COLORS.includes(color)) return 'lu-rule lu-rule--blue';
  return `lu-rule lu-rule--${color === 'grey' ? 'gray' : color}`;
}

/**
 * The anchor id of a heading: `anchor` when given, none when `''`
 * (Streamlit's `anchor=False`), else derived from the heading's text.
 */
export function headingAnchor(body: string, anchor: string | undefined): string | undefined {
  if (anchor === '') return undefined;
  return anchor ?? (slugify(renderMarkdown(body, { inline: true })) || undefined);
}

const linkIcon = html`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
  <path d="M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1 1M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1-1"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/** Scrolls to the heading in the app (a `#id` href cannot reach into the shadow root) and puts the anchor in the URL. */
function jumpToHeading(event: MouseEvent, id: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  const heading = (event.currentTarget as Element).closest('.lu-heading');
  heading?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
}

/**
 * Click handler for rendered markdown: a `#anchor` link scrolls to the
 * element with that id in the app (plain hash navigation cannot see into
 * `<lit-ui-app>`'s shadow root) and puts the hash in the URL.
 */
export function followInPageLink(event: MouseEvent): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.defaultPrevented) return;
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  const id = decodeURIComponent(link?.getAttribute('href')?.slice(1) ?? '');
  if (!link || id === '') return;
  const root = link.getRootNode() as Document | ShadowRoot;
  const target = root.getElementById?.(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ behavior: 'smooth', block: 'start' });
  history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
}

function renderHeading(proto: HeadingProto, level: 1 | 2 | 3): unknown {
  const id = headingAnchor(proto.body, proto.anchor);
  const content = html`<span class="lu-heading-text">${markdown(proto.body, { inline: true })}</span>${helpTooltip(proto.help)}${
    id
      ? html`<a class="lu-anchor" href="#${id}" tabindex="-1" aria-hidden="true" title="Link to this section" @click=${(e: MouseEvent) =>
          jumpToHeading(e, id)}
          >${linkIcon}</a
        >`
      : nothing
  }`;
  const rule = proto.type === 'title' ? undefined : dividerClass(proto.divider);
  const heading =
    level === 1
      ? html`<h1 class="lu-heading lu-title" id=${id ?? nothing}>${content}</h1>`
      : level === 2
        ? html`<h2 class="lu-heading lu-header" id=${id ?? nothing}>${content}</h2>`
        : html`<h3 class="lu-heading lu-subheader" id=${id ?? nothing}>${content}</h3>`;
  return rule ? html`<div class="lu-heading-block">${heading}<hr class=${rule} /></div>` : heading;
}

/**
 * `st.title`: an h1 with inline markdown, a hover anchor link and an
 * optional help tooltip. The anchor is a mouse convenience: out of the tab
 * order and hidden from assistive technology, so the heading's name is its
 * text alone.
 */
export const titleRenderer = (proto: ElementProtoOf<'title'>): unknown => renderHeading(proto, 1);

/** `st.header`: an h2, optionally with a colored `divider` rule under it. */
export const headerRenderer = (proto: ElementProtoOf<'header'>): unknown => renderHeading(proto, 2);

/** `st.subheader`: an h3, optionally with a colored `divider` rule under it. */
export const subheaderRenderer = (proto: ElementProtoOf<'subheader'>): unknown => renderHeading(proto, 3);

/** Headings: this module's renderers in the registry, by element type. */
export const headingRenderers = {
  title: titleRenderer,
  header: headerRenderer,
  subheader: subheaderRenderer,
} satisfies ElementRenderers;
