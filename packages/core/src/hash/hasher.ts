/**
 * A streaming 128-bit non-cryptographic hash: four 32-bit lanes mixed with
 * different multipliers (FNV-1a style feed, murmur3-style finalisation).
 * Used for cache keys and widget ids, where speed and a negligible collision
 * rate matter and an adversary does not.
 */
export class Hasher {
  private a = 0x811c9dc5;
  private b = 0x01000193;
  private c = 0x9e3779b9;
  private d = 0x85ebca6b;

  /** Feeds a string, UTF-16 code unit by code unit. */
  update(text: string): this {
    for (let i = 0; i < text.length; i++) this.mix(text.charCodeAt(i));
    return this;
  }

  /** Feeds raw bytes (offset so they never collide with the same code units). */
  updateBytes(bytes: Uint8Array): this {
    for (let i = 0; i < bytes.length; i++) this.mix(bytes[i]! | 0x100);
    return this;
  }

  private mix(k: number): void {
    this.a = Math.imul(this.a ^ k, 0x01000193);
    this.b = Math.imul(this.b ^ k, 0x5bd1e995);
    this.c = Math.imul(this.c ^ k, 0xcc9e2d51);
    this.d = Math.imul(this.d ^ k, 0x1b873593);
  }

  /** The digest as 32 lowercase hex characters. */
  digest(): string {
    const lanes = [this.a, this.b, this.c, this.d].map((lane, i) => {
      let h = lane ^ (i * 0x27d4eb2d);
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h ^= h >>> 16;
      return (h >>> 0).toString(16).padStart(8, '0');
    });
    return lanes.join('');
  }
}

/** Hash of one string, as 32 hex characters. */
export function hashString(text: string): string {
  return new Hasher().update(text).digest();
}
