import { describe, expect, it } from 'vitest';
import type { DeltaGenerator } from '../dg/deltaGenerator.js';
import { AppTest } from '../testing/appTest.js';
import { authUrl } from './user.js';

describe('st.user', () => {
  it('is logged out without a user; has isLoggedIn and the claims with one (attribute and key access)', async () => {
    const app = (st: DeltaGenerator) => {
      st.text(st.user.isLoggedIn ? `hello ${st.user.name} <${st.user['email']}>` : 'logged out');
      st.text(String(st.user.missingClaim));
    };
    const anonymous = AppTest.fromFunction(app);
    await anonymous.run();
    expect(anonymous.text.map((t) => t.value)).toEqual(['logged out', 'undefined']);
    const ada = AppTest.fromFunction(app, { user: { name: 'Ada', email: 'ada@example.com', sub: '42' } });
    await ada.run();
    expect(ada.text.map((t) => t.value)).toEqual(['hello Ada <ada@example.com>', 'undefined']);
  });

  it('is read-only in the script; a bare user id reads as { id }', async () => {
    const at = AppTest.fromFunction(
      (st) => {
        st.text(`${st.user.id} ${st.user.isLoggedIn}`);
        (st.user as Record<string, unknown>)['isLoggedIn'] = false;
      },
      { user: 'user-7' },
    );
    await at.run();
    expect(at.text[0]?.value).toBe('user-7 true');
    expect(at.exception[0]?.message).toMatch(/st.user is read-only/);
  });
});

describe('st.login and st.logout', () => {
  const app = (st: DeltaGenerator) => {
    if (st.button('Log in')) st.login('google');
    if (st.button('Log out')) st.logout();
    st.text('page');
  };

  it('send the browser to the routes the host configures (a function of the provider for login)', async () => {
    const at = AppTest.fromFunction(app, {
      auth: { loginUrl: (p) => `/auth/login?provider=${p}`, logoutUrl: '/auth/logout' },
      user: { name: 'Ada' },
    });
    await at.run();
    expect(at.authRedirect).toBeUndefined();
    await at.button[0]!.click().run();
    expect(at.authRedirect).toEqual({ action: 'login', url: '/auth/login?provider=google', provider: 'google' });
    await at.button[1]!.click().run();
    expect(at.authRedirect).toEqual({ action: 'logout', url: '/auth/logout' });
    expect(at.text[0]?.value).toBe('page');
  });

  it('without a configured route are AuthNotConfigured naming the option; the session goes on', async () => {
    const at = AppTest.fromFunction(app, { auth: { loginUrl: '/login' } });
    await at.run();
    await at.button[1]!.click().run();
    expect(at.exception[0]?.proto['code']).toBe('AuthNotConfigured');
    expect(at.exception[0]?.message).toContain('logoutUrl');
    expect(at.authRedirect).toBeUndefined();
    await at.button[0]!.click().run();
    expect(at.exception).toHaveLength(0);
    expect(at.authRedirect?.url).toBe('/login');
  });

  it('refuses routes that are not paths or http(s) URLs', () => {
    expect(() => authUrl({ logoutUrl: 'javascript:alert(1)' }, 'logout')).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
    expect(() => authUrl({ logoutUrl: '//evil.example' }, 'logout')).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
    expect(authUrl({ loginUrl: 'https://sso.example.com/login' }, 'login')).toBe('https://sso.example.com/login');
  });
});
