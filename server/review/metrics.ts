import { type SQL, sql } from 'drizzle-orm';
import { notStaffConversation } from '../chat/channels.ts';
import type { Database } from '../db/client.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { inLedger } from '../ledger/queries.ts';
import { personOf } from '../ledger/profile.ts';
import { ledgerServiceCheck } from '../ledger/service-check.ts';
import { outcomesAgainstTargets } from '../ledger/targets.ts';
import { seekers } from '../db/schema/index.ts';
import { toDayNumber, yearOf } from '../rules/dates.ts';
import { clauseTexts } from '../policy/clause-texts.ts';
import { localDay, type Period, withinDays } from './period.ts';
import { isWholeQuote, quoteKey } from './quotes.ts';
import { RUBRIC, type RubricDimension } from './scores.ts';

const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : null);

/**
 * The supervisor dashboard over the days `from`…`to` (Beijing time): volume, handoffs, how often
 * answers pass the grounding check, the seekers' thumbs, review averages, the daily series for the
 * charts — all counted in SQL — then the service standard (二（四）1) across the ledger and the
 * year's outcomes against the plan's targets (一（三）). Anonymised conversations still count:
 * retention clears their words, not their existence. Conversations of the staff channel (the
 * console's Ask page: colleagues asking, no seeker served) are left out of every count.
 */
export async function dashboardMetrics(database: Database, { from, to, period = 'custom' }: { from: string; to: string; period?: Period | 'custom' }) {
  const inRange = (column: string) => withinDays(sql.raw(column), { from, to })!;
  const served = (conversationId: string) => notStaffConversation(conversationId);
  const cut = await cutQuoteKeys(database, { from, to });
  const cutQuote = sql`exists (select 1 from jsonb_array_elements(m.citations) q where (q->>'clauseId') || '|' || (q->>'quote') in (select jsonb_array_elements_text(${JSON.stringify(cut)}::jsonb)))`;
  const pass = passedSql(cutQuote);
  const [totals] = await database.rows<Totals>(sql`
    select
      (select count(*)::int from conversations c where ${inRange('c.created_at')} and ${served('c.id')}) as conversations,
      (select count(*)::int from messages m where m.role = 'seeker' and ${inRange('m.created_at')} and ${served('m.conversation_id')}) as questions,
      (select count(*)::int from cases k where ${inRange('k.created_at')} and ${served('k.conversation_id')}) as handoffs,
      (select count(distinct k.conversation_id)::int from cases k join conversations c on c.id = k.conversation_id
        where ${inRange('c.created_at')} and ${served('c.id')}) as "conversationsHandedOff",
      (select count(*)::int from cases k where k.status in ('queued', 'claimed') and ${served('k.conversation_id')}) as "openCases"`);
  const [answers] = await database.rows<AnswerTotals>(sql`
    select count(*)::int as answers,
      count(*) filter (where m.grounding is not null)::int as checked,
      count(*) filter (where ${pass} and coalesce(m.grounding->>'regenerated', 'false') = 'false')::int as "passedFirstTime",
      count(*) filter (where ${pass})::int as passed,
      count(*) filter (where m.grounding->>'ok' = 'true')::int as "checkSaidOk",
      count(*) filter (where m.grounding is not null and ${cutQuote})::int as "cutQuotes",
      count(*) filter (where jsonb_array_length(coalesce(m.grounding->'unsupportedClaims', '[]'::jsonb)) > 0)::int as "unsupportedClaims",
      count(*) filter (where m.grounding->>'regenerated' = 'true')::int as regenerated,
      count(*) filter (where m.grounding->>'replaced' = 'true' or m.status = 'answered_grounding_replaced')::int as replaced,
      count(*) filter (where m.flagged)::int as flagged
    from messages m where m.role = 'assistant' and ${inRange('m.created_at')} and ${served('m.conversation_id')}`);
  const bySource = await database.rows<{ source: string; n: number }>(sql`
    select k.source, count(*)::int as n from cases k where ${inRange('k.created_at')} and ${served('k.conversation_id')} group by k.source order by k.source`);
  const [thumbs] = await database.rows<{ up: number; down: number }>(sql`
    select count(*) filter (where f.rating > 0)::int as up, count(*) filter (where f.rating < 0)::int as down
    from feedback f join messages m on m.id = f.message_id where ${inRange('m.created_at')} and ${served('m.conversation_id')}`);
  const [reviewTotals] = await database.rows<Record<string, number | null>>(sql`
    select count(*)::int as reviews, count(distinct r.message_id)::int as "reviewedAnswers", count(distinct r.reviewer_id)::int as reviewers,
      ${sql.join(RUBRIC.map((d) => sql`round(avg(r.${sql.raw(d)}), 2)::float8 as ${sql.raw(`"${d}"`)}`), sql`, `)},
      round(avg((r.accuracy + r.citation + r.completeness + r.tone + r.safety) / 5.0), 2)::float8 as overall
    from reviews r join messages m on m.id = r.message_id where ${inRange('m.created_at')} and ${served('m.conversation_id')}`);
  // what supervisors found: an answer is judged grounded when its reviewers' mean 准确性 and 引用正确 are both 4 or more
  const [judged] = await database.rows<{ answers: number; grounded: number; passedButNot: number }>(sql`
    with per as (
      select r.message_id, avg(r.accuracy) as accuracy, avg(r.citation) as citation from reviews r join messages m on m.id = r.message_id
      where ${inRange('m.created_at')} and ${served('m.conversation_id')} group by r.message_id)
    select count(*)::int as answers, count(*) filter (where per.accuracy >= 4 and per.citation >= 4)::int as grounded,
      count(*) filter (where not (per.accuracy >= 4 and per.citation >= 4) and ${pass})::int as "passedButNot"
    from per join messages m on m.id = per.message_id`);
  const day = (column: string) => localDay(sql.raw(column));
  const daily = await database.rows<DailyRow>(sql`
    with days as (select d::date as day from generate_series(${from}::date, ${to}::date, interval '1 day') d),
      c as (select ${day('c.created_at')} as day, count(*)::int as n from conversations c where ${inRange('c.created_at')} and ${served('c.id')} group by 1),
      a as (select ${day('m.created_at')} as day, count(*)::int as n, count(*) filter (where ${pass})::int as grounded
            from messages m where m.role = 'assistant' and ${inRange('m.created_at')} and ${served('m.conversation_id')} group by 1),
      k as (select ${day('k.created_at')} as day, count(*)::int as n from cases k where ${inRange('k.created_at')} and ${served('k.conversation_id')} group by 1)
    select to_char(days.day, 'YYYY-MM-DD') as day, coalesce(c.n, 0) as conversations, coalesce(a.n, 0) as answers,
      coalesce(a.grounded, 0) as grounded, coalesce(k.n, 0) as handoffs
    from days left join c on c.day = days.day left join a on a.day = days.day left join k on k.day = days.day
    order by days.day`);

  const t = totals!;
  const a = answers!;
  const r = reviewTotals!;
  return {
    period: { from, to, days: toDayNumber(to) - toDayNumber(from) + 1, period },
    conversations: { total: t.conversations, questions: t.questions, answers: a.answers },
    handoffs: {
      total: t.handoffs,
      bySource: Object.fromEntries(bySource.map((s) => [s.source, s.n])),
      conversations: t.conversationsHandedOff,
      rate: share(t.conversationsHandedOff, t.conversations),
      open: t.openCases,
    },
    grounding: {
      ...a,
      rate: share(a.passed, a.checked),
      firstPassRate: share(a.passedFirstTime, a.checked),
      judged: { answers: judged!.answers, grounded: judged!.grounded, rate: share(judged!.grounded, judged!.answers), passedButNot: judged!.passedButNot },
    },
    ratings: { up: thumbs!.up, down: thumbs!.down, total: thumbs!.up + thumbs!.down, upShare: share(thumbs!.up, thumbs!.up + thumbs!.down) },
    reviews: {
      total: r.reviews ?? 0,
      answers: r.reviewedAnswers ?? 0,
      reviewers: r.reviewers ?? 0,
      averages: Object.fromEntries(RUBRIC.map((d) => [d, r[d] ?? null])) as Record<RubricDimension, number | null>,
      overall: r.overall ?? null,
    },
    daily,
    serviceStandard: await serviceCompliance(database, { asOf: to }),
    outcomes: await outcomesAgainstTargets(database, { year: yearOf(to) }),
  };
}

/**
 * 二（四）1 across the ledger: the share of ledger seekers the service standard owes nothing, and how
 * many are owed each service. What is owed depends on each person's facts through the rules
 * (server/rules/service-standard.ts), so the rows come from SQL and the check runs here — the same
 * check the ledger page shows, so the two never disagree.
 */
export async function serviceCompliance(database: Database, { asOf }: { asOf: string }) {
  const people = await database.rows<{ id: string; facts: Record<string, unknown> }>(sql`select ${seekers.id} as id, ${seekers.facts} as facts from ${seekers} where ${inLedger}`);
  const records = await database.rows<{ seekerId: string; kind: string; refId: string | null; deliveredOn: string; dueOn: string | null; completedOn: string | null }>(sql`
    select r.seeker_id as "seekerId", r.kind, r.ref_id as "refId", r.delivered_on::text as "deliveredOn", r.due_on::text as "dueOn", r.completed_on::text as "completedOn"
    from service_records r where r.seeker_id in (select ${seekers.id} from ${seekers} where ${inLedger})`);
  const bySeeker = new Map<string, typeof records>();
  for (const x of records) bySeeker.set(x.seekerId, [...(bySeeker.get(x.seekerId) ?? []), x]);
  let complete = 0;
  const owed = new Map<string, { code: string; name: string; seekers: number; overdue: number }>();
  for (const p of people) {
    const check = ledgerServiceCheck(personOf(p.facts ?? {}), bySeeker.get(p.id) ?? [], asOf);
    if (check.complete) complete++;
    for (const o of check.outstanding) {
      const entry = owed.get(o.code) ?? { code: o.code, name: o.name, seekers: 0, overdue: 0 };
      entry.seekers++;
      if (o.overdue) entry.overdue++;
      owed.set(o.code, entry);
    }
  }
  return { asOf, label: zh.review.metrics.compliance, seekers: people.length, complete, rate: share(complete, people.length), owed: [...owed.values()], clauseId: 'yb2022-38:2.4.1' };
}

/**
 * Passed, honestly: the check ran and said ok, nothing was replaced, no claim or figure or citation
 * failed, and every cited quote is whole sentences of its clause — an answer showing a cut clause
 * (“按规定给予20……”) is a failure, whatever its stored `ok` says.
 */
function passedSql(cutQuote: SQL) {
  return sql`(m.grounding->>'ok' = 'true' and coalesce(m.grounding->>'replaced', 'false') = 'false' and m.status <> 'answered_grounding_replaced'
    and jsonb_array_length(coalesce(m.grounding->'unsupportedClaims', '[]'::jsonb)) = 0
    and jsonb_array_length(coalesce(m.grounding->'ungroundedFigures', '[]'::jsonb)) = 0
    and jsonb_array_length(coalesce(m.grounding->'unknownCitations', '[]'::jsonb)) = 0
    and not ${cutQuote})`;
}

/** The (clause, quote) pairs quoted by the period's answers that are not whole sentences of their clause. */
async function cutQuoteKeys(database: Database, { from, to }: { from: string; to: string }) {
  const pairs = await database.rows<{ clauseId: string; quote: string }>(sql`
    select distinct q->>'clauseId' as "clauseId", q->>'quote' as quote
    from messages m, jsonb_array_elements(m.citations) q
    where m.role = 'assistant' and ${withinDays(sql`m.created_at`, { from, to })!}`);
  const texts = await clauseTexts(database, new Set(pairs.map((p) => p.clauseId)));
  return pairs.filter((p) => {
    const clause = texts.get(p.clauseId);
    return clause && !isWholeQuote(p.quote ?? '', clause.text);
  }).map((p) => quoteKey(p.clauseId, p.quote));
}

interface Totals {
  conversations: number;
  questions: number;
  handoffs: number;
  conversationsHandedOff: number;
  openCases: number;
}
interface AnswerTotals {
  answers: number;
  checked: number;
  passedFirstTime: number;
  passed: number;
  checkSaidOk: number;
  cutQuotes: number;
  unsupportedClaims: number;
  regenerated: number;
  replaced: number;
  flagged: number;
}
interface DailyRow {
  day: string;
  conversations: number;
  answers: number;
  grounded: number;
  handoffs: number;
}
