import { ErrorCode, LitUiError } from '@lit-ui/core';
import { describe, expect, it } from 'vitest';
import { createRedisStores } from './createRedisStores.js';

describe('createRedisStores', () => {
  it('refuses a prefix that could reach into other keys with InvalidOption, before connecting', () => {
    for (const prefix of ['', 'a:b', 'app*', 'x y']) {
      let thrown: unknown;
      try {
        createRedisStores({ url: 'redis://127.0.0.1:1', prefix });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(LitUiError);
      expect((thrown as LitUiError).code).toBe(ErrorCode.InvalidOption);
      expect((thrown as LitUiError).message).toContain(`'${prefix}'`);
    }
  });
});
