/**
 * Issue 16 (forms): forms that refuse what they should, in Chinese under the field; the picker for
 * a recommended vacancy; withdraw asks first; an admin resets a password and the person must change
 * it; a 404 that helps; no setup hint on the login page. Real server, real Chromium, 1440×900.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { containsText, openBrowser, type Person, shot, visible } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { signInToConsole } from './support/sign-in.ts';

const st = zh.console.staff;
const f = zh.forms;
const VIEW = { width: 1440, height: 900 };
const TITLE = '叉车司机（表单测试）';
let server: RunningServer;
let clerk: Person, counsellor: Person, admin: Person;

beforeAll(async () => {
  server = await startServer([
    { username: 'admin', role: 'admin', name: '管理员' },
    { username: 'clerk', role: 'staff', name: '刘工作人员' },
    { username: 'wangjing', role: 'counsellor', name: '王静' },
  ]);
  [clerk, counsellor, admin] = await Promise.all([openBrowser({ viewport: VIEW }), openBrowser({ viewport: VIEW }), openBrowser({ viewport: VIEW })]);
});
afterAll(async () => {
  for (const p of [clerk, counsellor, admin]) await p?.close();
  await server?.stop();
});

describe('forms and accounts', () => {
  test('the login page has no setup hint; an unknown address explains itself and links to the main pages', async () => {
    const page = clerk.page;
    await page.goto(server.url + '/console/login');
    await visible(page.getByRole('button', { name: st.login.submit }));
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('npm run');
    expect(text).not.toContain('staff:create');
    expect(text).not.toContain('--username');

    await page.goto(server.url + '/console/no-such-page');
    await visible(page.getByRole('heading', { name: f.notFound.title }));
    await containsText(page.locator('main'), f.notFound.text);
    await containsText(page.locator('main'), '/console/no-such-page');
    expect(await page.title()).toContain(f.notFound.title);
    await shot(page, 'forms-01-404');
    await page.getByRole('link', { name: f.notFound.console }).click();
    await page.waitForURL(/\/console\/login/);
  });

  test('staff add a vacancy (an upside-down wage range refused under its field) and withdrawing asks first', async () => {
    const page = clerk.page;
    await signInToConsole(page, server.url, server.staff.staff!, { goto: false });
    await page.goto(server.url + '/console/catalog/vacancies');
    await page.getByRole('button', { name: f.catalog.add.vacancies }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(zh.jobs.columns.vacancy.title, { exact: true }).fill(TITLE);
    await dialog.getByLabel(zh.jobs.columns.vacancy.employer, { exact: true }).fill('渝北物流园');
    await dialog.getByLabel(zh.jobs.columns.vacancy.wageMin, { exact: true }).fill('5000');
    await dialog.getByLabel(zh.jobs.columns.vacancy.wageMax, { exact: true }).fill('4000');
    await dialog.getByRole('button', { name: f.catalog.save }).click();
    await containsText(dialog.locator('#item-wageMax-error'), zh.jobs.validation.wageOrder);
    expect(await dialog.getByLabel(zh.jobs.columns.vacancy.wageMax, { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await shot(page, 'forms-02-vacancy-wage-range');
    await dialog.getByLabel(zh.jobs.columns.vacancy.wageMax, { exact: true }).fill('6000');
    await dialog.getByRole('button', { name: f.catalog.save }).click();
    await visible(page.getByText(f.catalog.created));

    const row = page.locator('.catalog-page table.data tbody tr').filter({ hasText: TITLE });
    await row.getByRole('button', { name: st.catalog.withdraw }).click();
    const confirm = page.getByRole('dialog', { name: f.confirm.withdrawTitle });
    await containsText(confirm, f.confirm.withdraw(TITLE));
    await shot(page, 'forms-03-withdraw-confirm');
    await confirm.getByRole('button', { name: f.confirm.cancel }).click();
    await containsText(row, st.catalog.live);
    await row.getByRole('button', { name: st.catalog.withdraw }).click();
    await confirm.getByRole('button', { name: st.catalog.withdraw }).click();
    await containsText(row, st.catalog.withdrawn);
    // back on the list for the counsellor's picker
    await row.getByRole('button', { name: st.catalog.restore }).click();
    await containsText(row, st.catalog.live);
  });

  test('a past follow-up date shows the Chinese server error under the field; the picker chooses a vacancy', async () => {
    const page = counsellor.page;
    await signInToConsole(page, server.url, server.staff.counsellor!);
    const res = await page.request.post(server.url + '/api/staff/ledger', { headers: { origin: server.url }, data: { name: '孙表单', phone: '13600001111', consent: true } });
    expect(res.status(), await res.text()).toBe(201);
    const { seekerId } = await res.json();
    await page.goto(server.url + `/console/ledger/${seekerId}`);

    await page.getByLabel(st.conversation.followUpDue).fill('2020-01-15');
    await page.getByRole('button', { name: st.conversation.addFollowUp }).click();
    const error = page.locator('#fu-date-error');
    await containsText(error, '回访日期：不能早于今天');
    expect(await page.getByLabel(st.conversation.followUpDue).getAttribute('aria-describedby')).toBe('fu-date-error');
    await shot(page, 'forms-04-follow-up-date');

    await page.getByLabel(st.ledger.service.kind, { exact: true }).selectOption('job_recommendation');
    await page.getByLabel(f.picker.label).fill('叉车司机');
    await page.getByRole('button', { name: new RegExp(TITLE.replace(/[()（）]/g, '.')) }).click();
    await visible(page.getByText(f.picker.chosen(`${TITLE} · 渝北物流园`)));
    await shot(page, 'forms-05-picker');
    await page.getByRole('button', { name: st.ledger.service.submit, exact: true }).click();
    await visible(page.getByText(st.ledger.service.recorded));
    await containsText(page.locator('.services-panel table'), TITLE);
  });

  test('an admin resets a password: shown once, then hidden; the person must change it at the next sign-in', async () => {
    const page = admin.page;
    await signInToConsole(page, server.url, server.staff.admin!);
    await page.goto(server.url + '/console/accounts');
    await page.getByRole('button', { name: `${f.reset.button}：wangjing` }).click();
    await page.getByRole('dialog', { name: f.reset.title }).getByRole('button', { name: f.reset.button }).click();
    const shown = page.getByRole('dialog', { name: f.reset.doneTitle });
    const password = (await shown.locator('code.password').innerText()).trim();
    expect(password.length).toBeGreaterThanOrEqual(12);
    await shot(page, 'forms-06-reset-password');
    await shown.getByRole('button', { name: f.reset.close }).click();
    expect(await page.locator('code.password').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(password);

    // Disabling asks too (cancelled here).
    await page.getByRole('button', { name: `${st.accounts.disable}：clerk` }).click();
    const ask = page.getByRole('dialog', { name: f.confirm.disableTitle });
    await containsText(ask, f.confirm.disable('刘工作人员'));
    await ask.getByRole('button', { name: f.confirm.cancel }).click();

    // The counsellor's old session is over; the one-time password opens only the password page.
    const c = counsellor.page;
    await c.goto(server.url + '/console/queue');
    await c.waitForURL(/\/console\/login/);
    await c.getByLabel(st.login.username).fill('wangjing');
    await c.getByLabel(st.login.password).fill(password);
    await c.getByRole('button', { name: st.login.submit }).click();
    await c.waitForURL(/\/console\/password/);
    await visible(c.getByText(st.password.required));
    expect(await c.title()).toBe(`${st.password.title} · ${zh.console.appName}`);
    await shot(c, 'forms-07-forced-change');
  });
});
