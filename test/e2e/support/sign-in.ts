/**
 * Signing in to the console as a person does, including the first sign-in with a one-time password
 * (from staff:create or an admin): the console then opens only its password page, the person sets
 * a password of their own and goes on. The account's `password` is updated to the new one.
 */
import type { Page } from 'playwright-core';
import { zh } from '../../../server/i18n/zh-CN/index.ts';
import { shot } from './browser.ts';

const st = zh.console.staff;

export async function signInToConsole(page: Page, baseUrl: string, account: { username: string; password: string }, opts: { goto?: boolean; shotName?: string } = {}) {
  if (opts.goto !== false) await page.goto(baseUrl + '/console/login');
  await page.getByLabel(st.login.username).fill(account.username);
  await page.getByLabel(st.login.password).fill(account.password);
  await page.getByRole('button', { name: st.login.submit }).click();
  await page.waitForURL(/\/console\/(?!login)/);
  if (!new URL(page.url()).pathname.startsWith('/console/password')) return;
  // First sign-in: the one-time password must be replaced before anything else.
  await page.getByText(st.password.required).waitFor();
  if (opts.shotName) await shot(page, opts.shotName);
  const mine = `Mine-${account.password}-9`;
  await page.getByLabel(st.password.current, { exact: true }).fill(account.password);
  await page.getByLabel(st.password.next, { exact: true }).fill(mine);
  await page.getByLabel(st.password.repeat, { exact: true }).fill(mine);
  await page.getByRole('button', { name: zh.console.common.save }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/console/password'));
  account.password = mine;
}
