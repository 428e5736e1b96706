import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { cases, seekers } from '../db/schema/index.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { OUTCOMES } from './outcomes.ts';
import { today, yearOf } from '../rules/dates.ts';
import type { Dated } from '../rules/parameters/index.ts';
import { inLedger } from './queries.ts';

/** 一（三）目标任务: the plan's yearly targets, as dated data. */
export const planTargets: Dated<{ graduateEmploymentRate: number; difficultyPersonsEmployed: number; zeroEmploymentFamilies: number }> = [
  { from: '2022-05-13', value: { graduateEmploymentRate: 0.9, difficultyPersonsEmployed: 3500, zeroEmploymentFamilies: 0 }, ref: 'yb2022-38:1.3' },
];

/** The entry in force on `asOf`, as the rules' `paramAt` reads its own registry. */
const inForce = <T>(list: Dated<T>, asOf: string) => list.filter((e) => e.from <= asOf).reduce<Dated<T>[number] | undefined>((a, e) => (!a || e.from >= a.from ? e : a), undefined);

const EMPLOYED_OUTCOMES = ['employed', 'startup', 'public_welfare_post'];
const EMPLOYED_STATUSES = ['employed', 'self_employed', 'flexible'];
const DIFFICULTY_FACTS = ['recognisedDifficultyPerson', 'registeredUnemployed', 'dibaoFamily', 'zeroEmploymentFamily', 'povertyAlleviated', 'disabled', 'fromEliminatedCapacityEnterprise'];

/**
 * Closing outcomes against the plan's targets for a year, from the ledger: how this year's
 * graduates are doing against 90% employed by year end, how many people in difficulty were helped
 * into work against 3500, and zero-employment family members not yet in work (to be kept at 0).
 * Counts only what the ledger knows — people the service has met — not the district's statistics.
 */
export async function outcomesAgainstTargets(database: Database, { year = yearOf(today()) }: { year?: number } = {}) {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const targets = inForce(planTargets, `${year}-12-31`);
  // coalesce: an unknown outcome or status is "not in work", not NULL (which `not` would keep NULL).
  const employed = sql`(coalesce(${seekers.outcome} in (${sql.join(EMPLOYED_OUTCOMES.map((o) => sql`${o}`), sql`, `)}), false) or coalesce(${seekers.employmentStatus} in (${sql.join(EMPLOYED_STATUSES.map((o) => sql`${o}`), sql`, `)}), false))`;
  const graduateOfYear = sql`coalesce(${seekers.facts}->>'isCollegeGraduate' = 'true' and ${seekers.facts}->>'graduationDate' >= ${from} and ${seekers.facts}->>'graduationDate' < ${to}, false)`;
  const difficulty = sql`coalesce(${sql.join(DIFFICULTY_FACTS.map((f) => sql`${seekers.facts}->>${f} = 'true'`), sql` or `)}, false)`;
  // The year in China's time, as everywhere else in the product.
  const start = `${from}T00:00:00+08:00`;
  const end = `${to}T00:00:00+08:00`;

  const [caseOutcomes, seekerOutcomes, graduates, helped, zeroFamilies] = await Promise.all([
    database.db
      .select({ outcome: cases.outcome, n: sql<number>`count(*)::int` })
      .from(cases)
      .where(and(eq(cases.status, 'resolved'), gte(cases.resolvedAt, new Date(start)), lt(cases.resolvedAt, new Date(end))))
      .groupBy(cases.outcome),
    database.db
      .select({ outcome: seekers.outcome, n: sql<number>`count(*)::int` })
      .from(seekers)
      .where(and(inLedger, sql`${seekers.outcomeAt} >= ${start}::timestamptz and ${seekers.outcomeAt} < ${end}::timestamptz`))
      .groupBy(seekers.outcome),
    database.rows<{ total: number; employed: number }>(sql`
      select count(*)::int as total, count(*) filter (where ${employed})::int as employed
      from seekers where ${inLedger} and ${graduateOfYear}`),
    database.rows<{ n: number }>(sql`
      select count(*)::int as n from seekers
      where ${inLedger} and ${difficulty} and not ${graduateOfYear}
        and ${seekers.outcome} in (${sql.join(EMPLOYED_OUTCOMES.map((o) => sql`${o}`), sql`, `)})
        and ${seekers.outcomeAt} >= ${start}::timestamptz and ${seekers.outcomeAt} < ${end}::timestamptz`),
    database.rows<{ n: number }>(sql`
      select count(*)::int as n from seekers
      where ${inLedger} and ${seekers.facts}->>'zeroEmploymentFamily' = 'true' and not ${employed}`),
  ]);
  const count = (rows: { outcome: string | null; n: number }[]) => Object.fromEntries(OUTCOMES.map((o) => [o, rows.find((r) => r.outcome === o)?.n ?? 0]));
  const g = graduates[0] ?? { total: 0, employed: 0 };
  const t = zh.cases.targets;
  return {
    year,
    outcomes: { cases: count(caseOutcomes), seekers: count(seekerOutcomes), labels: zh.cases.outcomes },
    targets: targets
      ? [
          { code: 'graduate_employment_rate', name: t.graduateEmploymentRate, target: targets.value.graduateEmploymentRate, actual: g.total ? Math.round((g.employed / g.total) * 1000) / 1000 : null, of: g, clauseId: targets.ref },
          { code: 'difficulty_persons_employed', name: t.difficultyPersonsEmployed, target: targets.value.difficultyPersonsEmployed, actual: helped[0]?.n ?? 0, clauseId: targets.ref },
          { code: 'zero_employment_families', name: t.zeroEmploymentFamilies, target: targets.value.zeroEmploymentFamilies, actual: zeroFamilies[0]?.n ?? 0, clauseId: targets.ref },
        ]
      : [],
  };
}
