import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';

describe('link URL schemes', () => {
  it('st.linkButton keeps http(s), mailto, tel and relative URLs', async () => {
    const at = AppTest.fromFunction((st) => {
      for (const url of ['https://streamlit.io', 'mailto:team@example.com', 'tel:+15551234', '/docs', 'guide']) st.linkButton(url, url);
    });
    await at.run();
    expect(at.exception).toHaveLength(0);
    expect(at.get('linkButton').map((b) => b.proto['url'])).toEqual([
      'https://streamlit.io',
      'mailto:team@example.com',
      'tel:+15551234',
      '/docs',
      'guide',
    ]);
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    [' JaVa\tScript:alert(1)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
  ])('st.linkButton refuses %j with InvalidArgument naming the scheme', async (url, scheme) => {
    const at = AppTest.fromFunction((st) => {
      st.linkButton('Open', url);
      st.text('not reached');
    });
    await at.run();
    expect(at.get('linkButton')).toHaveLength(0);
    expect(at.exception).toHaveLength(1);
    expect(at.exception[0]!.proto['code']).toBe('InvalidArgument');
    expect(at.exception[0]!.message).toContain(`'${scheme}:'`);
    expect(at.exception[0]!.message).toContain('st.linkButton');
  });

  it('st.pageLink refuses an unsafe scheme before asking for a label, and with one', async () => {
    for (const options of [{}, { label: 'Go' }]) {
      const at = AppTest.fromFunction((st) => st.pageLink('javascript:alert(document.cookie)', options));
      await at.run();
      expect(at.get('pageLink')).toHaveLength(0);
      expect(at.exception[0]!.proto['code']).toBe('InvalidArgument');
      expect(at.exception[0]!.message).toMatch(/st\.pageLink refuses the URL scheme 'javascript:'/);
    }
    const ok = AppTest.fromFunction((st) => st.pageLink('tel:+15551234', { label: 'Call us' }));
    await ok.run();
    expect(ok.get('pageLink')[0]!.proto).toMatchObject({ page: 'tel:+15551234', external: true });
  });
});
