import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defineApp, Page as AppPageOf, type DeltaGenerator } from '@lit-ui/core';
import type { LiteUiOptions } from '@lit-ui/adapter-express';
import { idle, launchChromium, seeText, serveApp, type Served } from './harness.js';

let browser: Browser;
const served: Served[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const s of served) await s.close();
});

async function open(app: Parameters<typeof serveApp>[0], options: LiteUiOptions = {}, path = ''): Promise<{ page: Page; url: string }> {
  const s = await serveApp(app, options);
  served.push(s);
  const page = await browser.newPage();
  await page.goto(`${s.url}/${path}`);
  await idle(page);
  return { page, url: s.url };
}

const home = (st: DeltaGenerator) => st.text('This is home');
const sales = (st: DeltaGenerator) => st.text('This is sales');
const users = (st: DeltaGenerator) => st.text('This is users');

describe('navigation sections in the browser', () => {
  for (const position of ['sidebar', 'top'] as const) {
    it(`shows section headings (${position}) and a click on a page under a section switches pages`, async () => {
      const app = defineApp(async (st) => {
        const pg = st.navigation(
          {
            '': [AppPageOf(home, { title: 'Home' })],
            Reports: [AppPageOf(sales, { title: 'Sales' })],
            Admin: [AppPageOf(users, { title: 'Users' })],
          },
          { position },
        );
        await pg.run();
      });
      const { page, url } = await open(app);
      await seeText(page, 'This is home');
      const nav = page.getByRole('navigation', { name: 'Pages' });
      await expect(nav.getByRole('group', { name: 'Reports' }).isVisible()).resolves.toBe(true);
      await expect(nav.getByRole('group', { name: 'Admin' }).isVisible()).resolves.toBe(true);
      await expect(nav.getByText('Reports', { exact: true }).isVisible()).resolves.toBe(true);
      expect(await page.locator('lit-ui-app').evaluate((el) => el.shadowRoot?.querySelector('.lu-nav')?.closest('.lu-sidebar') !== null)).toBe(
        position === 'sidebar',
      );
      await nav.getByRole('group', { name: 'Admin' }).getByRole('link', { name: 'Users' }).click();
      await seeText(page, 'This is users');
      expect(page.url()).toBe(`${url}/users`);
      await expect(nav.getByRole('link', { name: 'Users' }).getAttribute('aria-current')).resolves.toBe('page');
    });
  }
});

describe('st.login and st.logout in the browser', () => {
  const app = defineApp((st) => {
    st.text(st.user.isLoggedIn ? `signed in as ${st.user.name}` : 'signed out');
    if (st.button('Log out')) st.logout();
  });
  const options: LiteUiOptions = { getUser: () => ({ name: 'Ada' }), auth: { logoutUrl: '/auth/logout' } };

  it('st.logout() sends the top-level page to the configured route', async () => {
    const { page, url } = await open(app, options);
    await seeText(page, 'signed in as Ada');
    await Promise.all([page.waitForURL(`${new URL(url).origin}/auth/logout`), page.getByRole('button', { name: 'Log out' }).click()]);
    expect(new URL(page.url()).pathname).toBe('/auth/logout');
  });

  it('an embedding page can cancel the navigation through the lit-ui-auth event', async () => {
    const { page, url } = await open(app, options);
    await seeText(page, 'signed in as Ada');
    await page.evaluate(() => {
      document.querySelector('lit-ui-app')!.addEventListener('lit-ui-auth', (e) => {
        e.preventDefault();
        document.body.dataset['auth'] = JSON.stringify((e as CustomEvent).detail);
      });
    });
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForFunction(() => document.body.dataset['auth'] !== undefined);
    expect(JSON.parse((await page.evaluate(() => document.body.dataset['auth']))!)).toEqual({ action: 'logout', url: '/auth/logout' });
    await idle(page);
    expect(page.url()).toBe(`${url}/`);
  });
});
