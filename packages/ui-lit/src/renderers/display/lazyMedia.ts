import { lazyKit } from '../lazyKit.js';
import { lazyRenderer } from '../lazyRenderer.js';
import type { ElementRenderers } from '../types.js';
import type { MediaType } from './media.js';

const load = (type: MediaType) => () => import('./media.js').then((m) => m.mediaElement(lazyKit, type));

/**
 * The media family's renderers, for the display table (`st.image`,
 * `st.audio`, `st.video`, `st.pdf`): each renders its custom element, whose
 * class and styles (`media.ts`) load with the first media element shown.
 */
export const mediaRenderers = {
  image: lazyRenderer('image', load('image')),
  audio: lazyRenderer('audio', load('audio')),
  video: lazyRenderer('video', load('video')),
  pdf: lazyRenderer('pdf', load('pdf')),
} satisfies ElementRenderers;
