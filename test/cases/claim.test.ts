import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStaffUser } from '../../server/auth/accounts.ts';
import { claimCase } from '../../server/cases/claim.ts';
import { openCase } from '../../server/cases/open-case.ts';
import { assignCase, releaseCase } from '../../server/cases/reassign.ts';
import { createSession } from '../../server/chat/queries.ts';
import type { Database } from '../../server/db/client.ts';
import { caseEvents, cases } from '../../server/db/schema/index.ts';
import { AppError } from '../../server/http/errors.ts';
import { LiveBus } from '../../server/live/bus.ts';
import { openTestDatabase } from '../support/db.ts';

let database: Database;
let bus: LiveBus;
const counsellors: { id: string; displayName: string; role: 'counsellor' }[] = [];
let supervisor: { id: string; displayName: string; role: 'supervisor' };

beforeAll(async () => {
  database = await openTestDatabase({ corpus: false });
  bus = new LiveBus(database);
  await bus.start();
  const users = await Promise.all(
    Array.from({ length: 10 }, (_, i) => createStaffUser(database, { username: `c${i}`, displayName: `指导员${i}`, role: 'counsellor', password: 'Test-password-123!' })),
  );
  counsellors.push(...users.map((u) => ({ id: u.id, displayName: u.displayName, role: 'counsellor' as const })));
  const s = await createStaffUser(database, { username: 'sv', displayName: '督导', role: 'supervisor', password: 'Test-password-123!' });
  supervisor = { id: s.id, displayName: s.displayName, role: 'supervisor' };
});
afterAll(async () => {
  await bus?.stop();
  await database?.close();
});

async function queuedCase() {
  const { sessionId, seekerId } = await createSession(database);
  const { caseId } = await openCase(database, bus, { conversationId: sessionId, seekerId, reason: '求职者要求人工服务', source: 'seeker' });
  return caseId;
}

const outcome = (p: Promise<unknown>) => p.then(() => 'won' as const, (e: unknown) => (e instanceof AppError ? `${e.status} ${e.code}` : String(e)));

describe(`exclusive claim in the database on ${inject('databaseUnderTest')}`, () => {
  it('ten counsellors claiming one case at once: exactly one wins, nine get 409 naming the winner', async () => {
    for (let round = 0; round < 3; round++) {
      const caseId = await queuedCase();
      const errors: AppError[] = [];
      const results = await Promise.all(
        counsellors.map((actor) => claimCase(database, bus, { caseId, actor }).then(() => 'won', (e: AppError) => (errors.push(e), `${e.status} ${e.code}`))),
      );
      expect(results.filter((r) => r === 'won')).toHaveLength(1);
      expect(results.filter((r) => r === '409 case_claimed')).toHaveLength(9);
      const winner = counsellors[results.indexOf('won')]!;
      expect(errors.every((e) => e.message.includes(winner.displayName))).toBe(true);
      const [row] = await database.db.select().from(cases).where(eq(cases.id, caseId));
      expect(row).toMatchObject({ status: 'claimed', assignedTo: winner.id });
      expect(await database.db.$count(caseEvents, and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'claimed')))).toBe(1);
    }
  });

  it('a supervisor assigning while counsellors claim: the case ends with one holder, and every claim after the assignment is refused', async () => {
    const caseId = await queuedCase();
    const results = await Promise.all([
      outcome(assignCase(database, bus, { caseId, actor: supervisor, toStaffId: counsellors[9]!.id })),
      ...counsellors.slice(0, 4).map((actor) => outcome(claimCase(database, bus, { caseId, actor }))),
    ]);
    const [row] = await database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(row!.status).toBe('claimed');
    // The assignment always lands (it may take a case another counsellor just claimed); at most one claim won before it.
    expect(results[0]).toBe('won');
    expect(row!.assignedTo).toBe(counsellors[9]!.id);
    expect(results.slice(1).filter((r) => r === 'won').length).toBeLessThanOrEqual(1);
    expect(results.slice(1).filter((r) => r !== 'won').every((r) => r === '409 case_claimed')).toBe(true);
  });

  it('a release racing a claim by someone else: the claim succeeds only after the case is back in the queue', async () => {
    const caseId = await queuedCase();
    await claimCase(database, bus, { caseId, actor: counsellors[0]! });
    const [released, claimed] = await Promise.all([
      outcome(releaseCase(database, bus, { caseId, actor: counsellors[0]! })),
      outcome(claimCase(database, bus, { caseId, actor: counsellors[1]! })),
    ]);
    expect(released).toBe('won');
    const [row] = await database.db.select().from(cases).where(eq(cases.id, caseId));
    if (claimed === 'won') expect(row).toMatchObject({ status: 'claimed', assignedTo: counsellors[1]!.id });
    else expect(row).toMatchObject({ status: 'queued', assignedTo: null });
  });
});
