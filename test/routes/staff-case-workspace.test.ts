import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { conversations, seekers } from '../../server/db/schema/index.ts';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { createTestApp } from '../support/app.ts';
import { appFetch, body, caseworkClient, type Session } from '../support/casework.ts';
import { signIn } from '../support/staff.ts';

/**
 * The case workspace's server side (issue 16): the seeker's other conversations listed and read
 * through the case (never another seeker's, never a console Ask session), and the facts not yet
 * known offered for adding, each addition validated and recorded like a correction.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let api: ReturnType<typeof caseworkClient>;
type Staff = Awaited<ReturnType<typeof signIn>> & { api: ReturnType<ReturnType<typeof caseworkClient>['staff']> };
let holder: Staff, other: Staff;

beforeAll(async () => {
  t = await createTestApp({ chatLimits: { sessionsPerIpPerHour: 10_000, messagesPerSessionPerMinute: 1000, messagesPerIpPerMinute: 10_000 } });
  api = caseworkClient(appFetch(t.app));
  const as = async (name: string): Promise<Staff> => {
    const s = await signIn(t.database, 'counsellor', name);
    return { ...s, api: api.staff(s.headers) };
  };
  [holder, other] = await Promise.all([as('王静'), as('李明')]);
});
afterAll(() => t?.close());

const seekerOf = async (s: Session) => (await t.database.db.select().from(conversations).where(eq(conversations.id, s.sessionId)))[0]!.seekerId;

async function heldCase(by: Staff) {
  const s = await api.session();
  const r = await api.say(s, '我要转人工');
  const caseId = r.handoff.caseId as string;
  await body(await by.api.post(`/api/staff/cases/${caseId}/claim`), 200);
  return { s, caseId, seekerId: await seekerOf(s) };
}

describe(`the case workspace's routes, on ${inject('databaseUnderTest')}`, () => {
  it("lists and reads the seeker's other conversations, and no one else's", async () => {
    const { caseId, seekerId } = await heldCase(holder);
    const earlier = await api.session();
    await api.say(earlier, '我想了解失业登记怎么办理');
    const stranger = await api.session();
    await api.say(stranger, '创业担保贷款能贷多少');
    // The earlier conversation belongs to the same person (as a ledger link leaves it).
    await t.database.db.update(conversations).set({ seekerId }).where(eq(conversations.id, earlier.sessionId));

    const { conversations: listed } = (await body(await holder.api.get(`/api/staff/cases/${caseId}/conversations`), 200)) as { conversations: { id: string; messageCount: number; caseStatus: string | null }[] };
    expect(listed.map((c) => c.id)).toEqual([earlier.sessionId]);
    expect(listed[0]!.messageCount).toBeGreaterThanOrEqual(2);
    expect(listed[0]!.caseStatus).toBeNull();

    const read = (await body(await holder.api.get(`/api/staff/cases/${caseId}/conversations/${earlier.sessionId}`), 200)) as { transcript: { role: string; text: string }[] };
    expect(read.transcript[0]).toMatchObject({ role: 'seeker', text: '我想了解失业登记怎么办理' });
    expect(read.transcript.some((m) => m.role === 'assistant')).toBe(true);

    // Another seeker's conversation through this case: not found; this case's own is not "another".
    const res = await holder.api.get(`/api/staff/cases/${caseId}/conversations/${stranger.sessionId}`);
    expect(res.status).toBe(404);
    // A counsellor with no part in the case is refused by the responsibility model.
    expect((await other.api.get(`/api/staff/cases/${caseId}/conversations`)).status).toBe(403);
    // A malformed id: a 400 naming the field.
    const bad = await holder.api.get(`/api/staff/cases/${caseId}/conversations/not-a-uuid`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field?: string } }).error.field).toBe('conversationId');
  });

  it('offers the facts not yet known; adding one is validated in Chinese and recorded from 未知', async () => {
    const { caseId, seekerId } = await heldCase(holder);
    await t.database.db.update(seekers).set({ facts: { hukou: 'chongqing' } }).where(eq(seekers.id, seekerId));
    const detail = (await body(await holder.api.get(`/api/staff/cases/${caseId}`), 200)) as { dialogue: { addable: { path: string; label: string; input: { kind: string } }[] } };
    const paths = detail.dialogue.addable.map((f) => f.path);
    expect(paths).not.toContain('person.hukou');
    expect(paths).toContain('person.age');
    expect(detail.dialogue.addable.find((f) => f.path === 'person.registeredUnemployed')).toMatchObject({ label: zh.rules.factLabel('person.registeredUnemployed'), input: { kind: 'boolean' } });

    const refused = await holder.api.patch(`/api/staff/cases/${caseId}/facts`, { person: { age: 300 } });
    expect(refused.status).toBe(400);
    const error = ((await refused.json()) as { error: { field: string; message: string } }).error;
    expect(error.field).toBe('person.age');
    expect(error.message).toContain(zh.rules.factLabel('person.age'));
    expect((await t.database.db.select().from(seekers).where(eq(seekers.id, seekerId)))[0]!.facts).toEqual({ hukou: 'chongqing' });

    const added = (await body(await holder.api.patch(`/api/staff/cases/${caseId}/facts`, { person: { registeredUnemployed: true } }), 200)) as {
      dialogue: { addable: { path: string }[]; corrections: { path: string; oldLabel: string; newLabel: string; actorName: string }[] };
    };
    expect(added.dialogue.addable.map((f) => f.path)).not.toContain('person.registeredUnemployed');
    expect(added.dialogue.corrections.at(-1)).toMatchObject({ path: 'person.registeredUnemployed', oldLabel: zh.dialogueState.panel.unknownValue, newLabel: zh.console.common.yes, actorName: '王静' });
  });
});
