import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startDevServer, type DevServer } from '../runOnSave/devServer.js';
import { E2E_TRANSPORT, idle, launchChromium, seeText } from './harness.js';

let browser: Browser;
let server: DevServer | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const APP = `import { greeting } from './greeting.js';

export default (st: any) => {
  const name: string = st.textInput('Name', { key: 'name' });
  st.markdown(\`\${greeting}, \${name || 'nobody'}!\`);
};
`;

describe('run on save in the browser', () => {
  it('a save changes the page, keeps what the user typed, and a syntax error shows on the page until fixed', async () => {
    server = await startDevServer(
      { 'app.ts': APP, 'greeting.ts': "export const greeting: string = 'Hello';\n" },
      { LIT_UI_E2E_TRANSPORT: E2E_TRANSPORT },
    );
    const page = await browser.newPage();
    await page.goto(server.url);
    await idle(page);
    await seeText(page, 'Hello, nobody!');
    const box = page.getByRole('textbox', { name: 'Name' });
    await box.fill('Ada');
    await box.press('Enter');
    await seeText(page, 'Hello, Ada!');

    await server.save('greeting.ts', "export const greeting: string = 'Welcome back';\n");
    await seeText(page, 'Welcome back, Ada!');
    await expect(box.inputValue()).resolves.toBe('Ada');

    await server.save('greeting.ts', "export const greeting: string = 'Oops;\n");
    await seeText(page, /The app's code failed to load after a change/);
    await seeText(page, 'Welcome back, Ada!');

    await server.save('greeting.ts', "export const greeting: string = 'Fixed';\n");
    await seeText(page, 'Fixed, Ada!');
    await idle(page);
    await expect(page.getByText(/failed to load after a change/).count()).resolves.toBe(0);
    await page.close();
  });
});
