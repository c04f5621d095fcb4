import { hashString } from '../hash/hasher.js';
import { stableHash } from '../hash/stableHash.js';
import { WIDGET_ID_PREFIX } from './sessionState.js';

/**
 * Computes a widget id, as Streamlit ≥ 1.50: with a `key`, the id depends on
 * the key alone (`$$ID-<hash>-<key>`), so changing a keyed widget's label or
 * options keeps its state; without one, on the widget type, its identifying
 * parameters, its form and its page (`$$ID-<hash>-None`). Never the call site.
 */
export function computeWidgetId(
  type: string,
  key: string | undefined,
  identity: Readonly<Record<string, unknown>>,
  context: { readonly formId?: string; readonly pagePath: string },
): string {
  if (key !== undefined) return `${WIDGET_ID_PREFIX}${hashString(`key:${key}`)}-${key}`;
  const hash = stableHash({ type, ...identity, formId: context.formId ?? null, page: context.pagePath });
  return `${WIDGET_ID_PREFIX}${hash}-None`;
}
