/**
 * The custom element tag of an element type: `lit-ui-` and the type name in
 * kebab case (`colorPicker` → `lit-ui-color-picker`). Widget renderers and
 * the registration module derive every built-in tag from it.
 */
export function elementTag(type: string): string {
  return `lit-ui-${type.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
