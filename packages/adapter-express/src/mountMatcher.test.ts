import { describe, expect, it } from 'vitest';
import { createMountMatcher, MAX_LEARNED_MOUNTS } from './mountMatcher.js';

describe('createMountMatcher', () => {
  it('matches exactly the endpoint under a given basePath', () => {
    const matcher = createMountMatcher('/tools/explorer/');
    expect(matcher.matches('/tools/explorer/_lit-ui/ws')).toBe(true);
    expect(matcher.matches('/other/_lit-ui/ws')).toBe(false);
    matcher.learn('/other');
    expect(matcher.matches('/other/_lit-ui/ws')).toBe(false);
    expect(createMountMatcher('/').matches('/_lit-ui/ws')).toBe(true);
  });

  it('accepts any endpoint until it learns its mounts, then only those', () => {
    const matcher = createMountMatcher();
    expect(matcher.matches('/anything/_lit-ui/ws')).toBe(true);
    expect(matcher.matches('/anything/else')).toBe(false);
    matcher.learn('/tools/explorer');
    matcher.learn('');
    expect(matcher.matches('/tools/explorer/_lit-ui/ws')).toBe(true);
    expect(matcher.matches('/_lit-ui/ws')).toBe(true);
    expect(matcher.matches('/anything/_lit-ui/ws')).toBe(false);
  });

  it('stops learning past the cap and falls back to the suffix', () => {
    const matcher = createMountMatcher();
    for (let i = 0; i <= MAX_LEARNED_MOUNTS; i++) matcher.learn(`/tenant-${i}`);
    expect(matcher.matches('/tenant-999/_lit-ui/ws')).toBe(true);
  });
});
