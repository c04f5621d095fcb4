import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';
import { checkTileUrl } from './mapTiles.js';

const points = [{ lat: 48.8566, lon: 2.3522 }];

describe('st.map tileUrl', () => {
  it('carries a valid template and its attribution in the proto', async () => {
    const at = AppTest.fromFunction((st) => {
      st.map(points, { tileUrl: 'https://tile.example.org/{z}/{x}/{y}.png?key=abc', attribution: '© OpenStreetMap contributors' });
      st.map(points, { attribution: 'ignored without tiles' });
    });
    await at.run();
    expect(at.map[0]!.proto).toMatchObject({
      tileUrl: 'https://tile.example.org/{z}/{x}/{y}.png?key=abc',
      attribution: '© OpenStreetMap contributors',
    });
    expect(at.map[1]!.proto.tileUrl).toBeUndefined();
    expect(at.map[1]!.proto.attribution).toBeUndefined();
  });

  it.each([
    ['https://tile.example.org/{z}/{x}.png', /lacks \{y\}/],
    ['https://{s}.tile.example.org/{z}/{x}/{y}.png', /has the placeholder \{s\}/],
    ['https://{x}.example.org/{z}/{y}.png?x={x}', /placeholder in its host/],
    ['javascript:alert(1)//{z}/{x}/{y}', /uses javascript:; only http: and https:/],
    ['ftp://tile.example.org/{z}/{x}/{y}.png', /uses ftp:/],
    ['/tiles/{z}/{x}/{y}.png', /not an absolute URL/],
    ['https://user:secret@tile.example.org/{z}/{x}/{y}.png', /user name or password/],
    ['', /is not a URL/],
  ])('refuses %j with InvalidTileUrl', (template, message) => {
    expect(() => checkTileUrl(template)).toThrow(message);
    expect(() => checkTileUrl(template)).toThrow(expect.objectContaining({ code: 'InvalidTileUrl' }));
  });

  it('a bad template or attribution is an error in the page; the session goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      const bad = st.checkbox('Bad', { value: true });
      st.map(
        points,
        bad
          ? { tileUrl: 'https://tile.example.org/{z}/{x}.png' }
          : { tileUrl: 'http://127.0.0.1:8080/{z}/{x}/{y}.png', attribution: 'x'.repeat(301) },
      );
    });
    await at.run();
    expect(at.exception[0]!.proto.code).toBe('InvalidTileUrl');
    expect(at.exception[0]!.value).toMatch(/lacks \{y\}.*Expected an http\(s\) URL template/);
    await at.checkbox[0]!.uncheck().run();
    expect(at.exception[0]!.proto.code).toBe('InvalidArgument');
    expect(at.exception[0]!.value).toMatch(/attribution must be a string of at most 300 characters/);
  });
});
