import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { assistancePlans, cases } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { getSeeker } from './queries.ts';

export const PLAN_STATUSES = ['active', 'completed', 'cancelled'] as const;
export interface PlanStep {
  text: string;
  dueOn?: string;
  doneAt?: string;
  owner?: string;
}

/** 个性化就业援助计划 (二（五）2): goals, the steps with their due dates, and the counsellor who owns it. */
export async function createPlan(
  database: Database,
  { seekerId, ownerId, goals, steps, caseId }: { seekerId: string; ownerId: string; goals: string; steps: PlanStep[]; caseId?: string },
) {
  await getSeeker(database, { seekerId });
  // a plan may name one of this seeker's cases, not anyone's
  if (caseId && !(await database.db.$count(cases, and(eq(cases.id, caseId), eq(cases.seekerId, seekerId))))) {
    throw new AppError(400, 'bad_request', zh.access.validation.notThisSeeker, 'caseId');
  }
  const [row] = await database.db.insert(assistancePlans).values({ seekerId, ownerId, goals, steps, caseId: caseId ?? null }).returning();
  return row!;
}

export async function updatePlan(
  database: Database,
  { planId, changes }: { planId: string; changes: { goals?: string; steps?: PlanStep[]; status?: (typeof PLAN_STATUSES)[number]; ownerId?: string } },
) {
  const set: Record<string, unknown> = { updatedAt: sql`now()` };
  for (const [k, v] of Object.entries(changes)) if (v !== undefined) set[k] = v;
  const [row] = await database.db.update(assistancePlans).set(set).where(eq(assistancePlans.id, planId)).returning();
  if (!row) throw new AppError(404, 'not_found', zh.cases.errors.planNotFound);
  return row;
}
