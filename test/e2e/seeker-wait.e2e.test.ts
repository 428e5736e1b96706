/**
 * The seeker's wait in Chromium at 390×844 (issue 16): 找人工 shows the place in the queue and the
 * expected wait (no figure on a server without history), a reload restores the handoff line and
 * the state, the counsellor takes it and their name shows (again after a reload); outside the
 * duty hours (the server's duty-hours file is rewritten by the test, read again at the next
 * request) the seeker is told so with the next period and the hotline and leaves a call-back
 * message; the page does not overflow sideways at 360, 390 and 414 px; the title keeps to one line.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { containsText, openBrowser, type Person, shot, visible } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { signInToConsole } from './support/sign-in.ts';
import { dutyHoursFile } from './support/duty.ts';

const s = zh.console.seeker;
const st = zh.console.staff;
const w = zh.wait;
const duty = dutyHoursFile(['00:00-24:00']);

let server: RunningServer;
let seeker: Person;
let counsellor: Person;

beforeAll(async () => {
  server = await startServer([{ username: 'wang.counsellor', role: 'counsellor', name: '王老师' }], { DUTY_HOURS_FILE: duty.path });
  seeker = await openBrowser({ viewport: { width: 390, height: 844 }, mobile: true });
  counsellor = await openBrowser({ viewport: { width: 1440, height: 900 } });
});
afterAll(async () => {
  await seeker?.close();
  await counsellor?.close();
  await server?.stop();
});

/** No sideways scrolling, and the title on one line. */
async function fitsWidth(page: Page, width: number) {
  await page.setViewportSize({ width, height: 844 });
  const m = await page.evaluate(() => {
    const h1 = document.querySelector('.chat-header h1')!;
    const range = document.createRange();
    range.selectNodeContents(h1);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, lines };
  });
  expect(m.scroll, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(m.client);
  expect(m.lines, `title lines at ${width}px`).toBe(1);
}

describe("the seeker's wait in the browser", () => {
  test('the 👎 comment box opens in view on a phone', async () => {
    const page = seeker.page;
    await page.goto(server.url + '/');
    await page.getByRole('button', { name: s.privacy.agree }).click();
    await page.getByLabel(s.composer.label).fill('创业担保贷款能贷多少？');
    await page.keyboard.press('Enter');
    const answer = page.locator('.message-assistant:not(.intro)').last();
    await answer.locator('.feedback').waitFor({ timeout: 90_000 });
    await answer.getByRole('button', { name: s.feedback.down }).click();
    const box = answer.locator('.feedback-comment');
    await visible(box);
    await expect
      .poll(async () => {
        const b = await box.boundingBox();
        return b !== null && b.y >= 0 && b.y + b.height <= 844 - (await page.locator('.chat-footer').boundingBox())!.height;
      })
      .toBe(true);
    await shot(page, 'wait-01-feedback-comment-390');
  });

  test('找人工 shows the place in the queue and the expected wait; no sideways overflow at 360, 390, 414', async () => {
    const page = seeker.page;
    await page.getByRole('button', { name: s.handoff.button }).click();
    const panel = page.locator('.wait-panel');
    await containsText(panel, w.first);
    await containsText(panel, w.noEstimate);
    await shot(page, 'wait-02-queued-390');
    for (const width of [360, 414, 390]) await fitsWidth(page, width);
    await shot(page, 'wait-03-queued-360-414-checked');
  });

  test('a reload restores the handoff line and the waiting state', async () => {
    const page = seeker.page;
    await page.reload();
    await containsText(page.locator('.message-system').last(), w.handoffRestored);
    await containsText(page.locator('.wait-panel'), w.first);
    expect(await page.getByRole('button', { name: s.handoff.button }).isDisabled()).toBe(true);
    await shot(page, 'wait-04-reloaded-390');
  });

  test('the counsellor takes it: the seeker sees the name, also after a reload', async () => {
    const page = counsellor.page;
    await signInToConsole(page, server.url, server.staff.counsellor!);
    await page.goto(server.url + '/console/queue');
    const waiting = page.getByRole('table', { name: st.queue.waiting });
    await containsText(waiting, zh.agent.handoffReasons.button);
    await waiting.getByRole('button', { name: st.queue.claim }).first().click();
    await page.waitForURL(/\/console\/cases\//);
    await page.getByLabel(st.conversation.reply).fill('您好，我是王老师，我来帮您看看创业担保贷款。');
    await page.getByRole('button', { name: st.conversation.send }).click();

    const seekerPage = seeker.page;
    await containsText(seekerPage.locator('.wait-panel'), w.withCounsellor('王老师'), 20_000);
    await containsText(seekerPage.locator('.message-counsellor').last(), '我是王老师', 20_000);
    await seekerPage.reload();
    await containsText(seekerPage.locator('.wait-panel'), w.withCounsellor('王老师'));
    await containsText(seekerPage.locator('.message-counsellor .message-who').last(), s.counsellor.label('王老师'));
    await shot(seekerPage, 'wait-05-with-counsellor-390');
  });

  test('outside the duty hours: told at once, the next period and the hotline, and a call-back message', async () => {
    duty.set([]);
    const page = seeker.page;
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: s.newChat }).click();
    await page.getByRole('button', { name: s.handoff.button }).click();
    const panel = page.locator('.wait-panel');
    await containsText(panel, w.offDuty.heading);
    await containsText(panel, w.offDuty.noNext);
    await containsText(panel, '12333');
    await shot(page, 'wait-06-off-duty-390');

    await panel.getByRole('button', { name: w.offDuty.leaveMessage }).click();
    await panel.getByLabel(w.callback.phone).fill('12345');
    await panel.getByRole('button', { name: w.callback.submit }).click();
    await containsText(panel.locator('#cb-phone-error'), zh.cases.validation.phone);
    await panel.getByLabel(w.callback.phone).fill('138 0000 5678');
    await panel.getByRole('button', { name: w.callback.submit }).click();
    await containsText(panel.locator('#cb-consent-error'), w.callback.validation.consent);
    await panel.getByLabel(w.callback.message).fill('想问创业担保贷款怎么申请');
    await panel.getByLabel(w.callback.consent).check();
    await shot(page, 'wait-07-callback-form-390');
    await panel.getByRole('button', { name: w.callback.submit }).click();
    await containsText(panel, w.callback.done('138****5678'));
    await fitsWidth(page, 360);
    await fitsWidth(page, 390);
    await shot(page, 'wait-08-callback-done-390');

    // The counsellors' queue shows it as a call-back item, the number masked.
    const staffPage = counsellor.page;
    await staffPage.goto(server.url + '/console/queue');
    const waiting = staffPage.getByRole('table', { name: st.queue.waiting });
    await containsText(waiting, w.callback.caseReason('138****5678'));
    expect(await waiting.innerText()).not.toContain('13800005678');
    await shot(staffPage, 'wait-09-console-queue-callback-1440');

    // The counsellor takes it: the case page says a call-back is owed (masked), gives the number on
    // request, and records the call.
    const row = waiting.getByRole('row').filter({ hasText: w.callback.caseReason('138****5678') });
    await row.getByRole('button', { name: st.queue.claim }).click();
    await staffPage.waitForURL(/\/console\/cases\//);
    const cb = staffPage.locator('.callback-panel');
    await containsText(cb, '138****5678');
    await containsText(cb, '想问创业担保贷款怎么申请');
    await cb.getByRole('button', { name: zh.wait.staff.reveal }).click();
    await containsText(cb.getByRole('link'), '13800005678');
    expect(await cb.getByRole('link').getAttribute('href')).toBe('tel:13800005678');
    await cb.getByRole('button', { name: zh.wait.staff.handled }).click();
    await containsText(cb, zh.wait.staff.handledAt);
    await shot(staffPage, 'wait-10-case-callback-1440');
  });
});
