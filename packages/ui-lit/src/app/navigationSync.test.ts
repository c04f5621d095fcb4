import { describe, expect, it, vi } from 'vitest';
import { NavigationSync, type NavigationWindow } from './navigationSync.js';

function fakeWindow(href: string): NavigationWindow & { url: URL; fire(): void; pushes: string[]; replaces: string[] } {
  const url = new URL(href);
  let listener: (() => void) | undefined;
  const pushes: string[] = [];
  const replaces: string[] = [];
  const set = (path: string): void => {
    const next = new URL(path, url);
    url.pathname = next.pathname;
    url.search = next.search;
    url.hash = next.hash;
  };
  return {
    url,
    pushes,
    replaces,
    location: {
      get href() {
        return url.href;
      },
      get pathname() {
        return url.pathname;
      },
      get search() {
        return url.search;
      },
      get hash() {
        return url.hash;
      },
    },
    history: {
      state: null,
      pushState: (_s: unknown, _t: string, path?: string | URL | null) => {
        pushes.push(String(path));
        set(String(path));
      },
      replaceState: (_s: unknown, _t: string, path?: string | URL | null) => {
        replaces.push(String(path));
        set(String(path));
      },
    },
    addEventListener: (_t, fn) => void (listener = fn),
    removeEventListener: () => void (listener = undefined),
    fire: () => listener?.(),
  };
}

describe('NavigationSync', () => {
  it('pushes the current page URL only when it differs', () => {
    const win = fakeWindow('http://x.io/explorer/?q=1');
    const nav = new NavigationSync({ src: '/explorer', onPopState: vi.fn(), window: win });
    nav.showPage('');
    expect(win.pushes).toEqual([]);
    nav.showPage('trends');
    expect(win.pushes).toEqual(['/explorer/trends']);
    nav.showPage('trends');
    expect(win.pushes).toHaveLength(1);
    expect(nav.pageHref('about')).toBe('/explorer/about');
  });

  it('replaces the query string without a history entry', () => {
    const win = fakeWindow('http://x.io/explorer/trends#top');
    const nav = new NavigationSync({ src: '/explorer', onPopState: vi.fn(), window: win });
    nav.replaceQuery('a=1&b=2');
    expect(win.replaces).toEqual(['/explorer/trends?a=1&b=2#top']);
    nav.replaceQuery('a=1&b=2');
    expect(win.replaces).toHaveLength(1);
    nav.replaceQuery('');
    expect(win.url.search).toBe('');
  });

  it('reruns the page on back/forward', () => {
    const win = fakeWindow('http://x.io/explorer/');
    const onPopState = vi.fn();
    const nav = new NavigationSync({ src: '/explorer', onPopState, window: win });
    nav.start();
    win.url.pathname = '/explorer/about';
    win.url.search = '?x=2';
    win.fire();
    expect(onPopState).toHaveBeenCalledWith('about', 'x=2');
    nav.stop();
  });

  it('never writes the page path when embedded in another page', () => {
    const win = fakeWindow('http://x.io/blog/post');
    const onPopState = vi.fn();
    const nav = new NavigationSync({ src: '/explorer', onPopState, window: win });
    nav.start();
    expect(nav.embedded).toBe(true);
    nav.showPage('trends');
    win.fire();
    expect(win.pushes).toEqual([]);
    expect(onPopState).not.toHaveBeenCalled();
  });
});
