import { html, nothing } from 'lit';
import type { WidgetType } from '@lit-ui/core/protocol';
import { elementTag } from '../elementTag.js';
import { formatBytes } from './fileUploader.js';
import { WidgetElement } from './widgetElement.js';

/**
 * What a lazily loaded widget module builds its element from. Passed in
 * rather than imported: a lazy module that imported lit or the widget base
 * would make the bundler split them out of the initial file into shared
 * chunks, which gzip worse than the widgets weigh.
 */
export interface LazyWidgetKit {
  /** The widget base class. */
  readonly WidgetElement: typeof WidgetElement;
  /** lit's `html` template tag. */
  readonly html: typeof html;
  /** lit's `nothing`. */
  readonly nothing: typeof nothing;
  /** Byte counts for people (`1.2 MB`), as the file uploader shows them. */
  readonly formatBytes: typeof formatBytes;
}

const kit: LazyWidgetKit = { WidgetElement, html, nothing, formatBytes };

/**
 * Widgets whose custom element is loaded on first use, by dynamic `import()`:
 * rarely used and kept out of the browser bundle's initial download, as
 * vega-embed and KaTeX are. Until its module arrives the tag is an undefined
 * element holding the `proto` and `ctx` the renderer set; defining it
 * upgrades the element, and Lit takes those properties over.
 */
export const lazyWidgetLoaders = {
  cameraInput: () => import('./cameraInput.js').then((m) => m.cameraInputWidget(kit)),
  audioInput: () => import('./audioInput.js').then((m) => m.audioInputWidget(kit)),
} satisfies Partial<Record<WidgetType, () => Promise<CustomElementConstructor>>>;

/** A widget type whose element loads lazily. */
export type LazyWidgetType = keyof typeof lazyWidgetLoaders;

const loading = new Map<LazyWidgetType, Promise<void>>();

/** True when `type`'s element is loaded on first use. */
export function isLazyWidget(type: WidgetType): type is LazyWidgetType {
  return Object.hasOwn(lazyWidgetLoaders, type);
}

/**
 * Loads and defines `type`'s custom element once (a tag the page already
 * defined is left alone, as the registration module does).
 *
 * @returns A promise that settles when the element is defined; it rejects when the module cannot load.
 */
export function defineLazyWidget(type: LazyWidgetType): Promise<void> {
  let done = loading.get(type);
  if (done === undefined) {
    done = lazyWidgetLoaders[type]().then((ctor) => {
      const tag = elementTag(type);
      if (typeof customElements !== 'undefined' && customElements.get(tag) === undefined) customElements.define(tag, ctor);
    });
    // A failed load may be retried on the next render.
    done.catch(() => loading.delete(type));
    loading.set(type, done);
  }
  return done;
}
