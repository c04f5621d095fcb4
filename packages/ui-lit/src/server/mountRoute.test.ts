// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mountRoute } from './mountRoute.js';

describe('mountRoute', () => {
  it.each([
    ['/', 'page'],
    ['', 'page'],
    ['/reports', 'page'],
    ['/reports/', 'page'],
    ['/sales_2024-q1~x', 'page'],
    ['/_lit-ui', 'runtime'],
    ['/_lit-ui/health', 'runtime'],
    ['/_lit-ui/nope/deeper', 'runtime'],
    ['/favicon.ico', 'favicon'],
    ['/client.js', 'asset'],
    ['/chunk-AB12.js', 'asset'],
    ['/robots.txt', 'other'],
    ['/wp-login.php', 'other'],
    ['/logo.PNG', 'other'],
    ['/a/b', 'other'],
    ['/reports/x', 'other'],
    ['/..%2F..%2Fpackage.json', 'other'],
    ['/caf%C3%A9', 'other'],
    ['/_lit-uix', 'page'],
    ['//evil.example', 'other'],
  ])('%j is %s', (path, kind) => {
    expect(mountRoute(path).kind).toBe(kind);
  });

  it('names the file of an asset', () => {
    expect(mountRoute('/chunk-AB12.js')).toEqual({ kind: 'asset', name: 'chunk-AB12.js', extension: 'js' });
  });
});
