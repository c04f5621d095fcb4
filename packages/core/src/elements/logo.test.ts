import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle r="5"/></svg>';

describe('st.logo', () => {
  it('puts the logo (stored as media), its icon, link and size in the page config', async () => {
    const at = AppTest.fromFunction((st) => st.logo(SVG, { link: 'https://example.com', iconImage: 'https://example.com/i.png', size: 'large' }));
    await at.run();
    const logo = at.pageConfig.logo!;
    expect(logo).toMatchObject({ link: 'https://example.com', iconUrl: 'https://example.com/i.png', size: 'large' });
    expect(logo.url).toMatch(/^_lit-ui\/media\/[A-Za-z0-9_-]{32}\.svg$/);
    expect((await at.fetch(logo.url)).headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
  });

  it('refuses a script link and a bad size', async () => {
    for (const options of [{ link: 'javascript:alert(1)' }, { size: 'huge' as never }]) {
      const at = AppTest.fromFunction((st) => st.logo(SVG, options));
      await at.run();
      expect(at.exception[0]?.code).toBe('InvalidArgument');
    }
  });
});
