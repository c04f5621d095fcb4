import { display } from '../protocol/elementSpec.js';
import type { ElementProtoOf } from '../protocol/elements.js';
import { makeProto } from './proto.js';
import { commandSource } from '../dg/unknownOptions.js';

/** Most members listed for one object. */
const MAX_MEMBERS = 100;
/** Longest value preview, in characters. */
const MAX_PREVIEW = 80;

/** `st.help` in the element map: AppTest's `.value` is the signature line. */
export const helpElements = {
  /** `st.help`: an object's signature and members, as Streamlit's `st.help`. */
  help: display<
    {
      /** The object's name: a function's or class's name, an instance's class, else its type. */
      name: string;
      /** `'function'`, `'async function'`, `'generator function'`, `'class'`, `'object'`, or the `typeof` of a primitive. */
      kind: string;
      /** `name(a, b = 1)` for functions, `class Name extends Base` for classes, `Name` for instances. */
      signature: string;
      /** A short preview of a primitive or an instance's value. */
      value?: string;
      /** Methods and properties, own first, then inherited (up to 100). */
      members: {
        /** The member's name (`[Symbol.iterator]` style for symbols). */
        name: string;
        /** `'method'` (a function value), `'property'` (a data property) or `'accessor'` (a getter or setter). */
        kind: 'method' | 'property' | 'accessor';
        /** A method's signature, `name(a, b = 1)`. */
        signature?: string;
        /** A property's value preview (up to 80 characters). */
        value?: string;
      }[];
    },
    string
  >((proto) => proto.signature),
};

type HelpMember = ElementProtoOf<'help'>['members'][number];

/**
 * Proto of `st.help(obj)`, as Streamlit's `st.help`: what an object is and
 * what it offers. A function shows its signature (parameters as written in its
 * source; JavaScript keeps no docstrings), a class its `extends` and its
 * static and prototype members, an instance its class, its own properties
 * with value previews and its methods; a primitive its type and value.
 */
export function helpProto(obj: unknown): ElementProtoOf<'help'> {
  if (typeof obj === 'function') return functionHelp(obj as (...args: unknown[]) => unknown);
  if (typeof obj !== 'object' || obj === null) {
    const kind = obj === null ? 'null' : typeof obj;
    return makeProto('help', { name: kind, kind, signature: kind, value: preview(obj), members: [] });
  }
  const ctor = (Object.getPrototypeOf(obj) as { constructor?: { name?: string } } | null)?.constructor;
  const name = ctor?.name || 'Object';
  const members = [...ownMembers(obj), ...inheritedMethods(Object.getPrototypeOf(obj) as object | null)].slice(0, MAX_MEMBERS);
  return makeProto('help', { name, kind: 'object', signature: name, value: preview(obj), members });
}

function functionHelp(fn: (...args: unknown[]) => unknown): ElementProtoOf<'help'> {
  const source = Function.prototype.toString.call(commandSource(fn));
  const name = fn.name || 'anonymous';
  if (/^class\b/.test(source)) {
    const base = Object.getPrototypeOf(fn) as { name?: string } | null;
    const signature = `class ${name}${base && base !== Function.prototype && base.name ? ` extends ${base.name}` : ''}`;
    const statics = ownMembers(fn).filter((m) => !['length', 'name', 'prototype'].includes(m.name));
    const members = [...statics, ...inheritedMethods(fn.prototype as object)].slice(0, MAX_MEMBERS);
    return makeProto('help', { name, kind: 'class', signature, members });
  }
  const kind = functionKind(commandSource(fn));
  return makeProto('help', { name, kind, signature: `${name}(${parameters(source)})`, members: [] });
}

function functionKind(fn: object): string {
  switch (fn.constructor?.name) {
    case 'AsyncFunction':
      return 'async function';
    case 'GeneratorFunction':
      return 'generator function';
    case 'AsyncGeneratorFunction':
      return 'async generator function';
    default:
      return 'function';
  }
}

/** The parameter list of a function's source text: what sits in its first balanced parentheses, or an arrow's lone parameter. */
export function parameters(source: string): string {
  const arrow = /^(?:async\s+)?([\w$]+)\s*=>/.exec(source);
  if (arrow) return arrow[1]!;
  const open = source.indexOf('(');
  if (open < 0) return '';
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    if (depth === 0)
      return source
        .slice(open + 1, i)
        .replace(/\s+/g, ' ')
        .trim();
  }
  return '';
}

function ownMembers(obj: object): HelpMember[] {
  return Object.getOwnPropertyNames(obj).flatMap((key): HelpMember[] => {
    const desc = Object.getOwnPropertyDescriptor(obj, key);
    if (!desc) return [];
    if (desc.get || desc.set) return [{ name: key, kind: 'accessor' }];
    if (typeof desc.value === 'function') return [method(key, desc.value as object)];
    return [{ name: key, kind: 'property', value: preview(desc.value) }];
  });
}

/** Methods and accessors along the prototype chain, up to (not including) `Object.prototype`. */
function inheritedMethods(proto: object | null): HelpMember[] {
  const seen = new Set<string>();
  const out: HelpMember[] = [];
  for (let p = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const key of Object.getOwnPropertyNames(p)) {
      if (key === 'constructor' || seen.has(key)) continue;
      seen.add(key);
      const desc = Object.getOwnPropertyDescriptor(p, key);
      if (desc?.get || desc?.set) out.push({ name: key, kind: 'accessor' });
      else if (typeof desc?.value === 'function') out.push(method(key, desc.value as object));
    }
  }
  return out;
}

function method(name: string, fn: object): HelpMember {
  return { name, kind: 'method', signature: `${name}(${parameters(Function.prototype.toString.call(commandSource(fn)))})` };
}

/** A one-line preview of a value, at most 80 characters; never `[object Object]`. */
function preview(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'function') text = `[function ${(value as { name?: string }).name || 'anonymous'}]`;
  else if (typeof value === 'bigint') text = `${value}n`;
  else if (typeof value !== 'object' || value === null) text = String(value);
  else if (value instanceof Date) text = value.toISOString();
  else if (Array.isArray(value)) text = `Array(${value.length})`;
  else {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name || 'Object';
    const keys = Object.keys(value);
    text = `${name} {${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}}`;
  }
  return text.length > MAX_PREVIEW ? `${text.slice(0, MAX_PREVIEW - 1)}…` : text;
}
