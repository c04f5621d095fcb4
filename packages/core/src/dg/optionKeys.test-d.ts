import { expectTypeOf, test } from 'vitest';
import type { CacheDataOptions } from '../caching/cacheData.js';
import type { CacheResourceOptions } from '../caching/cacheResource.js';
import type { DialogOptions } from '../fragments/dialog.js';
import type { FragmentOptions } from '../fragments/fragment.js';
import type { DeltaGenerator } from './deltaGenerator.js';
import { OPTION_KEYS, WRAPPER_OPTION_KEYS, type CheckedCommand } from './optionKeys.js';

type Table = typeof OPTION_KEYS;
type Positions<C extends CheckedCommand> = Table[C]['at'] extends readonly number[] ? Table[C]['at'][number] : Table[C]['at'];
/** Keys of every object type in a parameter's type (a union such as `string | ChatInputOptions` included). */
type KeysOf<T> = T extends (...args: never[]) => unknown ? never : T extends object ? keyof T & string : never;
type Args<C extends CheckedCommand> = DeltaGenerator[C] extends (...args: infer A) => unknown ? A : never;
type Declared<C extends CheckedCommand> = KeysOf<NonNullable<Args<C>[Positions<C> & keyof Args<C>]>>;
/** Keys a command's TypeScript options type declares that its row in OPTION_KEYS lacks: they would throw. */
type Missing = {
  [C in CheckedCommand]: Exclude<Declared<C>, Table[C]['keys'][number]> extends infer K
    ? [K] extends [never]
      ? never
      : `${C}.${K & string}`
    : never;
}[CheckedCommand];

test('every option the TypeScript types declare is a known key of its command', () => {
  expectTypeOf<Missing>().toEqualTypeOf<never>();
});

test('the table names only commands of DeltaGenerator', () => {
  expectTypeOf<CheckedCommand>().toExtend<keyof DeltaGenerator>();
});

test('every option of the module-level wrappers is a known key', () => {
  type Known<W extends keyof typeof WRAPPER_OPTION_KEYS> = (typeof WRAPPER_OPTION_KEYS)[W][number];
  expectTypeOf<Exclude<keyof CacheDataOptions, Known<'cacheData'>>>().toEqualTypeOf<never>();
  expectTypeOf<Exclude<keyof CacheResourceOptions<unknown>, Known<'cacheResource'>>>().toEqualTypeOf<never>();
  expectTypeOf<Exclude<keyof FragmentOptions, Known<'fragment'>>>().toEqualTypeOf<never>();
  expectTypeOf<Exclude<keyof DialogOptions, Known<'dialog'>>>().toEqualTypeOf<never>();
});
