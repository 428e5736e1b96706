import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { OutreachEntry } from '../contract/outreach.ts';
import type { Database } from '../db/client.ts';
import { outreachItems, seekers, staffUsers } from '../db/schema/index.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { today } from '../rules/dates.ts';
import { evaluate } from '../rules/engine.ts';
import type { BenefitCode } from '../rules/engine.ts';
import { maskName, maskPhone } from './mask.ts';
import { personOf } from './profile.ts';
import { inLedger, recordsOf } from './queries.ts';
import { ledgerServiceCheck } from './service-check.ts';

const t = zh.cases.outreach;
const SERVICE_CLAUSE = 'yb2022-38:2.4.1';
/** Services themselves (owed through the service check), not policies to reach out about. */
const NOT_OUTREACH: readonly BenefitCode[] = ['unemployment_registration', 'standard_service_package'];
const BATCH = 200;
/** How the rules mark a condition met in a reason: "是高校毕业生（满足“高校毕业生”）". */
const MET = '（满足';

export interface Finding {
  kind: 'benefit' | 'service';
  code: string;
  reason: string;
  clauseId: string;
}

/**
 * What staff should reach out about for one person (主动服务, 免申即享; 二（四）2–3): each benefit the
 * rules say they appear eligible for and have not been helped to apply for, and each service of
 * 二（四）1 still owed. Pure: facts and delivered services in, findings out.
 */
export function findingsFor(facts: Record<string, unknown>, records: Parameters<typeof ledgerServiceCheck>[1], asOf: string): Finding[] {
  const person = personOf(facts);
  const helped = new Set(records.filter((r) => r.kind === 'policy_application_help').map((r) => r.refId));
  const findings: Finding[] = [];
  for (const b of evaluate({ person, asOf, audience: 'person' }).benefits) {
    if (b.status !== 'eligible' || NOT_OUTREACH.includes(b.code) || helped.has(b.code)) continue;
    // The conditions met, without the quoted clause words: "是高校毕业生、来自困难家庭、目前未就业".
    const met = b.reasons.filter((r) => r.includes(MET)).map((r) => r.slice(0, r.indexOf(MET)));
    const name = b.amount ? `${b.name}（${b.amount.text}）` : b.name;
    findings.push({ kind: 'benefit', code: b.code, reason: t.benefit(name, met.join('、') || (b.reasons[0] ?? '')), clauseId: b.citations[0] ?? SERVICE_CLAUSE });
  }
  for (const s of ledgerServiceCheck(person, records, asOf).outstanding) {
    if (s.code === 'policy_application_help') continue; // the benefits above say which
    const reason = s.code === 'unemployment_registration' && s.overdue && s.dueBy ? t.registrationOverdue(s.dueBy) : t.service(s.name, s.remaining);
    findings.push({ kind: 'service', code: s.code, reason, clauseId: s.clauseId });
  }
  return findings;
}

export interface ScanSummary {
  asOf: string;
  seekers: number;
  found: number;
  added: number;
  changed: number;
  cleared: number;
}

/**
 * The proactive scan: every ledger seeker's known facts against the rules engine and the service
 * standard, written as outreach items for their counsellor. Idempotent: one row per (seeker, kind,
 * code) — a second run on the same day adds and changes nothing; a finding that no longer holds is
 * marked cleared, and one that comes back reopens. What staff marked (contacted, dismissed) stays.
 */
export async function runOutreachScan(database: Database, { asOf = today() }: { asOf?: string } = {}): Promise<ScanSummary> {
  const summary: ScanSummary = { asOf, seekers: 0, found: 0, added: 0, changed: 0, cleared: 0 };
  for (let offset = 0; ; offset += BATCH) {
    const batch = await database.db
      .select({ id: seekers.id, facts: seekers.facts, counsellorId: seekers.counsellorId })
      .from(seekers)
      .where(inLedger)
      .orderBy(asc(seekers.id))
      .limit(BATCH)
      .offset(offset);
    if (!batch.length) break;
    const records = await recordsOf(database, { seekerIds: batch.map((s) => s.id) });
    for (const seeker of batch) {
      summary.seekers++;
      const findings = findingsFor(seeker.facts, records.filter((r) => r.seekerId === seeker.id), asOf);
      summary.found += findings.length;
      for (const f of findings) {
        const rows = await database.db
          .insert(outreachItems)
          .values({ seekerId: seeker.id, counsellorId: seeker.counsellorId, ...f, firstFoundOn: asOf, lastFoundOn: asOf })
          .onConflictDoUpdate({
            target: [outreachItems.seekerId, outreachItems.kind, outreachItems.code],
            set: {
              reason: f.reason,
              clauseId: f.clauseId,
              counsellorId: seeker.counsellorId,
              lastFoundOn: sql`greatest(${outreachItems.lastFoundOn}, excluded.last_found_on)`,
              clearedOn: null,
              status: sql`case when ${outreachItems.clearedOn} is not null then 'open' else ${outreachItems.status} end`,
              updatedAt: sql`now()`,
            },
            setWhere: sql`${outreachItems.reason} is distinct from excluded.reason
              or ${outreachItems.clauseId} is distinct from excluded.clause_id
              or ${outreachItems.counsellorId} is distinct from excluded.counsellor_id
              or ${outreachItems.lastFoundOn} < excluded.last_found_on
              or ${outreachItems.clearedOn} is not null`,
          })
          .returning({ inserted: sql<boolean>`(xmax = 0)` });
        if (rows[0]) rows[0].inserted ? summary.added++ : summary.changed++;
      }
      const keep = findings.map((f) => `${f.kind}:${f.code}`);
      const cleared = await database.db
        .update(outreachItems)
        .set({ clearedOn: asOf, updatedAt: sql`now()` })
        .where(
          and(
            eq(outreachItems.seekerId, seeker.id),
            isNull(outreachItems.clearedOn),
            keep.length ? sql`(${outreachItems.kind} || ':' || ${outreachItems.code}) not in (${sql.join(keep.map((k) => sql`${k}`), sql`, `)})` : undefined,
          ),
        )
        .returning({ id: outreachItems.id });
      summary.cleared += cleared.length;
    }
  }
  return summary;
}

export const OUTREACH_STATUSES = ['open', 'contacted', 'dismissed'] as const;

/**
 * The outreach list per counsellor: what the latest scans found and nobody has cleared, grouped by
 * the seeker's counsellor (null: nobody yet — for a supervisor to assign). Identity masked.
 */
export async function outreachByCounsellor(database: Database, { counsellorId, statuses = ['open'] }: { counsellorId?: string; statuses?: string[] }) {
  const rows = await database.db
    .select({
      id: outreachItems.id,
      seekerId: outreachItems.seekerId,
      counsellorId: outreachItems.counsellorId,
      counsellorName: staffUsers.displayName,
      kind: outreachItems.kind,
      code: outreachItems.code,
      reason: outreachItems.reason,
      clauseId: outreachItems.clauseId,
      status: outreachItems.status,
      firstFoundOn: outreachItems.firstFoundOn,
      lastFoundOn: outreachItems.lastFoundOn,
      note: outreachItems.note,
      actedAt: outreachItems.actedAt,
      seekerName: seekers.name,
      seekerPhone: seekers.phone,
    })
    .from(outreachItems)
    .innerJoin(seekers, eq(seekers.id, outreachItems.seekerId))
    .leftJoin(staffUsers, eq(staffUsers.id, outreachItems.counsellorId))
    .where(and(isNull(outreachItems.clearedOn), inArray(outreachItems.status, statuses), counsellorId ? eq(outreachItems.counsellorId, counsellorId) : undefined))
    .orderBy(asc(outreachItems.counsellorId), asc(outreachItems.seekerId), asc(outreachItems.kind), asc(outreachItems.code));
  const groups = new Map<string, { counsellor: { id: string; displayName: string } | null; seekers: Map<string, { seeker: { id: string; name: string | null; phone: string | null }; items: OutreachEntry[] }> }>();
  for (const { seekerName, seekerPhone, counsellorName, ...r } of rows) {
    const key = r.counsellorId ?? '';
    const group = groups.get(key) ?? { counsellor: r.counsellorId ? { id: r.counsellorId, displayName: counsellorName! } : null, seekers: new Map() };
    groups.set(key, group);
    const entry = group.seekers.get(r.seekerId) ?? { seeker: { id: r.seekerId, name: maskName(seekerName), phone: maskPhone(seekerPhone) }, items: [] };
    group.seekers.set(r.seekerId, entry);
    entry.items.push({ id: r.id, kind: r.kind, code: r.code, reason: r.reason, clauseId: r.clauseId, status: r.status, firstFoundOn: r.firstFoundOn, lastFoundOn: r.lastFoundOn, note: r.note, actedAt: r.actedAt });
  }
  return [...groups.values()].map((g) => ({ counsellor: g.counsellor, seekers: [...g.seekers.values()] }));
}

/** Staff mark an outreach item: contacted (with what was said), dismissed, or open again. */
export async function markOutreach(database: Database, { id, staffId, status, note }: { id: string; staffId: string; status: (typeof OUTREACH_STATUSES)[number]; note?: string }) {
  const [row] = await database.db
    .update(outreachItems)
    .set({ status, note: note ?? null, actedBy: staffId, actedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(outreachItems.id, id))
    .returning();
  return row;
}
