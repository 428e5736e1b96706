/**
 * A supervisor reviews the queue one answer at a time in a real browser: the rubric's descriptions
 * and the grounding result in view, two answers scored with the keyboard (1–5, Enter, J/K), the
 * word after each and when the queue is done; an answer scored from the full conversation, where
 * each answer shows its grounding; the dashboard's period changes and the chart's dates follow.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { addDays, today } from '../../server/rules/dates.ts';
import { containsText, openBrowser, type Person, shot, visible } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { signInToConsole } from './support/sign-in.ts';

const st = zh.console.staff;
const w = zh.review.workspace;
let server: RunningServer;
let supervisor: Person;

/** A seeker's turn over the chat API, read to its end (the stored, checked answer). */
async function ask(session: { sessionId: string; token: string }, text: string) {
  const res = await fetch(`${server.url}/api/chat/sessions/${session.sessionId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ text }),
  });
  expect(res.status).toBe(200);
  const events = await res.text();
  expect(events).toContain('event: done');
}
async function session() {
  const res = await fetch(`${server.url}/api/chat/sessions`, { method: 'POST' });
  return (await res.json()) as { sessionId: string; token: string };
}

beforeAll(async () => {
  server = await startServer([{ username: 'zhou.supervisor', role: 'supervisor', name: '周督导' }], { REVIEW_SAMPLE_SIZE: '10' });
  const a = await session();
  await ask(a, '我是今年毕业的大学生，能领什么补贴？');
  await ask(a, '那怎么申请？');
  await ask(await session(), '创业担保贷款最多能贷多少？');
  supervisor = await openBrowser({ viewport: { width: 1440, height: 900 } });
});
afterAll(async () => {
  await supervisor?.close();
  await server?.stop();
});

const position = () => supervisor.page.getByTestId('review-position');
/** Keys go to the page, not to a button or field that last had focus. */
const focusPage = () => supervisor.page.locator('.audit-page h1').click();
async function scoreWithKeys(score: string) {
  const page = supervisor.page;
  await focusPage();
  for (let i = 0; i < 5; i++) await page.keyboard.press(score);
  await page.keyboard.press('Enter');
}

describe('review one answer at a time', () => {
  test('the answer with its question, the rubric with what each score means, the grounding result; keyboard scoring', async () => {
    const page = supervisor.page;
    await signInToConsole(page, server.url, server.staff.supervisor!);
    await page.getByRole('link', { name: st.nav.audit }).click();
    await visible(page.locator('.review-workspace'));
    await containsText(position(), w.position(1, 3));
    const rubric = page.locator('.review-rubric');
    await containsText(rubric, zh.review.rubricGuide.accuracy[0]);
    await containsText(rubric, zh.review.rubricGuide.safety[4]);
    await containsText(page.locator('.review-workspace'), w.keys);
    const grounding = page.locator('.review-answer .grounding-panel');
    await visible(grounding.locator('[data-grounding]'));
    expect(['passed', 'failed']).toContain(await grounding.locator('[data-grounding]').getAttribute('data-grounding'));
    await visible(page.locator('.review-question'));
    await shot(page, 'review-01-one-at-a-time');

    // J/K move between answers without scoring
    await focusPage();
    await page.keyboard.press('j');
    await containsText(position(), w.position(2, 3));
    await page.keyboard.press('k');
    await containsText(position(), w.position(1, 3));

    // 4 on every line, Enter: saved, the next answer comes up with a word saying so
    await scoreWithKeys('4');
    await containsText(page.locator('.review-note'), w.done);
    await containsText(position(), w.position(2, 3));
    await scoreWithKeys('5');
    await containsText(page.locator('.review-note'), w.done);
    await containsText(position(), w.position(3, 3));
    const history = page.locator('[aria-labelledby="audit-history"] table.data tbody tr');
    await page.waitForFunction(() => document.querySelectorAll('[aria-labelledby="audit-history"] table.data tbody tr').length === 2);
    expect(await history.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('4'), expect.stringContaining('5')]));
  });

  test('scores an answer from the full conversation, which shows each answer’s grounding', async () => {
    const page = supervisor.page;
    await page.locator('.review-answer').getByRole('button', { name: st.audit.openConversation }).click();
    const dialog = page.getByRole('dialog');
    await visible(dialog.locator('.review-conversation'));
    const answers = dialog.locator('.message-assistant');
    await containsText(dialog.locator('.message-seeker').first(), w.roles.seeker!);
    expect(await dialog.locator('.message-seeker .message-meta').first().innerText()).not.toContain(zh.console.seeker.roles.seeker);
    expect(await answers.count()).toBeGreaterThanOrEqual(1);
    expect(await answers.locator('.grounding-panel').count()).toBe(await answers.count());
    const target = answers.first(); // the conversation's first answer: the one item 3 is, not yet scored
    await target.getByRole('button', { name: new RegExp(w.scoreThis) }).click();
    for (const key of ['accuracy', 'citation', 'completeness', 'tone', 'safety'] as const) {
      await target.getByRole('group', { name: new RegExp(zh.review.rubric[key]) }).locator('input[value="3"]').check();
    }
    await shot(page, 'review-02-conversation-dialog');
    await target.getByRole('button', { name: st.audit.score }).click();
    await containsText(target, st.audit.scored);
    // Esc closes it for real (the page's shortcuts work again: the next test scores by keys).
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelectorAll('dialog[open]').length === 0);
    await page.waitForFunction(() => document.querySelectorAll('[aria-labelledby="audit-history"] table.data tbody tr').length === 3);
    // The answer scored in the dialog is marked scored in the one-at-a-time view too.
    await containsText(position(), w.position(3, 3));
    await containsText(page.locator('.review-answer'), w.scoredAlready);
  });

  test('the last answer scored: the queue says it is done, and empty after a reload', async () => {
    const page = supervisor.page;
    await scoreWithKeys('4');
    await containsText(page.locator('.review-note'), w.doneLast);
    await containsText(page.locator('.review-done'), w.queueDone);
    await shot(page, 'review-03-queue-done');
    await page.getByRole('button', { name: w.reload }).click();
    await containsText(page.locator('.review-empty'), w.queueEmpty);
  });

  test('the dashboard’s period sets the chart’s first and last day', async () => {
    const page = supervisor.page;
    await page.getByRole('link', { name: st.nav.dashboard }).click();
    const range = page.getByTestId('chart-range');
    await visible(range);
    const to = today();
    const dates = async () => [await range.getAttribute('data-first'), await range.getAttribute('data-last')];
    expect(await dates()).toEqual([`${to.slice(0, 4)}-01-01`, to]);
    await page.getByRole('button', { name: w.periods['7d'] }).click();
    await containsText(range, w.chartRange(addDays(to, -6), to, 7));
    expect(await dates()).toEqual([addDays(to, -6), to]);
    await containsText(page.getByTestId('dashboard-period'), st.dashboard.period(addDays(to, -6), to));
    await page.getByRole('button', { name: w.periods['30d'] }).click();
    await containsText(range, w.chartRange(addDays(to, -29), to, 30));
    await containsText(page.locator('.tiles'), w.judged);
    await shot(page, 'review-04-dashboard-30d');
    await page.getByRole('button', { name: w.periods.custom }).click();
    await page.getByLabel(st.audit.from).fill('2025-03-01');
    await page.getByLabel(st.audit.to).fill('2025-03-10');
    await page.getByRole('button', { name: w.apply }).click();
    await containsText(range, w.chartRange('2025-03-01', '2025-03-10', 10));
    // a backwards range: the server's message under the field
    await page.getByLabel(st.audit.from).fill('2025-03-20');
    await page.getByRole('button', { name: w.apply }).click();
    await containsText(page.locator('#period-from-error'), zh.review.validation.range);
    expect(supervisor.errors.filter((e) => !/400/.test(e))).toEqual([]);
  });
});
