import type { ThemeChoice } from './appMenu.js';

/** What `<lit-ui-app layout="…">` asks for. */
export interface LayoutRequest {
  /** Full-page mode (`page`): the element fills the viewport with Streamlit's padding. Otherwise it sizes to its content. */
  readonly page: boolean;
  /** Width of the main column the host asks for (`centered` or `wide`); the app's `setPageConfig({ layout })` wins. */
  readonly width: 'centered' | 'wide' | undefined;
}

/**
 * Reads the `layout` attribute: up to two words, `page` for full-page mode
 * and `centered` or `wide` for the main column (`"page"`, `"wide"`,
 * `"page wide"`). Unknown words are ignored.
 *
 * @example
 * parseLayout('page wide'); // { page: true, width: 'wide' }
 * parseLayout('');          // { page: false, width: undefined }
 */
export function parseLayout(layout: string | null | undefined): LayoutRequest {
  const words = (layout ?? '').toLowerCase().split(/\s+/);
  const width = words.includes('wide') ? 'wide' : words.includes('centered') ? 'centered' : undefined;
  return { page: words.includes('page'), width };
}

/** Key of the settings menu's theme choice in `localStorage` (per origin, as Streamlit's). */
const THEME_KEY = 'lit-ui:theme';

/** The theme the user picked in the settings menu on this origin, if any (storage may be unavailable). */
export function readThemeChoice(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): ThemeChoice | undefined {
  try {
    const value = storage?.getItem(THEME_KEY);
    return value === 'auto' || value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the user's theme choice; a storage that refuses (private mode, quota) is ignored. */
export function writeThemeChoice(choice: ThemeChoice, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(THEME_KEY, choice);
  } catch {
    // Not remembered: the choice holds until the page is reloaded.
  }
}
