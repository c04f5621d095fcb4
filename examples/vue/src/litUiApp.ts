/** The part of `<lit-ui-app>` a host page drives (docs/embedding.md, "Properties in"). */
export interface LitUiAppElement extends HTMLElement {
  /** Sets session state keys (widget keys included) and reruns the app, as a widget change would. */
  setState(values: Record<string, unknown>): void;
}

/** `lit-ui-change`'s detail, as far as this page reads it. */
export interface ChangeDetail {
  readonly key?: string;
  readonly value: unknown;
}

/** `lit-ui-run`'s detail. */
export interface RunDetail {
  readonly state: string;
}

/**
 * Registers `<lit-ui-app>` by loading the client that the Express adapter
 * serves under the app's mount. The URL is only known at run time, so Vite
 * leaves the import alone.
 */
export function loadLitUi(mount: string): Promise<unknown> {
  return import(/* @vite-ignore */ `${mount}/client.js`);
}

/** Listens to the app's widget changes and run states; returns a function that stops listening. */
export function listen(el: HTMLElement, onChange: (detail: ChangeDetail) => void, onRun: (detail: RunDetail) => void): () => void {
  const change = (event: Event) => onChange((event as CustomEvent<ChangeDetail>).detail);
  const run = (event: Event) => onRun((event as CustomEvent<RunDetail>).detail);
  el.addEventListener('lit-ui-change', change);
  el.addEventListener('lit-ui-run', run);
  return () => {
    el.removeEventListener('lit-ui-change', change);
    el.removeEventListener('lit-ui-run', run);
  };
}
