/**
 * Markup a seeker types and markup in an imported vacancy reach people's screens as text: on the
 * seeker's page, in the counsellor's transcript, in the supervisor's review queue and in the staff
 * catalog. Nothing of it may become an element or run (it would set `window.__xss`), and the
 * pages' Content-Security-Policy must not be violated on the way.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { containsText, openBrowser, type Person } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { signInToConsole } from './support/sign-in.ts';

const s = zh.console.seeker;
const st = zh.console.staff;
const SEEKER_TEXT = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>[领取](javascript:window.__xss=3) **粗体**';
const VACANCY_TITLE = '<img src=y onerror="window.__xss=4">客服专员';
const VACANCY_EMPLOYER = '<b onmouseover="window.__xss=5">渝北测试科技</b>有限公司';

let server: RunningServer;
const people: Person[] = [];

async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

/** Nothing ran, nothing injected, no CSP violation, and the page shows `text` literally. */
async function assertInert(page: Page, scope: string, text: string) {
  await containsText(page.locator(scope), text, 30_000);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator(`${scope} img[src="x"], ${scope} img[src="y"], ${scope} script, ${scope} b[onmouseover]`).count()).toBe(0);
  expect(await page.locator(`${scope} a[href^="javascript:"]`).count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
}

async function signIn(person: Person, account: { username: string; password: string }) {
  await signInToConsole(person.page, server.url, account);
}

beforeAll(async () => {
  server = await startServer([
    { username: 'xss.counsellor', role: 'counsellor', name: '赵老师' },
    { username: 'xss.staff', role: 'staff', name: '钱工作人员' },
    { username: 'xss.supervisor', role: 'supervisor', name: '孙督导' },
  ]);
});

afterAll(async () => {
  for (const p of people) await p.close();
  await server?.stop();
});

describe('seeker and vacancy text render as text in the browser', () => {
  test('the seeker page shows the typed markup as text', async () => {
    const seeker = await openBrowser();
    people.push(seeker);
    await watch(seeker.page);
    await seeker.page.goto(server.url + '/');
    await seeker.page.getByRole('button', { name: s.privacy.agree }).click();
    await seeker.page.getByLabel(s.composer.label).fill(SEEKER_TEXT);
    await seeker.page.keyboard.press('Enter');
    const answer = seeker.page.locator('.message-assistant:not(.intro):not(.streaming)').last();
    await answer.waitFor({ timeout: 60_000 });
    // The message must have reached the server (the transcript test below depends on it).
    if (await answer.evaluate((el) => el.classList.contains('failed'))) throw new Error(`the message failed: ${await answer.innerText()}\nserver log:\n${server.log()}`);
    await assertInert(seeker.page, '.message-seeker', '<img src=x onerror=');
    await seeker.page.getByRole('button', { name: s.handoff.button }).click();
    await seeker.page.getByText(s.handoff.queued).waitFor();
  });

  test("the counsellor's transcript shows it as text", async () => {
    const counsellor = await openBrowser();
    people.push(counsellor);
    await watch(counsellor.page);
    await signIn(counsellor, server.staff.counsellor!);
    await counsellor.page.goto(server.url + '/console/queue');
    const waiting = counsellor.page.getByRole('table', { name: st.queue.waiting });
    await waiting.getByRole('button', { name: st.queue.claim }).first().click();
    await counsellor.page.waitForURL(/\/console\/cases\//);
    await assertInert(counsellor.page, '.transcript', '<script>window.__xss=2</script>');
  });

  test("the supervisor's review queue shows it as text", async () => {
    const supervisor = await openBrowser();
    people.push(supervisor);
    await watch(supervisor.page);
    await signIn(supervisor, server.staff.supervisor!);
    await supervisor.page.goto(server.url + '/console/audit');
    await assertInert(supervisor.page, 'main', '[领取](javascript:window.__xss=3)');
  });

  test('an imported vacancy with markup shows as text in the catalog', async () => {
    const clerk = await openBrowser();
    people.push(clerk);
    await watch(clerk.page);
    await signIn(clerk, server.staff.staff!);
    const status = await clerk.page.evaluate(
      async ([title, employer]) =>
        (
          await fetch('/api/staff/vacancies/import', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ source: 'xss-test', format: 'json', data: [{ sourceId: 'xss-1', title, employer, description: '<script>window.__xss=6</script>', street: '两路街道' }] }),
          })
        ).status,
      [VACANCY_TITLE, VACANCY_EMPLOYER],
    );
    expect(status).toBe(200);
    await clerk.page.goto(server.url + '/console/catalog/vacancies');
    await clerk.page.locator('.catalog-page table.data').waitFor();
    await clerk.page.locator('.catalog-page input[type="search"], .catalog-page input').first().fill('客服专员');
    await clerk.page.keyboard.press('Enter');
    await assertInert(clerk.page, '.catalog-page', VACANCY_TITLE);
    await containsText(clerk.page.locator('.catalog-page'), VACANCY_EMPLOYER);
  });

  test('no browser errors on the way', () => {
    expect(people.flatMap((p) => p.errors).filter((e) => !/401/.test(e))).toEqual([]);
  });
});
