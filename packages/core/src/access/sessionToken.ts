import { nanoid } from 'nanoid';
import { stableHash } from '../hash/stableHash.js';

/** Characters of a session token: 32 of nanoid's 64-symbol alphabet, 192 bits. */
const TOKEN_LENGTH = 32;

/**
 * A new session token: the per-session secret a tab must present (with the
 * session id) to resume its session, and that the HTTP side channels
 * (uploads, POSTs) check. Unguessable; never put in a URL.
 */
export function createSessionToken(): string {
  return nanoid(TOKEN_LENGTH);
}

/**
 * Compares a presented token with the session's in time that depends only
 * on the length, so that response timing tells nothing about how much of a
 * guess was right.
 */
export function sameToken(presented: string | undefined, expected: string): boolean {
  if (presented === undefined || presented.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= presented.charCodeAt(i) ^ expected.charCodeAt(i);
  return diff === 0;
}

/** Runtime option `identifyUser`: a stable string for "the same person" (e.g. `(user) => user.id`). */
export type IdentifyUser = (user: unknown) => string;

/**
 * The identity a session is bound to: `identify(user)` when the host gave
 * one, else a content hash of the user value as JSON (so a fresh but equal
 * user object per request matches; class instances count by their JSON
 * fields). No user is the identity `''`.
 *
 * @returns The identity, or `undefined` when it cannot be computed (the
 *   user's JSON throws, or `identify` throws): such a session can never be resumed.
 */
export function userIdentity(user: unknown, identify?: IdentifyUser): string | undefined {
  try {
    if (identify) return `id:${identify(user)}`;
    if (user === undefined) return '';
    const json = JSON.stringify(user);
    return json === undefined ? '' : `hash:${stableHash(JSON.parse(json))}`;
  } catch {
    return undefined;
  }
}
