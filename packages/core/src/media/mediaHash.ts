import { ErrorCode, LitUiError } from '../errors.js';
import { nodeBuiltin } from './nodeBuiltin.js';

/**
 * Computes media ids: a keyed hash (HMAC-SHA-256 under a secret of the
 * runtime) of the bytes and of what is served with them. Equal content gets
 * equal ids within a runtime (stored once, cached by the browser across
 * reruns), and ids cannot be guessed or confirmed from outside even by
 * someone who knows the bytes. Synchronous, so `st.image(bytes)` writes its
 * element at once.
 */
export interface MediaHasher {
  /** A URL-safe id (`[A-Za-z0-9_-]`, 32 characters) for `parts`, in order. */
  id(parts: readonly (Uint8Array | string)[]): string;
}

interface NodeHmac {
  update(data: Uint8Array | string): NodeHmac;
  digest(encoding: 'base64url'): string;
}
interface NodeCrypto {
  randomBytes(size: number): Uint8Array;
  createHmac(algorithm: string, key: Uint8Array): NodeHmac;
}

/**
 * The default hasher: Node's native HMAC-SHA-256 (found without a `node:`
 * import), under a random per-runtime secret.
 *
 * @throws LitUiError `MediaUnavailable` on runtimes without `node:crypto`;
 *   pass the runtime option `media.hasher` there.
 */
export function createMediaHasher(): MediaHasher {
  const crypto = nodeBuiltin<NodeCrypto>('node:crypto');
  if (!crypto) {
    throw new LitUiError(ErrorCode.MediaUnavailable, 'This JavaScript runtime has no node:crypto; pass the runtime option media.hasher.');
  }
  const secret = crypto.randomBytes(32);
  return {
    id(parts) {
      const hmac = crypto.createHmac('sha256', secret);
      for (const part of parts) {
        hmac.update(typeof part === 'string' ? `${part.length}:${part}` : `${part.byteLength}:`);
        if (typeof part !== 'string') hmac.update(part);
      }
      return hmac.digest('base64url').slice(0, 32);
    },
  };
}
