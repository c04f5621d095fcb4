/**
 * The preview harness: `<lit-ui-app>` fed by an in-page fake runtime, so the
 * UI can be seen and screenshotted without a server. URL parameters:
 * `scene` = main | dialog | stale | errors, `theme` = light | dark,
 * `layout` = centered | wide, `fallbacks=0` to disable stand-in renderers.
 */
import '../src/lit-ui-app.js';
import type { ForwardMsg, OutgoingBackMsg } from '@lit-ui/core/protocol';
import { fakeServer } from './fakeServer.js';
import { fallbackStyles, registerFallbackRenderers } from './fallbackRenderers.js';
import { previewScript } from './previewScript.js';

const params = new URLSearchParams(location.search);
const scene = params.get('scene') ?? 'main';
if (params.get('fallbacks') !== '0') registerFallbackRenderers();

const preamble: ForwardMsg[] = [
  { type: 'pageConfig', seq: 0, pageTitle: 'Cars explorer · lit-ui preview', pageIcon: '🚗' },
  {
    type: 'navigation',
    seq: 0,
    position: 'sidebar',
    currentUrlPath: '',
    pages: [
      { urlPath: '', title: 'Explorer', icon: '🔎', isDefault: true },
      { urlPath: 'trends', title: 'Trends', icon: '📈', isDefault: false },
      { urlPath: 'about', title: 'About', icon: 'ℹ️', isDefault: false },
    ],
  },
];
if (scene === 'errors') {
  preamble.push({ type: 'error', seq: 0, code: 'InvalidWidgetValue', message: 'Widget "Min horsepower" got "abc"; expected a number.' });
}

const backMsgs: OutgoingBackMsg[] = [];
(globalThis as { litUiBackMsgs?: OutgoingBackMsg[] }).litUiBackMsgs = backMsgs;

const app = document.createElement('lit-ui-app');
app.setAttribute('src', '/preview');
app.setAttribute('theme', params.get('theme') ?? 'light');
app.setAttribute('layout', params.get('layout') ?? 'centered');
app.connectionFactory = fakeServer({
  script: previewScript({ dialog: scene === 'dialog' }),
  preamble,
  flushDelayMs: (run) => (scene === 'stale' && run > 1 ? 8000 : 0),
  ...(scene === 'stale' ? { autoRerunAfterMs: 100 } : {}),
  ...(scene === 'errors' ? { statusAfterConnect: 'reconnecting' as const } : {}),
  onBackMsg: (msg) => backMsgs.push(msg),
});
document.body.append(app);
void app.updateComplete.then(() => {
  const root = app.shadowRoot;
  const sheet = fallbackStyles.styleSheet;
  if (root !== null && sheet !== undefined) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
});
