/**
 * Casework: the handoff queue, one case with its transcript, history, notes, the seeker's ledger
 * view and the dialogue state in words; what each action on a case answers.
 */
import { z } from 'zod';
import { ROLE_SOURCES, ROLES, SERVICES } from '../dialogue/state.ts';
import { BENEFIT_CODES } from '../rules/engine.ts';
import { JsonObject, MaskedSeeker, StaffRef, ToolCall } from './casework.ts';
import { Timestamp, Uuid } from './common.ts';
import { LedgerBenefit, LedgerSeeker, Profile, ServiceStandard } from './ledger.ts';
import { FollowUp, Plan } from './plans.ts';
import { Citation } from './policy.ts';

const caseColumns = {
  id: Uuid,
  conversationId: Uuid,
  seekerId: Uuid,
  reason: z.string(),
  /** agent | guardrail | seeker | staff */
  source: z.string(),
  /** Lower is more urgent: 0 distress, 1 explicit request, 2 other. */
  priority: z.number().int(),
  /** queued | claimed | returned_to_bot | resolved */
  status: z.string(),
  claimedAt: Timestamp.nullable(),
  resolvedAt: Timestamp.nullable(),
  outcome: z.string().nullable(),
  previousCaseId: Uuid.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

/** A case as stored: `assignedTo` is the holder's id. */
export const CaseRow = z.object({ ...caseColumns, assignedTo: Uuid.nullable() }).meta({ id: 'CaseRow' });
/** A case with its holder named. */
export const Case = z.object({ ...caseColumns, assignedTo: StaffRef.nullable() }).meta({ id: 'Case' });

/** A case in the queue: how long it waited, who holds it, the seeker masked, their last words. */
export const QueueItem = Case.omit({ updatedAt: true })
  .extend({
    waitingSeconds: z.number().int(),
    seeker: MaskedSeeker,
    /** The seeker's last message, up to 80 characters. */
    preview: z.string().nullable(),
  })
  .meta({ id: 'QueueItem' });

export const QueueList = z.object({
  cases: z.array(QueueItem),
  /** The statuses and sources in words. */
  labels: z.object({ statuses: z.record(z.string(), z.string()), sources: z.record(z.string(), z.string()) }),
});

/** A message of the case's conversation, as the counsellor reads it. */
export const CaseMessage = z
  .object({
    id: Uuid,
    seq: z.number().int(),
    /** seeker | assistant | counsellor | system */
    role: z.string(),
    text: z.string(),
    citations: z.array(Citation),
    toolCalls: z.array(ToolCall),
    grounding: JsonObject.nullable(),
    status: z.string(),
    authorId: Uuid.nullable(),
    authorName: z.string().nullable(),
    agentDrafted: z.boolean(),
    draftEditRatio: z.number().nullable(),
    flagged: z.boolean(),
    createdAt: Timestamp,
  })
  .meta({ id: 'CaseMessage' });

/** A step of the case's history: opened, claimed, released, transferred, … by whom, to whom. */
export const CaseHistoryEntry = z.object({ type: z.string(), label: z.string(), actor: z.string().nullable(), to: z.string().nullable(), note: z.string().nullable(), at: Timestamp });

export const Note = z.object({ id: Uuid, text: z.string(), authorId: Uuid.nullable(), authorName: z.string().nullable(), createdAt: Timestamp }).meta({ id: 'CaseNote' });
/** A note as stored, just written. */
export const NoteRow = z.object({ id: Uuid, caseId: Uuid, authorId: Uuid.nullable(), text: z.string(), createdAt: Timestamp });

/** Another case of the same conversation. */
export const OtherCase = z.object({ id: Uuid, status: z.string(), reason: z.string(), outcome: z.string().nullable(), createdAt: Timestamp, resolvedAt: Timestamp.nullable() });

/** Who a case can go to: an active counsellor or supervisor. */
export const Caseworker = z.object({ id: Uuid, displayName: z.string(), role: z.string() });

/** How a person fact is edited: yes/no, a choice, a date, a number or text. */
export const FactInput = z
  .union([
    z.object({ kind: z.enum(['boolean', 'date', 'number', 'text']) }),
    z.object({ kind: z.literal('choice'), options: z.array(z.object({ value: z.union([z.string(), z.number()]), label: z.string() })) }),
  ])
  .meta({ id: 'FactInput' });

export const DialogueFact = z.object({ path: z.string(), label: z.string(), value: z.unknown(), valueLabel: z.string(), input: FactInput.nullable() }).meta({ id: 'DialogueFact' });

export const FactCorrection = z.object({
  path: z.string(),
  label: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  oldLabel: z.string(),
  newLabel: z.string(),
  actorName: z.string(),
  createdAt: Timestamp,
});

/** The conversation's dialogue state in words (server/cases/dialogue.ts). */
export const Dialogue = z
  .object({
    role: z.enum(ROLES),
    roleLabel: z.string(),
    roleSource: z.enum(ROLE_SOURCES),
    roleSourceLabel: z.string(),
    topic: z.array(z.object({ code: z.enum(BENEFIT_CODES), name: z.string() })),
    service: z.object({ code: z.enum(SERVICES), name: z.string() }).nullable(),
    asked: z.array(z.object({ path: z.string(), label: z.string() })),
    facts: z.array(DialogueFact),
    /** Person facts not known yet that a counsellor can add. */
    addable: z.array(z.object({ path: z.string(), label: z.string(), input: FactInput })),
    corrections: z.array(FactCorrection),
  })
  .meta({ id: 'Dialogue' });

/**
 * Everything the case page shows. A waiting case seen before claiming it (`preview`) carries the
 * transcript, not the casework: no notes, other cases, plans or follow-ups.
 */
export const CaseDetail = z
  .object({
    case: Case,
    transcript: z.array(CaseMessage),
    history: z.array(CaseHistoryEntry),
    notes: z.array(Note),
    otherCases: z.array(OtherCase),
    seeker: LedgerSeeker,
    profile: Profile,
    eligibility: z.array(LedgerBenefit),
    serviceStandard: ServiceStandard,
    plans: z.array(Plan),
    followUps: z.array(FollowUp),
    counsellors: z.array(Caseworker),
    dialogue: Dialogue,
    preview: z.boolean(),
  })
  .meta({ id: 'CaseDetail' });

/** The conversation's case: opened now (201) or the one already open (200). */
export const OpenedCase = z.object({ caseId: Uuid, created: z.boolean() });
export const CaseAnswer = z.object({ case: Case });
export const CaseRowAnswer = z.object({ case: CaseRow });

/** A counsellor's message, sent: agent-drafted when it came from a copilot draft, with the share edited. */
export const SentMessage = z.object({ messageId: Uuid, seq: z.number().int(), text: z.string(), citations: z.array(Citation), agentDrafted: z.boolean(), draftEditRatio: z.number().nullable() });

/** The copilot's draft of a reply to the seeker's last message, for the holder only. */
export const CopilotDraft = z
  .object({
    draftId: Uuid,
    replyTo: z.object({ messageId: Uuid, text: z.string() }),
    text: z.string(),
    citations: z.array(Citation),
    toolCalls: z.array(ToolCall),
    grounding: JsonObject.nullable(),
    status: z.string(),
  })
  .meta({ id: 'CopilotDraft' });

/** The fact paths that changed, and the dialogue state after. */
export const FactsCorrected = z.object({ changed: z.array(z.string()), dialogue: Dialogue });
export const NoteList = z.object({ notes: z.array(Note) });
export const NoteAnswer = z.object({ note: NoteRow });

export type CaseRow = z.infer<typeof CaseRow>;
export type Case = z.infer<typeof Case>;
export type QueueItem = z.infer<typeof QueueItem>;
export type QueueList = z.infer<typeof QueueList>;
export type CaseMessage = z.infer<typeof CaseMessage>;
export type Note = z.infer<typeof Note>;
export type FactInput = z.infer<typeof FactInput>;
export type DialogueFact = z.infer<typeof DialogueFact>;
export type Dialogue = z.infer<typeof Dialogue>;
export type CaseDetail = z.infer<typeof CaseDetail>;
export type SentMessage = z.infer<typeof SentMessage>;
export type CopilotDraft = z.infer<typeof CopilotDraft>;
export type FactsCorrected = z.infer<typeof FactsCorrected>;
export type OpenedCase = z.infer<typeof OpenedCase>;
export type CaseAnswer = z.infer<typeof CaseAnswer>;
export type CaseRowAnswer = z.infer<typeof CaseRowAnswer>;
export type NoteAnswer = z.infer<typeof NoteAnswer>;
export type CaseHistoryEntry = z.infer<typeof CaseHistoryEntry>;
export type NoteRow = z.infer<typeof NoteRow>;
export type OtherCase = z.infer<typeof OtherCase>;
export type Caseworker = z.infer<typeof Caseworker>;
export type FactCorrection = z.infer<typeof FactCorrection>;
export type NoteList = z.infer<typeof NoteList>;
