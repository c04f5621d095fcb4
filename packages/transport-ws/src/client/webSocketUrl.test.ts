import { describe, expect, it } from 'vitest';
import { WS_PATH_SUFFIX } from './index.js';
import { webSocketUrl } from './webSocketUrl.js';

describe('webSocketUrl', () => {
  it('resolves the mount against the page and switches the scheme', () => {
    expect(webSocketUrl('/explorer', 'https://x.io/page')).toBe('wss://x.io/explorer/_lit-ui/ws');
    expect(webSocketUrl('/explorer', 'http://localhost:3000/a/b')).toBe('ws://localhost:3000/explorer/_lit-ui/ws');
  });

  it('ignores trailing slashes and handles the root mount', () => {
    expect(webSocketUrl('/explorer/', 'https://x.io/')).toBe('wss://x.io/explorer/_lit-ui/ws');
    expect(webSocketUrl('/', 'https://x.io/deep/page')).toBe('wss://x.io/_lit-ui/ws');
    expect(webSocketUrl('https://other.io/tools//', 'http://x.io/')).toBe('wss://other.io/tools/_lit-ui/ws');
  });

  it('resolves relative mounts, keeps the query and drops the fragment', () => {
    expect(webSocketUrl('app', 'http://x.io/tools/')).toBe('ws://x.io/tools/app/_lit-ui/ws');
    expect(webSocketUrl('/explorer?t=1#top', 'http://x.io/')).toBe('ws://x.io/explorer/_lit-ui/ws?t=1');
    expect(webSocketUrl('wss://x.io/m', 'http://y.io/')).toBe('wss://x.io/m/_lit-ui/ws');
  });

  it('rejects other schemes', () => {
    expect(() => webSocketUrl('file:///tmp/app', 'http://x.io/')).toThrow(TypeError);
  });

  it('uses the shared suffix', () => {
    expect(WS_PATH_SUFFIX).toBe('/_lit-ui/ws');
  });
});
