/**
 * The conversation's dialogue state (server/dialogue/state.ts) as the case page reads it — who is
 * asking and how that was decided, what is being discussed, what is known, what was last asked —
 * and a counsellor's correction of the seeker's facts or of the role, recorded fact by fact in
 * fact_corrections (who, when, which fact, old → new) for the audit, never in the transcript.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDialogueState, mergeSeekerFacts } from '../chat/queries.ts';
import type { Database } from '../db/client.ts';
import { type Case, conversations, factCorrections, seekers } from '../db/schema/index.ts';
import { parseState, type DialogueState } from '../dialogue/state.ts';
import { AppError } from '../http/errors.ts';
import { issuePath } from '../http/validate.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { benefitName } from '../i18n/zh-CN/benefits.ts';
import { PersonSchema } from '../rules/facts.ts';
import type { Actor } from './claim.ts';
import { oversees } from './claim.ts';
import { getCase } from './queries.ts';
import { heldRefusal } from './reassign.ts';

const d = zh.dialogueState;

/** What the value of a fact is in words: 是/否, an enum's label, a date or number as written. */
export function factValueLabel(path: string, value: unknown): string {
  if (value === null || value === undefined) return d.panel.unknownValue;
  if (Array.isArray(value)) return value.map((v) => factValueLabel(path, v)).join('、');
  if (typeof value === 'boolean') return value ? zh.console.common.yes : zh.console.common.no;
  const key = path.split('.').filter((p) => !/^\d+$/.test(p)).at(-1) ?? path;
  if (key === 'originalRetirementAge' && typeof value === 'number') return d.values.retirementAge(value);
  const labels: Record<string, Record<string, string>> = {
    hukou: d.values.hukou,
    gender: d.values.gender,
    education: zh.jobs.education,
    employmentStatus: d.values.employmentStatus,
    certificate: d.values.certificate,
    form: zh.rules.businessForm,
    size: zh.rules.sizeLabel,
    industry: d.values.industry,
    desiredWorkTypes: zh.jobs.workTypes,
  };
  return labels[key]?.[String(value)] ?? String(value);
}

/** How a person fact is edited on the case page: its kind and, for a choice, the options in words. */
export type FactInput =
  | { kind: 'boolean' | 'date' | 'number' | 'text' }
  | { kind: 'choice'; options: { value: string | number; label: string }[] };

/** Introspects PersonSchema (and BusinessSchema under it) for the input a field takes; lists are read-only. */
export function factInput(path: string): FactInput | null {
  const parts = path.split('.');
  if (parts[0] !== 'person' || parts.length < 2) return null;
  let schema: z.ZodType | undefined = PersonSchema;
  for (const part of parts.slice(1)) {
    const object = unwrap(schema) as z.ZodObject | undefined;
    schema = object instanceof z.ZodObject ? (object.shape as Record<string, z.ZodType>)[part] : undefined;
  }
  const inner = unwrap(schema);
  if (inner instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (inner instanceof z.ZodNumber) return { kind: 'number' };
  if (inner instanceof z.ZodEnum) return { kind: 'choice', options: (inner.options as string[]).map((value) => ({ value, label: factValueLabel(path, value) })) };
  if (inner instanceof z.ZodUnion) {
    const values = (inner.options as z.ZodType[]).flatMap((o) => (o instanceof z.ZodLiteral ? [...o.values] : [])) as (string | number)[];
    return { kind: 'choice', options: values.map((value) => ({ value, label: factValueLabel(path, value) })) };
  }
  if (inner instanceof z.ZodString) return { kind: (schema?.description ?? '').includes('YYYY-MM-DD') ? 'date' : 'text' };
  return null;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

/** `{ business: { form: 'x' } }` → `[['person.business.form', 'x']]`; lists of objects by position, lists of values whole. */
function flatten(prefix: string, value: unknown): [string, unknown][] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) {
    if (value.some((v) => v !== null && typeof v === 'object')) return value.flatMap((v, i) => flatten(`${prefix}.${i}`, v));
    return value.length ? [[prefix, value]] : [];
  }
  if (typeof value === 'object') return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flatten(`${prefix}.${k}`, v));
  return [[prefix, value]];
}

const PERSON_FIELDS = new Set(Object.keys(PersonSchema.shape));

export interface CorrectionView {
  path: string;
  label: string;
  oldValue: unknown;
  newValue: unknown;
  oldLabel: string;
  newLabel: string;
  actorName: string;
  createdAt: Date;
}

/** The state in words, with the seeker's person facts and the employer's facts flattened and labelled. */
export function readableDialogue(state: DialogueState, personFacts: Record<string, unknown>, corrections: CorrectionView[] = []) {
  const known = Object.fromEntries(Object.entries(personFacts ?? {}).filter(([k]) => PERSON_FIELDS.has(k)));
  const facts = [...flatten('person', known), ...flatten('employer', state.employer ?? {})].map(([path, value]) => ({
    path,
    label: zh.rules.factLabel(path),
    value,
    valueLabel: factValueLabel(path, value),
    input: factInput(path),
  }));
  return {
    role: state.role,
    roleLabel: d.roles[state.role],
    roleSource: state.roleSource,
    roleSourceLabel: d.roleSources[state.roleSource],
    topic: state.topic.benefits.map((code) => ({ code, name: benefitName(code) })),
    service: state.topic.service ? { code: state.topic.service, name: d.services[state.topic.service] } : null,
    asked: state.asked.map((path) => ({ path, label: zh.rules.factLabel(path) })),
    facts,
    addable: addableFacts(known),
    corrections,
  };
}

/**
 * The person facts not known yet that a counsellor can add from the case page (a scalar field of
 * PersonSchema with an input; lists and the business are added by the conversation), in words.
 */
export function addableFacts(known: Record<string, unknown>) {
  return Object.keys(PersonSchema.shape)
    .filter((key) => known[key] === undefined || known[key] === null || known[key] === '')
    .map((key) => ({ path: `person.${key}`, label: zh.rules.factLabel(`person.${key}`), input: factInput(`person.${key}`) }))
    .filter((f): f is { path: string; label: string; input: FactInput } => f.input !== null);
}

export async function listCorrections(database: Database, { seekerId }: { seekerId: string }): Promise<CorrectionView[]> {
  const rows = await database.db.select().from(factCorrections).where(eq(factCorrections.seekerId, seekerId)).orderBy(asc(factCorrections.createdAt), asc(factCorrections.id));
  return rows.map((r) => ({
    path: r.path,
    label: r.path === 'role' ? d.panel.role : zh.rules.factLabel(r.path),
    oldValue: r.oldValue ?? null,
    newValue: r.newValue ?? null,
    oldLabel: r.path === 'role' ? roleLabel(r.oldValue) : factValueLabel(r.path, r.oldValue),
    newLabel: r.path === 'role' ? roleLabel(r.newValue) : factValueLabel(r.path, r.newValue),
    actorName: r.actorName,
    createdAt: r.createdAt,
  }));
}

const roleLabel = (v: unknown) => (typeof v === 'string' && v in d.roles ? d.roles[v as keyof typeof d.roles] : d.panel.unknownValue);

/** The case page's `dialogue`: the conversation's state (a fresh one before its first turn) in words. */
export async function caseDialogue(database: Database, row: Pick<Case, 'conversationId' | 'seekerId'>) {
  const [stored, seeker, corrections] = await Promise.all([
    getDialogueState(database, { conversationId: row.conversationId }),
    database.db.select({ facts: seekers.facts }).from(seekers).where(eq(seekers.id, row.seekerId)),
    listCorrections(database, { seekerId: row.seekerId }),
  ]);
  return readableDialogue(parseState(stored), seeker[0]?.facts ?? {}, corrections);
}

export const CORRECTABLE_ROLES = ['seeker', 'employer'] as const;

export const CorrectionBody = z.object({
  person: PersonSchema.optional(),
  role: z.enum(CORRECTABLE_ROLES, { error: d.validation.role }).optional(),
});
export type Correction = z.infer<typeof CorrectionBody>;

/** Validates a correction; the first failure is a 400 whose field is the fact's path and whose message names the fact in words. */
export function parseCorrection(body: unknown): Correction {
  const parsed = CorrectionBody.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issuePath(issue);
    const label = field === 'role' ? d.panel.role : zh.rules.factLabel(field);
    throw new AppError(400, 'bad_request', d.invalidFact(label, issue.message), field);
  }
  const person = parsed.data.person;
  if ((!person || !Object.keys(person).length) && !parsed.data.role) throw new AppError(400, 'bad_request', d.errors.nothingToCorrect, 'person');
  return parsed.data;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * A correction by the counsellor holding the case, or a supervisor: the person facts are merged
 * into the seeker's profile (the business's fields into the business), a role becomes the
 * conversation's role with roleSource `counsellor`, and every fact that changed is recorded with
 * its value before and after — in one transaction, so no change goes unrecorded.
 */
export async function correctCaseFacts(database: Database, { caseId, actor, correction }: { caseId: string; actor: Actor; correction: Correction }) {
  const row = await getCase(database, { caseId });
  if (!oversees(actor) && !(row.status === 'claimed' && row.assignedTo === actor.id)) throw await heldRefusal(database, caseId, actor);
  const changed = await database.db.transaction(async (tx) => {
    const records: { path: string; oldValue: unknown; newValue: unknown }[] = [];
    if (correction.person && Object.keys(correction.person).length) {
      const [seeker] = await tx.select({ facts: seekers.facts }).from(seekers).where(eq(seekers.id, row.seekerId)).for('update');
      const before = (seeker?.facts ?? {}) as Record<string, unknown>;
      const patch: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(correction.person)) {
        const old = before[key];
        const next = key === 'business' && old && typeof old === 'object' ? { ...(old as object), ...(value as object) } : value;
        const oldLeaves = new Map(flatten(`person.${key}`, old));
        const newLeaves = flatten(`person.${key}`, next);
        const diffs = newLeaves.filter(([path, v]) => !same(oldLeaves.get(path), v));
        if (!diffs.length) continue;
        patch[key] = next;
        for (const [path, v] of diffs) records.push({ path, oldValue: oldLeaves.get(path) ?? null, newValue: v });
      }
      if (Object.keys(patch).length) await mergeSeekerFacts({ db: tx }, { seekerId: row.seekerId, facts: patch });
    }
    if (correction.role) {
      const [conversation] = await tx.select({ state: conversations.dialogueState }).from(conversations).where(eq(conversations.id, row.conversationId)).for('update');
      const state = parseState(conversation?.state ?? null);
      if (state.role !== correction.role || state.roleSource !== 'counsellor') {
        await tx
          .update(conversations)
          .set({ dialogueState: { ...state, role: correction.role, roleSource: 'counsellor' } })
          .where(eq(conversations.id, row.conversationId));
        if (state.role !== correction.role) records.push({ path: 'role', oldValue: state.role, newValue: correction.role });
      }
    }
    if (records.length) {
      await tx.insert(factCorrections).values(
        records.map((r) => ({
          seekerId: row.seekerId,
          caseId: row.id,
          conversationId: row.conversationId,
          actorId: actor.id,
          actorName: actor.displayName,
          path: r.path,
          oldValue: sql`${JSON.stringify(r.oldValue ?? null)}::jsonb`,
          newValue: sql`${JSON.stringify(r.newValue ?? null)}::jsonb`,
        })),
      );
    }
    return records.map((r) => r.path);
  });
  return { changed, dialogue: await caseDialogue(database, row) };
}


