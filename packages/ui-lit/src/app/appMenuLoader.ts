/** The one load of the menu's module, shared by every app on the page. */
let loading: Promise<void> | undefined;

/**
 * Loads and registers `<lit-ui-app-menu>` the first time an app shows its
 * settings menu: only the built-in host page does, so embedded apps never
 * download it (it stays out of the browser bundle's initial download).
 * Properties Lit sets on the element before it is defined are kept: Lit
 * applies them when the element upgrades.
 *
 * @returns Resolves once the element is defined.
 */
export function defineAppMenu(): Promise<void> {
  loading ??= import('./appMenu.js').then(({ AppMenu }) => {
    if (customElements.get('lit-ui-app-menu') === undefined) customElements.define('lit-ui-app-menu', AppMenu);
  });
  return loading;
}
