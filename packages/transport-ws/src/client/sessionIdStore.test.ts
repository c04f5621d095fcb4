import { afterEach, describe, expect, it } from 'vitest';
import { sessionIdStore } from './sessionIdStore.js';

const throwing = {
  getItem(): string | null {
    throw new Error('SecurityError');
  },
  setItem(): void {
    throw new Error('QuotaExceededError');
  },
  removeItem(): void {
    throw new Error('SecurityError');
  },
};

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'sessionStorage');
});

describe('sessionIdStore', () => {
  it('is memory-only for null and without a browser store', () => {
    expect(sessionIdStore(null)).toBeUndefined();
    expect(sessionIdStore(undefined)).toBeUndefined();
  });

  it('uses globalThis.sessionStorage by default and survives a throwing getter', () => {
    const items = new Map<string, string>();
    Object.defineProperty(globalThis, 'sessionStorage', {
      configurable: true,
      value: {
        getItem: (key: string) => items.get(key) ?? null,
        setItem: (key: string, value: string) => void items.set(key, value),
        removeItem: (key: string) => void items.delete(key),
      },
    });
    sessionIdStore(undefined)?.setItem('k', 'v');
    expect(items.get('k')).toBe('v');
    Object.defineProperty(globalThis, 'sessionStorage', {
      configurable: true,
      get() {
        throw new Error('SecurityError');
      },
    });
    expect(sessionIdStore(undefined)).toBeUndefined();
  });

  it('turns a throwing store into an empty one', () => {
    const store = sessionIdStore(throwing);
    expect(store?.getItem('k')).toBeNull();
    expect(() => store?.setItem('k', 'v')).not.toThrow();
    expect(() => store?.removeItem('k')).not.toThrow();
  });
});
