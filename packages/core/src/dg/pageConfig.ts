import { invalidArgument } from '../errors.js';
import type { PageConfigMsg } from '../protocol/forwardMsg.js';
import type { DeltaGeneratorHost } from './host.js';

/** Page settings of `st.setPageConfig`, as Streamlit's `st.set_page_config`. */
export type PageConfig = Omit<PageConfigMsg, 'type' | 'seq'>;

/**
 * Body of `st.setPageConfig`: checks the settings and merges them into the
 * session's (the client hears of changes).
 * @throws LitUiError `InvalidArgument` for an unknown `layout` or `initialSidebarState`.
 */
export function setPageConfig(host: DeltaGeneratorHost, config: PageConfig): void {
  if (config.layout !== undefined && !['centered', 'wide'].includes(config.layout)) {
    throw invalidArgument(`layout must be 'centered' or 'wide' (got '${config.layout}').`);
  }
  if (config.initialSidebarState !== undefined && !['auto', 'expanded', 'collapsed'].includes(config.initialSidebarState)) {
    throw invalidArgument(`initialSidebarState must be 'auto', 'expanded' or 'collapsed' (got '${config.initialSidebarState}').`);
  }
  host.activeRun().checkpoint();
  host.setPageConfig(config);
}
