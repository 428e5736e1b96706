import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { assistancePlans, followUps, seekers, staffUsers } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { addDays, today } from '../rules/dates.ts';
import { maskName, maskPhone } from './mask.ts';
import { getSeeker } from './queries.ts';

const t = zh.cases;

/** 定期回访: a dated call or visit, by default for the seeker's own counsellor. */
export async function scheduleFollowUp(
  database: Database,
  { seekerId, staffId, dueOn, note, planId, counsellorId }: { seekerId: string; staffId: string; dueOn: string; note?: string; planId?: string; counsellorId?: string },
) {
  const seeker = await getSeeker(database, { seekerId });
  // a follow-up may belong to one of this seeker's plans, not anyone's
  if (planId && !(await database.db.$count(assistancePlans, and(eq(assistancePlans.id, planId), eq(assistancePlans.seekerId, seekerId))))) {
    throw new AppError(400, 'bad_request', zh.access.validation.notThisSeeker, 'planId');
  }
  const [row] = await database.db
    .insert(followUps)
    .values({ seekerId, dueOn, note: note ?? null, planId: planId ?? null, counsellorId: counsellorId ?? seeker.counsellorId ?? staffId })
    .returning();
  return row!;
}

/**
 * Records what a follow-up found (求职结果), optionally the person's new work status, and books the
 * next one when asked — 定期 means the calls go on until the person is settled.
 */
export async function completeFollowUp(
  database: Database,
  { followUpId, outcome, employmentStatus, nextDueOn }: { followUpId: string; outcome: string; employmentStatus?: string; nextDueOn?: string },
) {
  const [row] = await database.db
    .update(followUps)
    .set({ doneAt: sql`now()`, outcome })
    .where(and(eq(followUps.id, followUpId), isNull(followUps.doneAt)))
    .returning();
  if (!row) {
    const [exists] = await database.db.select({ id: followUps.id }).from(followUps).where(eq(followUps.id, followUpId));
    throw exists ? new AppError(409, 'follow_up_done', t.errors.followUpDone) : new AppError(404, 'not_found', t.errors.followUpNotFound);
  }
  if (employmentStatus) await database.db.update(seekers).set({ employmentStatus, updatedAt: sql`now()` }).where(eq(seekers.id, row.seekerId));
  const next = nextDueOn
    ? (await database.db.insert(followUps).values({ seekerId: row.seekerId, planId: row.planId, counsellorId: row.counsellorId, dueOn: nextDueOn, note: row.note }).returning())[0]
    : undefined;
  return { followUp: row, next: next ?? null };
}

/**
 * A counsellor's follow-ups not yet done: due today, overdue (with how many days), and the coming
 * week. `counsellorId` undefined lists everyone's (supervisors).
 */
export async function dueFollowUps(database: Database, { counsellorId, asOf = today() }: { counsellorId?: string; asOf?: string }) {
  const rows = await database.db
    .select({
      id: followUps.id,
      seekerId: followUps.seekerId,
      planId: followUps.planId,
      dueOn: followUps.dueOn,
      note: followUps.note,
      counsellorId: followUps.counsellorId,
      counsellorName: staffUsers.displayName,
      seekerName: seekers.name,
      seekerPhone: seekers.phone,
    })
    .from(followUps)
    .innerJoin(seekers, eq(seekers.id, followUps.seekerId))
    .leftJoin(staffUsers, eq(staffUsers.id, followUps.counsellorId))
    .where(and(isNull(followUps.doneAt), lte(followUps.dueOn, addDays(asOf, 7)), counsellorId ? eq(followUps.counsellorId, counsellorId) : undefined))
    .orderBy(asc(followUps.dueOn));
  const items = rows.map(({ seekerName, seekerPhone, counsellorName, ...r }) => ({
    ...r,
    counsellor: r.counsellorId ? { id: r.counsellorId, displayName: counsellorName } : null,
    seeker: { id: r.seekerId, name: maskName(seekerName), phone: maskPhone(seekerPhone) },
    daysOverdue: r.dueOn < asOf ? Math.round((Date.parse(asOf) - Date.parse(r.dueOn)) / 86_400_000) : 0,
  }));
  return {
    asOf,
    overdue: items.filter((i) => i.dueOn < asOf),
    dueToday: items.filter((i) => i.dueOn === asOf),
    upcoming: items.filter((i) => i.dueOn > asOf),
  };
}
