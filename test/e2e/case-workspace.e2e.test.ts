/**
 * The case page as a counsellor's working day (issue 16), in Chromium at 1440×900 against the real
 * server: a seeker with an earlier conversation (linked to the same ledger record by a supervisor)
 * asks for a person; the counsellor takes the case and works it — reads the facts, adds one the
 * server refuses and then a good one, corrects one, adds a note, switches tabs, reads the earlier
 * conversation, replies — and closes it with an outcome chosen and confirmed. Throughout, the page
 * fits the window and the transcript's last line stays on screen (bounding boxes); seeker lines are
 * labelled as the seeker's. Screenshots go to test-output/e2e/case-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { containsText, openBrowser, type Person, shot, visible } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { signInToConsole } from './support/sign-in.ts';

const s = zh.console.seeker;
const st = zh.console.staff;
const w = zh.caseWorkspace;
const p = zh.dialogueState.panel;
const VIEW = { width: 1440, height: 900 };
const EARLIER = '我想了解失业登记怎么办理';
const QUESTIONS = ['我是今年毕业的大学生，重庆户口，能领什么补贴？', '求职创业补贴要带什么材料？', '那在哪里办理？'];
const NOTE = '已电话联系，下周二来中心办理失业登记';
const REPLY = '您好，我是王老师，我帮您看看见习岗位。';

let server: RunningServer;
let seeker: Person;
let counsellor: Person;
let supervisor: Person;
let earlierConversation = '';

/** The console's API from inside the signed-in page (its cookie, its origin). */
async function consoleApi<T>(page: Page, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ([path, body]) => {
      const res = await fetch(path, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const text = await res.text();
      if (!res.ok) throw new Error(`${path} → ${res.status} ${text}`);
      return JSON.parse(text);
    },
    [path, body] as const,
  ) as Promise<T>;
}

/** The transcript's last line is on screen (inside the viewport and inside the transcript's own box). */
async function lastLineInView(page: Page) {
  const list = page.locator('.case-chat .transcript');
  const last = list.locator(':scope > li').last();
  await expect.poll(async () => {
    const [box, frame] = [await last.boundingBox(), await list.boundingBox()];
    if (!box || !frame) return 'no box';
    const inViewport = box.y >= 0 && box.y + box.height <= VIEW.height + 1;
    const inList = box.y + box.height <= frame.y + frame.height + 1 && box.y + box.height >= frame.y;
    if (inViewport && inList) return 'in view';
    const scroll = await list.evaluate((el) => `scrollTop ${el.scrollTop} of ${el.scrollHeight} (box ${el.clientHeight}), page ${window.scrollY}`);
    return `line ${Math.round(box.y)}+${Math.round(box.height)}, list ${Math.round(frame.y)}+${Math.round(frame.height)}, ${scroll}`;
  }).toBe('in view');
}

/** The page itself does not scroll at 1440×900: the columns do. */
async function pageFits(page: Page) {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollHeight, inner: window.innerHeight }));
  expect(scroll).toBeLessThanOrEqual(inner + 1);
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

beforeAll(async () => {
  server = await startServer([
    { username: 'wang.counsellor', role: 'counsellor', name: '王老师' },
    { username: 'li.supervisor', role: 'supervisor', name: '李督导' },
  ]);
  // An earlier conversation of the same person, on another day: a question, then a request for a person.
  const session = (await (await fetch(`${server.url}/api/chat/sessions`, { method: 'POST' })).json()) as { sessionId: string; token: string };
  earlierConversation = session.sessionId;
  const auth = { authorization: `Bearer ${session.token}` };
  const answer = await fetch(`${server.url}/api/chat/sessions/${session.sessionId}/messages`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ text: EARLIER }),
  });
  expect(await answer.text()).toContain('event: done');
  expect((await fetch(`${server.url}/api/chat/sessions/${session.sessionId}/handoff`, { method: 'POST', headers: auth })).status).toBeLessThan(300);
  seeker = await openBrowser({ viewport: { width: 390, height: 844 }, mobile: true });
  counsellor = await openBrowser({ viewport: VIEW });
  supervisor = await openBrowser({ viewport: VIEW });
});

afterAll(async () => {
  await seeker?.close();
  await counsellor?.close();
  await supervisor?.close();
  await server?.stop();
});

describe('the case workspace at 1440×900', () => {
  test('the seeker asks three questions and asks for a person', async () => {
    const page = seeker.page;
    await page.goto(server.url + '/');
    await page.getByRole('button', { name: s.privacy.agree }).click();
    for (const [i, q] of QUESTIONS.entries()) {
      await page.getByLabel(s.composer.label).fill(q);
      await page.keyboard.press('Enter');
      await page.locator('.message-assistant:not(.intro) .feedback').nth(i).waitFor({ timeout: 60_000 });
    }
    await page.getByRole('button', { name: s.handoff.button }).click();
    await visible(page.getByText(s.handoff.queued));
    await shot(page, 'case-00-seeker-waiting');
  });

  test('a supervisor closes the earlier case and links the earlier record into this one', async () => {
    const page = supervisor.page;
    await signInToConsole(page, server.url, server.staff.supervisor!);
    const { cases } = await consoleApi<{ cases: { id: string; conversationId: string; seekerId: string; status: string }[] }>(page, '/api/staff/queue');
    const earlier = cases.find((c) => c.conversationId === earlierConversation)!;
    const current = cases.find((c) => c.conversationId !== earlierConversation && c.status === 'queued')!;
    expect(earlier && current).toBeTruthy();
    await consoleApi(page, `/api/staff/cases/${earlier.id}/resolve`, { outcome: 'other' });
    await consoleApi(page, `/api/staff/ledger/${earlier.seekerId}/link`, { intoSeekerId: current.seekerId });
  });

  test('the counsellor takes the case: the transcript is a column of its own, its last line on screen, seekers labelled as seekers', async () => {
    const page = counsellor.page;
    await signInToConsole(page, server.url, server.staff.counsellor!);
    await page.waitForURL(/\/console\/queue/);
    await page.getByRole('table', { name: st.queue.waiting }).getByRole('button', { name: st.queue.claim }).first().click();
    await page.waitForURL(/\/console\/cases\//);
    await visible(page.getByLabel(st.conversation.reply));
    await containsText(page.locator('.case-chat .transcript'), QUESTIONS[2]!);
    await pageFits(page);
    await lastLineInView(page);
    // The transcript scrolls on its own: it is taller inside than its box.
    const overflow = await page.locator('.case-chat .transcript').evaluate((el) => el.scrollHeight > el.clientHeight);
    expect(overflow).toBe(true);

    const seekerLabels = await page.locator('.case-chat .message-seeker .speaker').allInnerTexts();
    expect(seekerLabels.length).toBe(QUESTIONS.length);
    expect(new Set(seekerLabels)).toEqual(new Set([w.roles.seeker]));
    expect(await page.locator('.case-chat .speaker').allInnerTexts()).not.toContain(s.roles.seeker);
    expect(await page.locator('.case-chat .message-assistant .speaker').first().innerText()).toBe(w.roles.assistant);
    // The reply box sits under the transcript, on screen.
    const [list, reply] = [await page.locator('.case-chat .transcript').boundingBox(), await page.getByLabel(st.conversation.reply).boundingBox()];
    expect(reply!.y).toBeGreaterThanOrEqual(list!.y + list!.height - 1);
    expect(reply!.y + reply!.height).toBeLessThanOrEqual(VIEW.height);
    await shot(page, 'case-01-taken');
  });

  test('facts: a bad value is refused under the field in Chinese, a good one is added, one is corrected, each change recorded and eligibility read again', async () => {
    const page = counsellor.page;
    await visible(tab(page, w.tabs.facts));
    expect(await tab(page, w.tabs.facts).getAttribute('aria-selected')).toBe('true');
    const panel = page.getByRole('tabpanel', { name: w.tabs.facts });
    await containsText(panel, zh.rules.factLabel('person.hukou'));

    // A value the rules refuse: the server's error, in Chinese, under the field; nothing stored.
    const ageLabel = zh.rules.factLabel('person.age');
    await panel.getByLabel(w.addFact.field).selectOption({ label: ageLabel });
    await panel.getByLabel(w.addFact.value, { exact: true }).fill('300');
    await panel.getByRole('button', { name: w.addFact.submit }).click();
    const fieldError = panel.locator('#add-fact-value-error');
    await containsText(fieldError, ageLabel);
    expect(await panel.getByLabel(w.addFact.value, { exact: true }).getAttribute('aria-describedby')).toBe('add-fact-value-error');
    await lastLineInView(page);
    await shot(page, 'case-02-fact-refused');

    // Eligibility before: read from the facts as the conversation left them.
    await tab(page, w.tabs.eligibility).click();
    const eligibility = page.getByRole('tabpanel', { name: w.tabs.eligibility }).locator('table.eligibility');
    await visible(eligibility);
    const before = await eligibility.innerText();
    await lastLineInView(page);

    // Corrected: the seeker is not, after all, a college graduate.
    await tab(page, w.tabs.facts).click();
    const gradLabel = zh.rules.factLabel('person.isCollegeGraduate');
    const knownGrad = await panel.getByRole('button', { name: `${p.edit}：${gradLabel}` }).count();
    if (knownGrad) {
      await panel.getByRole('button', { name: `${p.edit}：${gradLabel}` }).click();
      await panel.locator('#fact-person-isCollegeGraduate').selectOption('false');
      await panel.getByRole('button', { name: p.save }).click();
    } else {
      await panel.getByLabel(w.addFact.field).selectOption({ label: gradLabel });
      await panel.getByLabel(w.addFact.value, { exact: true }).selectOption('false');
      await panel.getByRole('button', { name: w.addFact.submit }).click();
    }
    await visible(panel.getByText(p.corrections));
    await panel.getByText(p.corrections).click();
    await containsText(panel.locator('.history'), p.correction('王老师', gradLabel, knownGrad ? zh.console.common.yes : p.unknownValue, zh.console.common.no));
    await lastLineInView(page);
    await shot(page, 'case-03-fact-corrected');

    await tab(page, w.tabs.eligibility).click();
    await expect.poll(() => eligibility.innerText()).not.toBe(before);
    await pageFits(page);
    await lastLineInView(page);
    await shot(page, 'case-04-eligibility');
  });

  test('a note, the plan and the earlier conversation, switching tabs; the transcript stays put', async () => {
    const page = counsellor.page;
    await tab(page, w.tabs.notes).click();
    const notes = page.getByRole('tabpanel', { name: w.tabs.notes });
    await notes.getByLabel(st.conversation.addNote).fill(NOTE);
    await notes.getByRole('button', { name: st.conversation.addNote }).click();
    await containsText(notes.locator('.notes'), NOTE);
    await lastLineInView(page);

    await tab(page, w.tabs.plan).click();
    await visible(page.getByRole('tabpanel', { name: w.tabs.plan }).getByRole('heading', { name: st.conversation.plan }));
    await lastLineInView(page);

    await tab(page, w.tabs.history).click();
    const history = page.getByRole('tabpanel', { name: w.tabs.history });
    const earlier = history.locator('.seeker-history > li');
    await expect.poll(() => earlier.count()).toBe(1);
    await containsText(earlier, st.caseStatus.resolved!);
    await containsText(earlier, st.conversation.outcomes.other!);
    await earlier.getByRole('button', { name: w.history.read }).click();
    await containsText(earlier.locator('.transcript'), EARLIER);
    expect(await earlier.locator('.message-seeker .speaker').first().innerText()).toBe(w.roles.seeker);
    await pageFits(page);
    await lastLineInView(page);
    await shot(page, 'case-05-history');

    // Back on the notes tab, the note is still there (the panels stay mounted).
    await tab(page, w.tabs.notes).click();
    await containsText(notes.locator('.notes'), NOTE);
  });

  test('new lines: in view when reading the end, a button when scrolled up; the counsellor’s own reply under their name', async () => {
    const page = counsellor.page;
    await page.getByLabel(st.conversation.reply).fill(REPLY);
    await page.getByRole('button', { name: st.conversation.send, exact: true }).click();
    const mine = page.locator('.case-chat .message-counsellor').last();
    await containsText(mine, REPLY);
    expect(await mine.locator('.speaker').innerText()).toBe(w.counsellorLine('王老师', true));
    await lastLineInView(page);

    // Scrolled up to read: a new seeker line does not pull the transcript down.
    const list = page.locator('.case-chat .transcript');
    await list.evaluate((el) => (el.scrollTop = 0));
    await seeker.page.getByLabel(s.composer.label).fill('好的，谢谢王老师');
    await seeker.page.keyboard.press('Enter');
    const newest = page.getByRole('button', { name: w.newLines });
    await visible(newest, 20_000);
    await containsText(list, '好的，谢谢王老师');
    expect(await list.evaluate((el) => el.scrollTop)).toBe(0);
    await shot(page, 'case-06-new-lines');
    await newest.click();
    await lastLineInView(page);
    expect(await list.locator(':scope > li').last().innerText()).toContain('好的，谢谢王老师');
  });

  test('resolve: no outcome chosen for the counsellor, then a confirmation naming it', async () => {
    const page = counsellor.page;
    await page.getByRole('button', { name: w.resolve.open }).click();
    const form = page.getByRole('region', { name: w.resolve.title });
    await visible(form);
    expect(await form.locator('input[type=radio]:checked').count()).toBe(0);
    expect(await form.getByRole('button', { name: w.resolve.next }).isDisabled()).toBe(true);
    await form.getByLabel(st.conversation.outcomes.employed!).check();
    await form.getByRole('button', { name: w.resolve.next }).click();
    await containsText(form, w.resolve.confirm(st.conversation.outcomes.employed!));
    await shot(page, 'case-07-resolve-confirm');
    // Nothing is closed before the confirmation.
    expect(await page.locator('.case-head').innerText()).not.toContain(st.caseStatus.resolved!);
    await form.getByRole('button', { name: w.resolve.confirmButton }).click();
    await containsText(page.locator('.case-head'), st.caseStatus.resolved!);
    await visible(page.getByText(w.resolve.done(st.conversation.outcomes.employed!)));
    await containsText(seeker.page.locator('.message-system').last(), zh.cases.transcript.resolved, 20_000);
    await pageFits(page);
    await lastLineInView(page);
    await shot(page, 'case-08-resolved');
    expect(counsellor.errors).toEqual([]);
  });
});
