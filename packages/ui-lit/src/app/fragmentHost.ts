import { html, nothing } from 'lit';
import type { TreeState } from './treeState.js';
import type { BlockEnv } from '../blocks/blockEnv.js';
import { pageNav } from './appChrome.js';
import { findKeyedContainer, fragmentsOf, placementsOf, SIDEBAR, type Placements } from './fragmentPlacement.js';
import { renderChildren, renderNode } from './renderTree.js';

/**
 * The `<lit-ui-app>` side of `<lit-ui-fragment>`: which of the app's
 * containers fragments show elsewhere in the page, the render environment
 * that leaves them out of the app, and what a fragment renders.
 */
export class FragmentHost {
  private base: BlockEnv | undefined;
  private keysText = '';
  private env: BlockEnv | undefined;

  constructor(private readonly app: Element) {}

  /** The containers the fragments naming this app show now. */
  placements(): Placements {
    return placementsOf(this.app);
  }

  /**
   * `base` with `placed` set to `keys`; the same object while neither
   * changes (Lit's `guard` skips unchanged blocks by env identity).
   */
  envFor(base: BlockEnv, keys: ReadonlySet<string>): BlockEnv {
    const keysText = [...keys].sort().join('\n');
    if (this.env === undefined || base !== this.base || keysText !== this.keysText) {
      this.base = base;
      this.keysText = keysText;
      this.env = keys.size === 0 ? base : { ...base, placed: keys };
    }
    return this.env;
  }

  /** Renders every fragment naming this app again (after the app rendered). */
  notify(): void {
    for (const fragment of fragmentsOf(this.app)) fragment.requestUpdate();
  }

  /**
   * What a fragment showing `container` renders: the sidebar (its page links
   * and content), or the `st.container` with that key where the app's tree
   * has it; nothing before the app rendered or while no such container is in
   * the tree.
   */
  render(container: string, state: TreeState): unknown {
    const env = this.env;
    if (env === undefined || container === '') return nothing;
    if (container === SIDEBAR) {
      const navigation = state.navigation;
      const showNav = navigation !== null && navigation.position === 'sidebar' && navigation.pages.length > 1;
      return html`${showNav ? pageNav(navigation, env.ctx.pageHref, (urlPath) => env.ctx.navigate(urlPath)) : nothing}
        <div class="lu-stack lu-root">${renderChildren(state.roots[1]!, '1', env)}</div>`;
    }
    const place = findKeyedContainer(state.roots, container);
    return place === undefined ? nothing : renderNode(place.parent, place.index, place.parentKey, env, true);
  }
}
