/**
 * The counsellor's daily helpers in a real browser against the real server (issue 16): a canned
 * reply made on its page and inserted with "/" in a case's reply box, then sent; the typing line on
 * both sides; the queue's opt-in alerts (window.Notification stubbed by an init script to record
 * what the page constructs — the browser API boundary) and wait badge; conversation search.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { containsText, openBrowser, type Person, shot, visible } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { signInToConsole } from './support/sign-in.ts';

const s = zh.console.seeker;
const st = zh.console.staff;
const h = zh.helpers;
const DISTRESS = '找了半年叉车司机的工作都没找到，真的不想活了';
const CANNED_TEXT = '见习补贴的标准请看【yb2022-38:2.2.2】，我帮您查一下附近的见习岗位。';

/** Records every Notification the page constructs; permission kept in localStorage across reloads. */
const NOTIFICATION_STUB = `(() => {
  const calls = JSON.parse(localStorage.getItem('stub.notifications') || '[]');
  window.__notifications = calls;
  class StubNotification {
    constructor(title, options) {
      calls.push({ title, body: options && options.body, tag: options && options.tag });
      localStorage.setItem('stub.notifications', JSON.stringify(calls));
    }
    static get permission() { return localStorage.getItem('stub.permission') || 'default'; }
    static requestPermission() {
      localStorage.setItem('stub.asked', String(Number(localStorage.getItem('stub.asked') || 0) + 1));
      localStorage.setItem('stub.permission', 'granted');
      return Promise.resolve('granted');
    }
  }
  window.Notification = StubNotification;
})();`;

let server: RunningServer;
let seeker: Person;
let counsellor: Person;

beforeAll(async () => {
  server = await startServer([{ username: 'zhou.counsellor', role: 'counsellor', name: '周老师' }]);
  seeker = await openBrowser({ viewport: { width: 390, height: 844 }, mobile: true });
  counsellor = await openBrowser({ viewport: { width: 1440, height: 900 } });
  await counsellor.context.addInitScript(NOTIFICATION_STUB);
});

afterAll(async () => {
  await seeker?.close();
  await counsellor?.close();
  await server?.stop();
});

describe('counsellor helpers in the browser', () => {
  test('the counsellor keeps a canned reply; a reference to a clause that does not exist is refused under the field', async () => {
    const page = counsellor.page;
    await signInToConsole(page, server.url, server.staff.counsellor!);
    await page.getByRole('link', { name: h.nav.canned }).click();
    await visible(page.getByRole('heading', { name: h.canned.title, level: 1 }));
    await page.getByLabel(h.canned.code, { exact: true }).fill('jxbt');
    await page.getByLabel(h.canned.text, { exact: true }).fill('请看【yb2022-38:9.9.9】');
    await page.getByRole('button', { name: h.canned.save }).click();
    await containsText(page.locator('#canned-text-error'), 'yb2022-38:9.9.9');
    await page.getByLabel(h.canned.text, { exact: true }).fill(CANNED_TEXT);
    await page.getByRole('button', { name: h.canned.save }).click();
    await visible(page.getByText(h.canned.saved));
    await containsText(page.locator('.canned-list li[data-code="jxbt"]'), '见习补贴的标准');
    expect(await page.locator('.canned-list li[data-code="jxbt"] button.chip').count()).toBe(1);
    await shot(page, 'helpers-01-canned-replies');
  });

  test('the queue: alerts switched on ask for permission once; an urgent case rings, is marked and shows how long it has waited', async () => {
    const page = counsellor.page;
    await page.getByRole('link', { name: st.nav.queue }).click();
    await page.waitForURL(/\/console\/queue/);
    const toggle = page.getByLabel(h.alerts.toggle);
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await visible(page.getByText(h.alerts.on));
    expect(await page.evaluate(() => localStorage.getItem('yb.queue.alerts'))).toBe('true');
    expect(await page.evaluate(() => localStorage.getItem('stub.asked'))).toBe('1');
    // the choice is kept in this browser across a reload
    await page.reload();
    expect(await page.getByLabel(h.alerts.toggle).isChecked()).toBe(true);
    await visible(page.getByText(st.queue.live));

    const sp = seeker.page;
    await sp.goto(server.url + '/');
    await sp.getByRole('button', { name: s.privacy.agree }).click();
    await sp.getByLabel(s.composer.label).fill(DISTRESS);
    await sp.keyboard.press('Enter');
    await visible(sp.getByText(s.handoff.queued), 60_000);

    const waiting = page.getByRole('table', { name: st.queue.waiting });
    const row = waiting.locator('tr[data-priority="0"]').first();
    await containsText(row, h.wait.urgent, 20_000);
    await containsText(row.locator('.wait-badge'), h.wait.justQueued);
    await expect.poll(() => page.evaluate(() => (window as any).__notifications.length), { timeout: 15_000 }).toBe(1);
    const [note] = await page.evaluate(() => (window as any).__notifications);
    expect(note).toMatchObject({ title: h.alerts.urgentCase, body: expect.stringMatching(/^原因：.+/) });
    await shot(page, 'helpers-02-queue-alerts');
    // switched off: the choice is stored off
    await page.getByLabel(h.alerts.toggle).uncheck();
    expect(await page.evaluate(() => localStorage.getItem('yb.queue.alerts'))).toBe('false');
    await page.getByLabel(h.alerts.toggle).check();
    expect(await page.evaluate(() => localStorage.getItem('stub.asked'))).toBe('1'); // granted already: not asked again

    await row.getByRole('button', { name: st.queue.claim }).click();
    await page.waitForURL(/\/console\/cases\//);
    await visible(page.getByLabel(st.conversation.reply));
    await containsText(sp.locator('.message-system').last(), '周老师', 20_000);
  });

  test('typing shows on the other side, both ways', async () => {
    const page = counsellor.page;
    const sp = seeker.page;
    await sp.getByLabel(s.composer.label).pressSequentially('我想问一下', { delay: 50 });
    await containsText(page.locator('.case-chat .typing-line'), h.typing.seeker);
    await shot(page, 'helpers-03-case-seeker-typing');

    await page.getByLabel(st.conversation.reply).pressSequentially('您好', { delay: 50 });
    await containsText(sp.locator('.typing-line'), h.typing.counsellor);
    await shot(sp, 'helpers-04-seeker-counsellor-typing');
    await page.getByLabel(st.conversation.reply).fill('');
  });

  test('"/" in the reply box opens the canned replies; arrows, Esc and Enter work; the inserted text is sent', async () => {
    const page = counsellor.page;
    const box = page.getByLabel(st.conversation.reply);
    // a second reply with a code starting the same way, made through the API in the counsellor's session
    const made = await page.evaluate(() =>
      fetch('/api/staff/canned-replies', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'jxgw', text: '见习岗位可以在岗位页查看。' }) }).then((r) => r.status),
    );
    expect(made).toBe(201);
    await box.pressSequentially('您好，/jx');
    const picker = page.getByRole('listbox', { name: h.canned.picker });
    await visible(picker);
    const options = picker.getByRole('option');
    await expect.poll(() => options.count()).toBe(2);
    expect(await options.allInnerTexts()).toEqual([expect.stringContaining('/jxbt'), expect.stringContaining('/jxgw')]);
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await shot(page, 'helpers-05-canned-picker');
    await page.keyboard.press('ArrowUp');
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'hidden' });
    await box.pressSequentially('b');
    await visible(picker);
    await expect.poll(() => options.count()).toBe(1);
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'hidden' });
    expect(await box.inputValue()).toBe(`您好，${CANNED_TEXT}`);
    await page.getByRole('button', { name: st.conversation.send, exact: true }).click();
    await containsText(page.locator('.transcript'), '见习补贴的标准请看');
    await containsText(seeker.page.locator('.message-counsellor').last(), '见习补贴的标准请看', 20_000);
    expect(await seeker.page.locator('.message-counsellor').last().locator('button.chip').count()).toBe(1);
  });

  test('search finds the conversation, marks the words and opens the case', async () => {
    const page = counsellor.page;
    const caseUrl = page.url();
    await page.getByRole('link', { name: h.nav.search }).click();
    await page.getByLabel(h.search.label).fill('叉车司机');
    await page.getByRole('button', { name: h.search.submit }).click();
    const first = page.locator('.search-results li').first();
    await containsText(first.locator('mark'), '叉车司机');
    await containsText(first, '半年');
    await shot(page, 'helpers-06-search');
    await first.getByRole('link', { name: h.search.openCase }).click();
    await page.waitForURL(caseUrl);
    // a query too long is refused under the field
    await page.goto(server.url + '/console/search?q=' + encodeURIComponent('长'.repeat(51)));
    await containsText(page.locator('#search-q-error'), '关键词');
    expect(counsellor.errors.filter((e) => !/40\d/.test(e))).toEqual([]);
    expect(seeker.errors).toEqual([]);
  });
});
