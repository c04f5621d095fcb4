/** Custom elements used by built-in renderers, by tag name; `lit-ui-app.ts` defines them. */
export const widgetElements: Record<string, CustomElementConstructor> = {};
