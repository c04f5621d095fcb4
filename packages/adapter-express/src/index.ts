/**
 * `@lit-ui/adapter-express`: mount a lit-ui app in an Express app with
 * `liteUi(app, options)`.
 */
export { liteUi } from './liteUi.js';
export type { LiteUiOptions, LiteUiRouter } from './liteUi.js';
export type { ContentSecurityPolicyDirectives, ReferrerPolicyValue } from '@lit-ui/ui-lit/server';
