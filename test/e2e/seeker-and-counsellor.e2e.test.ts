/**
 * The whole path in a real browser against the real server: a seeker asks about subsidies and
 * opens a cited clause, asks for a person; a counsellor signs in, claims, replies; the seeker sees
 * it; the counsellor hands back; a supervisor scores the answer; the seeker page on a phone.
 * Screenshots of each screen go to test-output/e2e/.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { containsText, openBrowser, type Person, shot, visible } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { signInToConsole } from './support/sign-in.ts';

const s = zh.console.seeker;
const st = zh.console.staff;
const QUESTION = '我是今年毕业的大学生，重庆户口，能领什么补贴？';
const REPLY = '您好，我是王老师。离校未就业的高校毕业生可以先办理失业登记，我帮您看看见习岗位。';

let server: RunningServer;
let seeker: Person;
let counsellor: Person;
let supervisor: Person | undefined;
/**
 * The centre's website: another origin (another port on this machine), serving a page with the one
 * script tag. A local server rather than an intercepted name, because Chromium refuses a public
 * page's requests to a loopback address.
 */
let centre: Server;
let CENTRE_SITE = '';

beforeAll(async () => {
  centre = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>渝北区就业和人才中心</title></head><body><h1>渝北区就业和人才中心</h1><p>欢迎访问。</p><script src="${server.url}/widget.js" async></script></body></html>`);
  });
  await new Promise<void>((ok) => centre.listen(0, '127.0.0.1', ok));
  CENTRE_SITE = `http://127.0.0.1:${(centre.address() as AddressInfo).port}`;
  server = await startServer([
    { username: 'wang.counsellor', role: 'counsellor', name: '王老师' },
    { username: 'li.supervisor', role: 'supervisor', name: '李督导' },
    { username: 'admin', role: 'admin', name: '管理员' },
  ], { WIDGET_FRAME_ANCESTORS: `'self' ${CENTRE_SITE}` });
  seeker = await openBrowser();
  counsellor = await openBrowser();
});

afterAll(async () => {
  centre?.close();
  await seeker?.close();
  await counsellor?.close();
  await supervisor?.close();
  await server?.stop();
});

describe('seeker, counsellor and supervisor in the browser', () => {
  test('the seeker consents, asks about subsidies and gets a cited answer with the eligibility table', async () => {
    const page = seeker.page;
    await page.goto(server.url + '/');
    await visible(page.getByRole('heading', { name: s.privacy.heading }));
    // Nothing personal can be typed before consent.
    expect(await page.getByLabel(s.composer.label).isDisabled()).toBe(true);
    await shot(page, '01-seeker-consent');

    await page.getByRole('button', { name: s.privacy.agree }).click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('yb.consent'))).toContain('version');
    await page.getByLabel(s.composer.label).fill(QUESTION);
    await page.keyboard.press('Enter');

    const answer = page.locator('.message-assistant:not(.intro)').last();
    await answer.locator('.feedback').waitFor({ timeout: 60_000 });
    // done.text replaced the streamed text: the bubble holds the stored answer with its citation chips.
    await containsText(answer.locator('.message-text'), '补贴');
    expect(await answer.locator('button.chip').count()).toBeGreaterThan(0);
    await visible(answer.locator('table.eligibility'));
    expect(await answer.locator('table.eligibility tbody tr').count()).toBeGreaterThan(3);
    await shot(page, '02-seeker-answer');

    await answer.locator('.message-text button.chip').first().click();
    const dialog = page.getByRole('dialog');
    await visible(dialog.locator('.clause-body'));
    expect((await dialog.locator('.clause-body').innerText()).length).toBeGreaterThan(20);
    await containsText(dialog.locator('.clause-id'), 'yb2022-38:');
    await shot(page, '03-seeker-clause');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await answer.getByRole('button', { name: s.feedback.up }).click();
    await visible(answer.getByText(s.feedback.thanks));
  });

  test('the seeker asks for a person and waits in the queue', async () => {
    const page = seeker.page;
    await page.getByRole('button', { name: s.handoff.button }).click();
    await visible(page.getByText(s.handoff.queued));
    await shot(page, '04-seeker-handoff');

    // Optional 实名登记 so the counsellor can follow up: only with consent.
    await page.getByRole('button', { name: s.identity.button }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(s.identity.name, { exact: true }).fill('张晓明');
    await dialog.getByLabel(s.identity.phone, { exact: true }).fill('13800001234');
    expect(await dialog.getByRole('button', { name: s.identity.submit }).isDisabled()).toBe(true);
    await dialog.getByLabel(zh.cases.identity.consentText).check();
    await dialog.getByRole('button', { name: s.identity.submit }).click();
    await visible(dialog.getByText(zh.cases.identity.saved));
    await page.keyboard.press('Escape');
  });

  test('a counsellor signs in, sees the case in the live queue and claims it', async () => {
    const page = counsellor.page;
    await page.goto(server.url + '/console');
    await page.waitForURL(/\/console\/login/);
    await shot(page, '05-console-login');
    // The account comes from staff:create: its one-time password is changed at this first sign-in.
    await signInToConsole(page, server.url, server.staff.counsellor!, { goto: false, shotName: '05b-console-first-password' });
    await page.waitForURL(/\/console\/queue/);
    const waiting = page.getByRole('table', { name: st.queue.waiting });
    await containsText(waiting, zh.agent.handoffReasons.button);
    // The seeker's name is masked in lists.
    await containsText(waiting, '张*');
    expect(await waiting.innerText()).not.toContain('张晓明');
    await shot(page, '06-console-queue');
    // 指派 is the supervisors' alone.
    expect(await waiting.getByRole('link', { name: st.queue.assign }).count()).toBe(0);

    await waiting.getByRole('button', { name: st.queue.claim }).first().click();
    await page.waitForURL(/\/console\/cases\//);
    await visible(page.getByLabel(st.conversation.reply));
    // The holder may transfer the case (the case page's 转交 tab); assigning is for supervisors.
    await page.getByRole('tab', { name: zh.caseWorkspace.tabs.reassign, exact: true }).click();
    await visible(page.getByRole('region', { name: st.conversation.transfer }));
    expect(await page.getByRole('region', { name: st.conversation.assign }).count()).toBe(0);
    await containsText(page.locator('.transcript'), QUESTION);
  });

  test('the counsellor replies and the seeker sees it live; the seeker answers back', async () => {
    await containsText(seeker.page.locator('.message-system').last(), '王老师', 20_000);

    const page = counsellor.page;
    await page.getByLabel(st.conversation.reply).fill(REPLY);
    await page.getByRole('button', { name: st.conversation.send, exact: true }).click();
    await containsText(page.locator('.transcript'), REPLY);
    await shot(page, '07-console-case');

    const fromCounsellor = seeker.page.locator('.message-counsellor').last();
    await containsText(fromCounsellor, REPLY, 20_000);
    await containsText(fromCounsellor.locator('.message-who'), '王老师');
    await shot(seeker.page, '08-seeker-counsellor-reply');

    await seeker.page.getByLabel(s.composer.label).fill('好的，谢谢王老师');
    await seeker.page.keyboard.press('Enter');
    await containsText(page.locator('.transcript'), '好的，谢谢王老师', 20_000);
  });

  test('the counsellor hands back to the assistant; the seeker is told, and a reload keeps the conversation', async () => {
    const page = counsellor.page;
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: st.conversation.handBack }).click();
    await visible(page.getByText(st.caseStatus.returned_to_bot!).first());

    await containsText(seeker.page.locator('.message-system').last(), zh.cases.transcript.handedBack, 20_000);
    await shot(seeker.page, '09-seeker-handed-back');

    await seeker.page.reload();
    await containsText(seeker.page.locator('.message-counsellor').last(), REPLY);
    await containsText(seeker.page.locator('.message-seeker').first(), QUESTION);
    await visible(seeker.page.locator('table.eligibility').first());
    expect(await seeker.page.getByRole('button', { name: s.handoff.button }).isEnabled()).toBe(true);
  });

  test('staff screens: Ask with clause texts, the ledger, the catalog, the dashboard', async () => {
    const page = counsellor.page;
    await page.getByRole('link', { name: st.nav.ask }).click();
    await page.getByLabel(st.ask.label).fill('创业担保贷款个人最高能贷多少？');
    await page.getByRole('button', { name: st.ask.submit }).click();
    await visible(page.locator('.ask-grid .clause-body').first(), 60_000);
    await containsText(page.locator('.ask-grid'), '30万');
    await shot(page, '10-console-ask');

    await page.getByRole('link', { name: st.nav.ledger }).click();
    await visible(page.getByRole('heading', { name: st.ledger.title }));
    await page.locator('.ledger-page table').waitFor();
    await shot(page, '11-console-ledger');

    await page.getByRole('link', { name: st.nav.catalog }).click();
    await page.locator('.catalog-page table.data').waitFor();
    await shot(page, '12-console-catalog');
  });

  test('a supervisor scores the answer with the rubric, imports a vacancy feed with a bad row, withdraws a vacancy and sees the dashboard', async () => {
    supervisor = await openBrowser();
    const page = supervisor.page;
    await signInToConsole(page, server.url, server.staff.supervisor!);
    await page.waitForURL(/\/console\/queue/);
    await page.getByRole('link', { name: st.nav.audit }).click();
    // one answer at a time: J moves on until the seeker's question is the one under review
    await page.locator('.review-workspace').waitFor({ timeout: 20_000 });
    for (let i = 0; i < 30 && !(await page.locator('.review-question').innerText().catch(() => '')).includes(QUESTION); i++) {
      await page.locator('.audit-page h1').click();
      await page.keyboard.press('j');
      await page.locator('.review-question').waitFor();
    }
    await containsText(page.locator('.review-question'), QUESTION);
    const item = page.locator('.review-columns');
    for (const key of ['accuracy', 'citation', 'completeness', 'tone', 'safety'] as const) {
      await item.getByRole('group', { name: new RegExp(zh.review.rubric[key]) }).locator('input[value="4"]').check();
    }
    await item.getByLabel(st.audit.comment).fill('引用准确，建议补充失业登记办理地点。');
    await shot(page, '13-console-audit');
    await item.getByRole('button', { name: st.audit.score }).click();
    await containsText(page.locator('table.data').last(), '引用准确');

    // Staff managing the catalog: a feed file with one bad row lands the good one and names the bad line.
    await page.getByRole('link', { name: st.nav.catalog }).click();
    await page.getByLabel(st.catalog.source).fill('e2e-feed');
    await page.getByLabel(st.catalog.file).setInputFiles({
      name: 'vacancies.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('sourceId,title,employer,street,wageMin,wageMax,expiresOn\nE2E-1,客服专员（端到端测试）,重庆测试科技有限公司,两路街道,4000,6000,2099-12-31\nE2E-2,,没有岗位名称的单位,两路街道,4000,6000,2099-12-31\n'),
    });
    await page.getByRole('button', { name: st.catalog.import }).last().click();
    const report = page.locator('.import-report');
    await containsText(report, st.catalog.report({ received: 2, valid: 1, inserted: 1, updated: 0, unchanged: 0, withdrawn: 0 }));
    await containsText(report.locator('table.errors'), '3');
    await shot(page, '14-console-catalog-import');
    await page.getByPlaceholder(zh.console.common.search).fill('端到端测试');
    await page.getByRole('button', { name: zh.console.common.search, exact: true }).click();
    const row = page.locator('.catalog-page table.data tbody tr').filter({ hasText: '客服专员（端到端测试）' });
    await row.getByRole('button', { name: st.catalog.withdraw }).click();
    // withdrawing asks first (issue 16)
    await page.getByRole('dialog', { name: zh.forms.confirm.withdrawTitle }).getByRole('button', { name: st.catalog.withdraw }).click();
    await containsText(row, st.catalog.withdrawn);

    await page.getByRole('link', { name: st.nav.dashboard }).click();
    await page.locator('.tiles').waitFor();
    await page.locator('.chart svg').first().waitFor();
    await shot(page, '15-console-dashboard');
  });

  test('the seeker asks again; the supervisor assigns the waiting case to the counsellor from the queue', async () => {
    await seeker.page.getByRole('button', { name: s.handoff.button }).click();
    await visible(seeker.page.getByText(s.handoff.queued).last());

    const page = supervisor!.page;
    await page.getByRole('link', { name: st.nav.queue }).click();
    const waiting = page.getByRole('table', { name: st.queue.waiting });
    await containsText(waiting, '张*', 20_000);
    // A supervisor opens the waiting case to assign it; a counsellor's row only has 接入.
    await waiting.getByRole('link', { name: st.queue.assign }).first().click();
    await page.waitForURL(/\/console\/cases\//);
    const assign = page.getByRole('region', { name: st.conversation.assign });
    await assign.getByLabel(st.conversation.reassignTo, { exact: true }).selectOption({ label: '王老师' });
    await assign.getByLabel(st.conversation.reassignNote).fill('王老师之前接待过该求职者');
    await shot(page, '15a-console-assign');
    await assign.getByRole('button', { name: st.conversation.assignSubmit, exact: true }).click();
    await visible(page.getByRole('status').filter({ hasText: st.conversation.assigned('王老师') }));
    // Now held by 王老师, who is no longer offered.
    await expect.poll(() => assign.getByLabel(st.conversation.reassignTo, { exact: true }).locator('option').allInnerTexts()).toEqual([st.conversation.choose, `李督导${st.conversation.supervisorMark}`]);
    await containsText(page.locator('.page-head'), st.queue.claimedBy('王老师'));
    // The case's history is in the 往来记录 tab (issue 16).
    await page.getByRole('tab', { name: zh.caseWorkspace.tabs.history, exact: true }).click();
    await containsText(page.getByRole('region', { name: zh.caseWorkspace.history.caseEvents }), `${zh.cases.events.assigned} · 李督导 → 王老师 · 王老师之前接待过该求职者`);

    // The seeker is told who joined; the counsellor finds the case under 我的个案 without reloading.
    await containsText(seeker.page.locator('.message-system').last(), '王老师', 20_000);
    await counsellor.page.getByRole('link', { name: st.nav.queue }).click();
    await containsText(counsellor.page.getByRole('table', { name: st.queue.mine }), '张*', 20_000);
  });

  test('the counsellor records a 职业指导 session on the ledger record (a bad field named under it) and views the full identity, access-logged', async () => {
    const page = counsellor.page;
    const sv = st.ledger.service;
    await page.getByRole('link', { name: st.nav.ledger }).click();
    await page.locator('.ledger-page table').getByRole('link', { name: '张*' }).first().click();
    await page.waitForURL(/\/console\/ledger\//);
    const services = page.getByRole('region', { name: st.ledger.services });

    // A session dated tomorrow: the browser lets it through (novalidate), the server names the field under it.
    await services.getByLabel(sv.kind).selectOption('career_guidance');
    const tomorrow = new Date(Date.now() + 8 * 3600_000 + 86_400_000).toISOString().slice(0, 10); // the centre's calendar (UTC+8)
    const delivered = services.getByLabel(sv.deliveredOn);
    await delivered.fill(tomorrow);
    await services.getByLabel(sv.note).fill('面谈：明确客服方向，约定两周后回访');
    await services.getByRole('button', { name: sv.submit, exact: true }).click();
    await expect.poll(() => delivered.getAttribute('aria-invalid')).toBe('true');
    await containsText(page.locator('#svc-deliveredOn-error'), zh.forms.labels.deliveredOn!);
    await delivered.fill('');
    await services.getByRole('button', { name: sv.submit, exact: true }).click();
    await visible(services.getByText(sv.recorded));
    const row = services.getByRole('table', { name: st.ledger.services }).locator('tbody tr').filter({ hasText: '面谈：明确客服方向' });
    await containsText(row, zh.cases.serviceKinds.career_guidance);
    await containsText(row, '王老师');
    await shot(page, '15b-console-ledger-services');

    await page.getByRole('button', { name: st.ledger.identity.reveal }).click();
    const dialog = page.getByRole('dialog', { name: st.ledger.identity.title });
    await dialog.getByLabel(st.ledger.identity.reason).fill('电话回访前核对身份');
    await dialog.getByRole('button', { name: st.ledger.identity.submit, exact: true }).click();
    await containsText(dialog.locator('dl.identity'), '张晓明');
    await containsText(dialog.locator('dl.identity'), '13800001234');
    await visible(dialog.getByText(st.ledger.identity.logged));
    await shot(page, '15c-console-identity');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('.ledger-record').innerText()).not.toContain('13800001234');

    // The supervisor's access log shows the view with its reason.
    await supervisor!.page.getByRole('link', { name: st.nav.accessLog }).click();
    await containsText(supervisor!.page.locator('.access-log-page table.data'), '电话回访前核对身份', 20_000);
  });

  test('the seeker page on a phone', async () => {
    const phone = await openBrowser({ viewport: { width: 390, height: 844 }, mobile: true });
    try {
      const page = phone.page;
      await page.goto(server.url + '/');
      await shot(page, '16-phone-consent');
      await page.getByRole('button', { name: s.privacy.agree }).click();
      await page.getByRole('button', { name: s.quickReplies.items[1]! }).click();
      const answer = page.locator('.message-assistant:not(.intro)').last();
      await answer.locator('.feedback').waitFor({ timeout: 60_000 });
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shot(page, '17-phone-answer');

      // Vacancy and course cards from the matching tools (二（四）1: at least three of each).
      await page.getByRole('button', { name: s.quickReplies.items[3]! }).click();
      const jobs = page.locator('.message-assistant:not(.intro)').last();
      await jobs.locator('.feedback').waitFor({ timeout: 60_000 });
      expect(await jobs.getByRole('region', { name: s.vacancies.heading }).locator('.card').count()).toBeGreaterThanOrEqual(3);
      await jobs.locator('.card').first().scrollIntoViewIfNeeded();
      await shot(page, '17-phone-vacancy-cards');
      await page.getByRole('button', { name: s.quickReplies.items[2]! }).click();
      const courses = page.locator('.message-assistant:not(.intro)').last();
      await courses.locator('.feedback').waitFor({ timeout: 60_000 });
      expect(await courses.getByRole('region', { name: s.courses.heading }).locator('.card').count()).toBeGreaterThanOrEqual(3);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  test('the first admin (made with staff:create, as the README says) signs in and creates an account with a one-time password', async () => {
    const admin = await openBrowser();
    try {
      const page = admin.page;
      await signInToConsole(page, server.url, server.staff.admin!);
      await page.waitForURL(/\/console\/accounts/);
      await page.getByRole('link', { name: st.nav.accounts }).click();
      await page.getByLabel(st.login.username).fill('zhao.staff');
      await page.getByLabel(st.accounts.displayName).fill('赵工作人员');
      await page.getByLabel(st.accounts.role).selectOption('staff');
      await page.getByRole('button', { name: st.accounts.create }).click();
      const password = await page.locator('code.password').innerText();
      expect(password.length).toBeGreaterThanOrEqual(12);
      await containsText(page.locator('table.data'), '赵工作人员');
      await shot(page, '18-console-accounts');

      await page.getByRole('link', { name: st.nav.accessLog }).click();
      await page.locator('.access-log-page .small.muted').last().waitFor();
      await shot(page, '19-console-access-log');
      expect(admin.errors).toEqual([]);
    } finally {
      await admin.close();
    }
  });

  test('one script tag on the centre website adds the widget: a button that opens the chat in a frame', async () => {
    const visitor = await openBrowser();
    try {
      const page = visitor.page;
      await page.goto(`${CENTRE_SITE}/`);
      const button = page.getByRole('button', { name: '在线咨询' });
      await button.click();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      const frame = page.frameLocator('#yb-chat-widget-frame');
      await visible(frame.getByRole('button', { name: s.privacy.agree }), 20_000);
      await frame.getByRole('button', { name: s.privacy.agree }).click();
      await visible(frame.getByLabel(s.composer.label));
      await shot(page, '20-widget-on-centre-site');
      expect(visitor.errors).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  test('no browser errors on the way', () => {
    expect([...seeker.errors, ...counsellor.errors, ...(supervisor?.errors ?? [])]).toEqual([]);
  });
});
