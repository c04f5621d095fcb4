import type { ElementProtoMap, ElementProtoOf, ElementType } from '../protocol/elements.js';

type Loose<T> = { [K in keyof T]?: T[K] | undefined };

/**
 * Builds an element proto, dropping fields that are `undefined` so protos
 * compare and serialise the same whether an option was omitted or passed as
 * undefined.
 */
export function makeProto<T extends ElementType>(type: T, fields: Loose<ElementProtoMap[T]>): ElementProtoOf<T> {
  const proto: Record<string, unknown> = { type };
  for (const key in fields) {
    const value = fields[key];
    if (value !== undefined) proto[key] = value;
  }
  return proto as ElementProtoOf<T>;
}

/** Options every labelled display element accepts. */
export interface HelpOption {
  /** Tooltip text shown next to the element (markdown). */
  readonly help?: string;
}
