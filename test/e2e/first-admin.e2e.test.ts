/**
 * A first start with no administrator prints a one-time link (issue 14, finding 7); the first
 * administrator is created with it in the browser, as on Grafana or Jenkins, and the link works once.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { containsText, openBrowser, type Person, shot, visible } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

const st = zh.console.staff;
let server: RunningServer;
let person: Person;

beforeAll(async () => {
  server = await startServer([]);
  person = await openBrowser();
});
afterAll(async () => {
  await person?.close();
  await server?.stop();
});

describe('the first administrator, from the setup link', () => {
  test('the login page points to the link; the link creates the admin and signs in; a second use is refused', async () => {
    for (let i = 0; i < 50 && !server.log().includes('setup#'); i++) await new Promise((r) => setTimeout(r, 100));
    const link = /(http:\/\/\S+\/console\/setup#\S+)/.exec(server.log())?.[1];
    expect(link, server.log()).toBeTruthy();
    const page = person.page;

    await page.goto(server.url + '/console/login');
    await visible(page.getByText(st.login.setupNeeded));
    await shot(page, '20-console-login-no-admin');

    await page.goto(link!);
    await visible(page.getByRole('heading', { name: st.setup.title }));
    await page.getByLabel(st.setup.username, { exact: true }).fill('admin');
    await page.getByLabel(st.setup.displayName).fill('管理员');
    await page.getByLabel(st.setup.password, { exact: true }).fill('Password1234');
    await page.getByLabel(st.setup.repeat).fill('Password1234');
    await page.getByRole('button', { name: st.setup.submit }).click();
    await containsText(page.locator('.login-card'), zh.auth.errors.passwordProblems.common);
    await shot(page, '21-console-setup-weak-password');
    await page.getByLabel(st.setup.password, { exact: true }).fill('Lan-shui-qiao-2027');
    await page.getByLabel(st.setup.repeat).fill('Lan-shui-qiao-2027');
    await page.getByRole('button', { name: st.setup.submit }).click();
    await page.waitForURL(/\/console\/accounts/);
    await containsText(page.locator('table.data'), '管理员');
    expect(new URL(page.url()).hash).toBe('');
    await shot(page, '22-console-first-admin');

    const again = await openBrowser();
    try {
      await again.page.goto(link!);
      await again.page.getByLabel(st.setup.username, { exact: true }).fill('admin2');
      await again.page.getByLabel(st.setup.displayName).fill('第二个');
      await again.page.getByLabel(st.setup.password, { exact: true }).fill('Lan-shui-qiao-2028');
      await again.page.getByLabel(st.setup.repeat).fill('Lan-shui-qiao-2028');
      await again.page.getByRole('button', { name: st.setup.submit }).click();
      await containsText(again.page.locator('.login-card'), zh.setup.errors.invalidLink);
    } finally {
      await again.close();
    }
    expect(person.errors.filter((e) => !/40\d/.test(e))).toEqual([]);
  });
});
