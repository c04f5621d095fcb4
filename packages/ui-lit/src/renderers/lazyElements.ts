/**
 * Custom elements whose classes load on first use. A rarely used element
 * (the dataframe, the data editor, charts) keeps a tiny renderer in the
 * initial bundle; its class sits in its own chunk, fetched by a dynamic
 * `import()` the first time the renderer runs, and is defined then. The
 * browser upgrades the elements already in the page, and Lit re-applies the
 * properties the renderer set before the upgrade, so the element renders
 * with the proto it was given.
 */

/** Loads a custom element class (a dynamic `import()` of its module). */
export type ElementLoader = () => Promise<CustomElementConstructor>;

/** Definitions started and not failed, by tag. */
const pending = new Map<string, Promise<void>>();

/**
 * Defines `tag` with the class `load` resolves to, unless it is defined or
 * being defined already. A failed load (a chunk the network dropped) is
 * forgotten, so the next render of the element tries again; until then the
 * element stays an empty, undefined element.
 *
 * @param tag - custom element name, e.g. `'lit-ui-dataframe'`.
 * @param load - loads the class, e.g. `() => import('./dataframe.js').then((m) => m.DataFrameView)`.
 * @returns resolves when the tag is defined; rejects with the load's error.
 */
export function defineLazily(tag: string, load: ElementLoader): Promise<void> {
  if (typeof customElements === 'undefined' || customElements.get(tag) !== undefined) return Promise.resolve();
  const started = pending.get(tag);
  if (started !== undefined) return started;
  const definition = load().then(
    (ctor) => {
      if (customElements.get(tag) === undefined) customElements.define(tag, ctor);
    },
    (error: unknown) => {
      pending.delete(tag);
      throw error;
    },
  );
  // A renderer does not wait: keep an unobserved failure from being reported as unhandled.
  definition.catch(() => undefined);
  pending.set(tag, definition);
  return definition;
}
