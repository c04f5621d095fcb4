import type { JsonObject, JsonValue } from '@lit-ui/core/protocol';

/**
 * Which palette slot each category of a color field took, per field name:
 * one per app (every chart of a dashboard agrees), kept for the page's life.
 */
export type CategorySlots = Map<string, Map<string, number>>;

const slotsByApp = new WeakMap<object, CategorySlots>();

/** The category slots of the app `owner` (its shadow root, or the document). */
export function categorySlotsOf(owner: object): CategorySlots {
  let slots = slotsByApp.get(owner);
  if (slots === undefined) slotsByApp.set(owner, (slots = new Map<string, Map<string, number>>()));
  return slots;
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A category value: nominal and ordinal fields hold scalars (objects and arrays are not categories). */
type Category = string | number | boolean;

function isCategory(value: JsonValue | undefined): value is Category {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Ascending, as Vega sorts a nominal domain: numbers by value, the rest as strings. */
function compare(a: Category, b: Category): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Gives every category of a chart's color field a colour it keeps: the
 * first time a category is seen it takes the lowest free palette slot (in
 * the domain's sorted order, so a first chart looks as Vega would draw it),
 * and it keeps that slot while filters remove and bring back other
 * categories — "Japan" stays the same colour whether or not "Europe" is
 * shown. Applies to a single view with inline data whose color encoding
 * is a nominal or ordinal field without its own `scale` domain or range;
 * any other spec is returned unchanged.
 *
 * @param spec - The Vega-Lite spec to draw.
 * @param slots - The app's {@link CategorySlots} (updated in place).
 * @param palette - The category colours of the theme in force.
 * @returns The spec, with `encoding.color.scale` `{ domain, range }` set when it applies.
 *
 * @example
 * const slots = new Map();
 * withStableColors(specWith(['Europe', 'Japan', 'USA']), slots, palette); // Europe 0, Japan 1, USA 2
 * withStableColors(specWith(['Japan', 'USA']), slots, palette);           // range [palette[1], palette[2]]
 */
export function withStableColors(spec: JsonObject, slots: CategorySlots, palette: readonly string[]): JsonObject {
  const encoding = spec['encoding'];
  const data = spec['data'];
  if (!isObject(encoding) || !isObject(data) || !Array.isArray(data['values']) || palette.length === 0) return spec;
  const color = encoding['color'];
  if (!isObject(color) || typeof color['field'] !== 'string' || (color['type'] !== 'nominal' && color['type'] !== 'ordinal')) return spec;
  const scale = color['scale'];
  if (scale === null || (isObject(scale) && ('domain' in scale || 'range' in scale || 'scheme' in scale))) return spec;
  const field = color['field'];
  const present = new Map<string, Category>();
  for (const row of data['values']) {
    const value = isObject(row) ? row[field] : undefined;
    if (isCategory(value) && !present.has(String(value))) present.set(String(value), value);
  }
  const domain = [...present.values()].sort(compare);
  let taken = slots.get(field);
  if (taken === undefined) slots.set(field, (taken = new Map<string, number>()));
  const used = new Set(taken.values());
  for (const value of domain) {
    const key = String(value);
    if (taken.has(key)) continue;
    let slot = 0;
    while (used.has(slot)) slot++;
    taken.set(key, slot);
    used.add(slot);
  }
  const range = domain.map((value) => palette[taken.get(String(value))! % palette.length]!);
  return { ...spec, encoding: { ...encoding, color: { ...color, scale: { ...(isObject(scale) ? scale : {}), domain, range } } } };
}
