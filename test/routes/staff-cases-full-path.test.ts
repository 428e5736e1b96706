import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type Database, openDatabase } from '../../server/db/client.ts';
import { addDays, today } from '../../server/rules/dates.ts';
import { createTestApp } from '../support/app.ts';
import { appFetch, body, caseworkClient, serverFetch } from '../support/casework.ts';
import { TEST_DATABASE_URL } from '../support/db.ts';
import { isEvent, readEvents } from '../support/live.ts';
import { signIn } from '../support/staff.ts';

const root = new URL('../../', import.meta.url).pathname;
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => {});
});

/** One side of the path: where the requests go, and the Origin its CSRF check accepts. */
interface Side {
  name: string;
  api: ReturnType<typeof caseworkClient>;
  origin: string;
}

/**
 * The "done when", through the API only: the seeker on side A, the counsellors on side B.
 * Seeker asks for a person → case queued → counsellor claims while a second claim fails → live
 * messages both ways, with a reconnect resuming by Last-Event-ID on the other side → note, plan
 * and follow-up → handed back to the bot → resolved with an outcome → the ledger shows the
 * services delivered and what is still owed.
 */
async function fullPath(database: Database, A: Side, B: Side) {
  const [wang, li] = [await signIn(database, 'counsellor', '王静'), await signIn(database, 'counsellor', '李明')];
  const staffOn = (side: Side, who: typeof wang) => side.api.staff({ cookie: who.headers.cookie, origin: side.origin });
  const wangB = staffOn(B, wang);
  const liA = staffOn(A, li);

  // The seeker chats with the bot on A, telling it about themselves, then asks for a person.
  const s = await A.api.session();
  const seekerStream = readEvents(await A.api.seekerEvents(s, 1));
  const queue = readEvents(await wangB.events('/api/staff/queue/events'));
  await queue.next(isEvent('ready'));
  const first = await A.api.say(s, '我是今年毕业的大学生，本科，还没找到工作，能领什么补贴？');
  expect(first.status).toBe('answered');
  const asked = await A.api.say(s, '我要转人工');
  expect(asked.status).toBe('handoff_requested');
  const caseId: string = asked.handoff.caseId;

  // → case queued, seen live by the counsellor on B.
  expect((await queue.next(isEvent('case_queued', (d) => d.caseId === caseId))).data).toMatchObject({ priority: 1, conversationId: s.sessionId });
  expect((await body(await wangB.get('/api/staff/queue?status=queued'), 200)).cases.map((c: any) => c.id)).toContain(caseId);

  // → two counsellors claim at once, on different processes: exactly one wins.
  const [byWang, byLi] = await Promise.all([wangB.post(`/api/staff/cases/${caseId}/claim`), liA.post(`/api/staff/cases/${caseId}/claim`)]);
  expect([byWang.status, byLi.status].sort()).toEqual([200, 409]);
  const [winner, winnerName, loser, loserName] = byWang.status === 200 ? [wang, '王静', byLi, '李明'] : [li, '李明', byWang, '王静'];
  expect((await loser.json()).error.message).toContain(winnerName);
  void loserName;
  const counsellor = staffOn(B, winner); // whoever won works from B
  await queue.close();

  // → live messages both ways: the seeker on A, the counsellor on B.
  expect((await seekerStream.next(isEvent('counsellor_joined'))).data.counsellor).toBe(winnerName);
  const caseStream = readEvents(await counsellor.events(`/api/staff/cases/${caseId}/events`));
  await caseStream.next(isEvent('ready'));
  const hello = await body(await counsellor.post(`/api/staff/cases/${caseId}/messages`, { text: `您好，我是职业指导员${winnerName}，想了解一下您希望做什么工作？` }), 201);
  const helloEvent = await seekerStream.next(isEvent('message', (d) => d.role === 'counsellor'));
  expect(helloEvent.data).toMatchObject({ messageId: hello.messageId, counsellor: winnerName });
  const reply = await A.api.say(s, '想找仓库管理或者物流方面的工作，也想学叉车');
  expect(reply.status).toBe('delivered_to_counsellor');
  expect((await caseStream.next(isEvent('message', (d) => d.role === 'seeker'))).data.text).toBe('想找仓库管理或者物流方面的工作，也想学叉车');

  // The seeker's page drops (after seeing its own message echoed); two messages are sent meanwhile;
  // it reconnects to the *other* process with Last-Event-ID and gets exactly what it missed, in order.
  const lastSeen = await seekerStream.next(isEvent('message', (d) => d.role === 'seeker'));
  await seekerStream.close();
  await body(await counsellor.post(`/api/staff/cases/${caseId}/messages`, { text: '好的，我先帮您记下求职意向。' }), 201);
  const draft = await body(await counsellor.post(`/api/staff/cases/${caseId}/copilot`), 200);
  expect(draft.grounding).toMatchObject({ ok: true });
  const drafted = await body(await counsellor.post(`/api/staff/cases/${caseId}/messages`, { text: `${draft.text}\n稍后我把叉车培训的报名方式发给您。`, draftId: draft.draftId }), 201);
  expect(drafted).toMatchObject({ agentDrafted: true, draftEditRatio: expect.any(Number) });
  const resumed = readEvents(await B.api.seekerEvents(s, lastSeen.id!));
  const missed = [await resumed.next(), await resumed.next()];
  expect(missed.map((e) => [e.event, e.data.text.slice(0, 12)])).toEqual([
    ['message', '好的，我先帮您记下求职意向。'.slice(0, 12)],
    ['message', drafted.text.slice(0, 12)],
  ]);
  expect(Number(missed[0]!.id)).toBeGreaterThan(Number(lastSeen.id));
  expect(resumed.events.filter((e) => e.event === 'message' && [hello.messageId, lastSeen.data.messageId].includes(e.data.messageId))).toEqual([]);

  // → note, plan and follow-up; the counsellor records what they learned on the ledger.
  const seekerId = (await body(await counsellor.get(`/api/staff/cases/${caseId}`), 200)).case.seekerId as string;
  await body(await counsellor.post(`/api/staff/cases/${caseId}/notes`, { text: '意向仓储物流，需叉车证；情绪稳定' }), 201);
  await body(await counsellor.patch(`/api/staff/ledger/${seekerId}`, { facts: { ableToWork: true, wantsJob: true, wantsTraining: true }, intent: '仓库管理、物流', skills: ['Excel'] }), 200);
  const plan = await body(
    await counsellor.post(`/api/staff/ledger/${seekerId}/plans`, {
      goals: '两个月内在仓储物流行业就业',
      caseId,
      steps: [
        { text: '推荐至少3个仓储物流岗位', dueOn: addDays(today(), 7) },
        { text: '报名叉车司机培训', dueOn: addDays(today(), 14) },
      ],
    }),
    201,
  );
  const followUp = await body(await counsellor.post(`/api/staff/ledger/${seekerId}/follow-ups`, { dueOn: today(), planId: plan.plan.id, note: '确认培训报名情况' }), 201);
  const due = await body(await counsellor.get('/api/staff/follow-ups'), 200);
  expect(due.dueToday.map((f: any) => f.id)).toContain(followUp.followUp.id);

  // → handed back to the bot: the seeker (now on B) is told, and the bot answers again on A.
  await body(await counsellor.post(`/api/staff/cases/${caseId}/hand-back`, { note: '已制定援助计划' }), 200);
  expect((await resumed.next(isEvent('counsellor_left'))).data.reason).toBe('returned_to_bot');
  await resumed.close();
  const transcript = (await A.api.transcript(s)).messages;
  expect(transcript.at(-1)).toMatchObject({ role: 'system', text: expect.stringContaining('智能助手将继续为您服务') });
  const bot = await A.api.say(s, '叉车培训有补贴吗？');
  expect(bot.status).toMatch(/^answered/);
  expect(bot.text.length).toBeGreaterThan(0);
  await caseStream.close();

  // → resolved with an outcome.
  const resolved = await body(await counsellor.post(`/api/staff/cases/${caseId}/resolve`, { outcome: 'training', note: '已报名叉车司机培训' }), 200);
  expect(resolved.case).toMatchObject({ status: 'resolved', outcome: 'training' });

  // → the ledger (read on A) shows the services delivered and what is still owed.
  const ledger = await body(await staffOn(A, winner).get(`/api/staff/ledger/${seekerId}`), 200);
  expect(ledger.seeker).toMatchObject({ outcome: 'training', outcomeLabel: '参加培训', counsellor: { displayName: winnerName } });
  expect(ledger.profile).toMatchObject({ employmentStatus: 'in_training', intent: '仓库管理、物流', trainingNeed: '有技能培训需求' });
  const delivered = ledger.services.map((x: any) => [x.kind, x.deliveredBy?.displayName ?? null]);
  expect(delivered).toEqual(expect.arrayContaining([['policy_briefing', null], ['career_guidance', winnerName]]));
  const check = Object.fromEntries(ledger.serviceStandard.items.map((i: any) => [i.code, i]));
  expect(check.policy_briefing).toMatchObject({ status: 'done' });
  expect(check.career_guidance).toMatchObject({ status: 'done' });
  expect(check.job_recommendation).toMatchObject({ status: 'outstanding', required: 3, remaining: 3, clauseId: 'yb2022-38:2.4.1' });
  expect(check.training_recommendation).toMatchObject({ status: 'outstanding', remaining: 3 });
  expect(ledger.serviceStandard.complete).toBe(false);
  expect(ledger.plans.map((p: any) => p.id)).toEqual([plan.plan.id]);
  expect(ledger.followUps.map((f: any) => f.id)).toEqual([followUp.followUp.id]);
  expect(ledger.cases).toEqual([expect.objectContaining({ id: caseId, status: 'resolved', outcome: 'training' })]);
  const detail = await body(await counsellor.get(`/api/staff/cases/${caseId}`), 200);
  expect(detail.history.map((h: any) => h.type)).toEqual(['opened', 'claimed', 'returned_to_bot', 'resolved']);
  expect(detail.notes.map((n: any) => n.text)).toEqual(['意向仓储物流，需叉车证；情绪稳定']);
  expect(detail.transcript.filter((m: any) => m.role === 'counsellor').map((m: any) => m.agentDrafted)).toEqual([false, false, true]);
}

describe(`the full casework path on ${inject('databaseUnderTest')}`, () => {
  it('through the API in one server process (seeker and counsellor on the same app)', async () => {
    const t = await createTestApp({ chatLimits: { sessionsPerIpPerHour: 1000, messagesPerSessionPerMinute: 1000, messagesPerIpPerMinute: 1000 } });
    cleanups.push(() => t.close());
    const side = { name: 'in-process', api: caseworkClient(appFetch(t.app)), origin: 'http://localhost' };
    await fullPath(t.database, side, side);
  }, 60_000);

  it.skipIf(!TEST_DATABASE_URL)(
    TEST_DATABASE_URL
      ? 'across two server processes on one PostgreSQL: the seeker on one, the counsellors on the other'
      : 'across two server processes — SKIPPED on PGlite: two processes cannot share one PGlite data directory; set TEST_DATABASE_URL (npm run test:pg) to run it',
    async () => {
      const url = await freshDatabase();
      const a = await startServer(url, { INGEST_ON_START: 'true' });
      const b = await startServer(url, { INGEST_ON_START: 'false' });
      const database = await openDatabase({ driver: 'postgres', url, poolMax: 2 });
      cleanups.push(() => database.close());
      await fullPath(database, { name: 'A', api: caseworkClient(serverFetch(a)), origin: a }, { name: 'B', api: caseworkClient(serverFetch(b)), origin: b });
    },
    120_000,
  );
});

/** A new, empty database on the test PostgreSQL, dropped after the file. */
async function freshDatabase(): Promise<string> {
  const name = `t_path_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  cleanups.push(async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  });
  const url = new URL(TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** `node --import tsx server/main.ts` on `url`; resolves with its base URL once listening. */
async function startServer(url: string, env: Record<string, string>): Promise<string> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      TEST_DATABASE_URL: '',
      PORT: '0',
      LOG_LEVEL: 'warn',
      DEMO_DATA_ON_START: 'false',
      OUTREACH_SCAN_INTERVAL_MINUTES: '0',
      CHAT_MESSAGES_PER_SESSION_PER_MINUTE: '1000',
      ...env,
    },
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  cleanups.push(async () => {
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    child.kill('SIGKILL');
  });
  return new Promise<string>((resolve, reject) => {
    const look = (d: Buffer) => {
      out += d;
      const m = /is running: (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.on('exit', () => reject(new Error(`server exited before listening:\n${out}`)));
  });
}
