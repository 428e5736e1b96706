/**
 * Casework (server/routes/staff/{queue,cases,seekers,plans,follow-ups,outcomes}.ts): the queue and
 * its live stream, one case with its transcript, takeover and reply, notes, the real-name ledger,
 * assistance plans and follow-ups.
 */
import type { Citation, ToolCall } from './chat-types.ts';
import { api, stream } from './client.ts';
import { emitTyping } from './helpers.ts';
import { jsonData, type SseParser } from './sse.ts';
import type { Benefit } from './tool-outputs.ts';

export const PATHS = {
  queue: '/api/staff/queue',
  queueEvents: '/api/staff/queue/events',
  cases: '/api/staff/cases',
  ledger: '/api/staff/ledger',
  plans: '/api/staff/plans',
  followUps: '/api/staff/follow-ups',
  outcomes: '/api/staff/outcomes',
};

export interface StaffRef {
  id: string;
  displayName: string;
}

export interface QueueItem {
  id: string;
  conversationId: string;
  seekerId: string;
  status: string;
  reason: string;
  source: string;
  priority: number;
  createdAt: string;
  claimedAt: string | null;
  waitingSeconds: number;
  assignedTo: StaffRef | null;
  seeker: { id: string; name: string | null; phone: string | null };
  preview: string | null;
}

export interface CaseMessage {
  id: string;
  seq?: number;
  role: 'seeker' | 'assistant' | 'counsellor' | 'system';
  text: string;
  citations?: Citation[] | null;
  toolCalls?: ToolCall[] | null;
  status?: string;
  authorName?: string | null;
  agentDrafted?: boolean;
  draftEditRatio?: number | null;
  flagged?: boolean | null;
  grounding?: { ok?: boolean; unknownCitations?: string[]; ungroundedFigures?: string[]; replaced?: boolean } | null;
  createdAt: string;
}

export interface Note {
  id: string;
  text: string;
  authorName: string | null;
  createdAt: string;
}

export interface PlanStep {
  text: string;
  dueOn?: string;
  doneAt?: string;
  owner?: string;
}
export interface Plan {
  id: string;
  goals: string;
  steps: PlanStep[];
  status: string;
  createdAt: string;
}
export interface FollowUp {
  id: string;
  seekerId: string;
  dueOn: string;
  note?: string | null;
  doneAt?: string | null;
  outcome?: string | null;
}

export interface OwedItem {
  code: string;
  name: string;
  status: string;
  delivered?: number;
  remaining?: number;
  overdue?: boolean;
  dueBy?: string;
  clauseId?: string;
  reasons?: string[];
}

export interface Profile {
  employmentStatus: string;
  intent: string | null;
  skills: string[];
  trainingNeed: string | null;
  facts: Record<string, unknown>;
}

export interface CaseDetail {
  case: { id: string; conversationId: string; seekerId: string; status: string; reason: string; priority: number; createdAt: string; assignedTo: StaffRef | null; outcome?: string | null };
  transcript: CaseMessage[];
  history: { type: string; label: string; actor: string | null; to: string | null; note: string | null; at: string }[];
  notes: Note[];
  seeker: { id: string; name: string | null; phone: string | null; identified?: boolean };
  profile: Profile;
  eligibility: Benefit[];
  serviceStandard: { complete: boolean; items: OwedItem[]; outstanding: OwedItem[] };
  plans: Plan[];
  followUps: FollowUp[];
  /** Who the case can be transferred or assigned to: active counsellors and supervisors. */
  counsellors?: (StaffRef & { role: string })[];
  /** The conversation's dialogue state in words (server/cases/dialogue.ts). */
  dialogue?: Dialogue;
  /** A waiting case seen before claiming it: no notes, plans or follow-ups (server/auth/ownership.ts). */
  preview?: boolean;
}

/** How a person fact is edited: yes/no, a choice, a date, a number or text; null is read-only. */
export type FactInput = { kind: 'boolean' | 'date' | 'number' | 'text' } | { kind: 'choice'; options: { value: string | number; label: string }[] };

export interface DialogueFact {
  path: string;
  label: string;
  value: unknown;
  valueLabel: string;
  input: FactInput | null;
}

export interface Dialogue {
  role: 'seeker' | 'employer' | 'staff';
  roleLabel: string;
  roleSource: string;
  roleSourceLabel: string;
  topic: { code: string; name: string }[];
  service: { code: string; name: string } | null;
  asked: { path: string; label: string }[];
  facts: DialogueFact[];
  /** Person facts not known yet that can be added (issue 16, server/cases/dialogue.ts addableFacts). */
  addable?: { path: string; label: string; input: FactInput }[];
  corrections: { path: string; label: string; oldLabel: string; newLabel: string; actorName: string; createdAt: string }[];
}

/** A correction of the seeker's person facts (merged) and/or the conversation's role. */
export interface FactsCorrection {
  person?: Record<string, unknown>;
  role?: 'seeker' | 'employer';
}

export const listQueue = (q: { status?: string; mine?: boolean } = {}) =>
  api<{ cases: QueueItem[] }>(PATHS.queue, { query: { status: q.status, mine: q.mine ? 'true' : undefined } }).then((r) => r.cases);

/** The queue's live stream: `case_queued`, `case_claimed`, … with the case id. */
export async function* queueEvents(opts: { signal?: AbortSignal; parser?: SseParser; lastEventId?: string }) {
  for await (const m of stream(PATHS.queueEvents, opts)) {
    if (m.event === 'ping') continue;
    yield { type: m.event, payload: jsonData<Record<string, unknown>>(m) ?? {} };
  }
}

const casePath = (id: string, tail = '') => `${PATHS.cases}/${encodeURIComponent(id)}${tail}`;

export const getCase = (id: string) => api<CaseDetail>(casePath(id));
/** The conversation's live stream, as the counsellor sees it (seeker messages included). */
export async function* caseEvents(id: string, opts: { signal?: AbortSignal; parser?: SseParser; lastEventId?: string }) {
  let ready = false;
  for await (const m of stream(casePath(id, '/events'), opts)) {
    if (m.event === 'ping') continue;
    if (m.event === 'ready') ready = true;
    // typing goes to the typing line (api/helpers.ts), not to a reload of the case
    if (m.event === 'typing') {
      if (ready) emitTyping(id, jsonData<Record<string, unknown>>(m) ?? {});
      continue;
    }
    yield { type: m.event, payload: jsonData<Record<string, unknown>>(m) ?? {} };
  }
}
export const claimCase = (id: string) => api<{ case: unknown }>(casePath(id, '/claim'), { method: 'POST' });
export const releaseCase = (id: string, note?: string) => api(casePath(id, '/release'), { body: note ? { note } : {} });
export const handBack = (id: string, note?: string) => api(casePath(id, '/hand-back'), { body: note ? { note } : {} });
export const resolveCase = (id: string, outcome: string, note?: string) => api(casePath(id, '/resolve'), { body: { outcome, ...(note ? { note } : {}) } });
export const sendReply = (id: string, text: string, draftId?: string) =>
  api<{ messageId: string; text: string }>(casePath(id, '/messages'), { body: { text, ...(draftId ? { draftId } : {}) } });
export const draftReply = (id: string) => api<{ draftId?: string; id?: string; text: string; citations?: Citation[] }>(casePath(id, '/copilot'), { method: 'POST' });
/** The holder or a supervisor corrects the seeker's facts or the role; a 400 names the field (`person.hukou`). */
export const correctFacts = (id: string, correction: FactsCorrection) =>
  api<{ changed: string[]; dialogue: Dialogue }>(casePath(id, '/facts'), { method: 'PATCH', body: correction });
export const addNote = (id: string, text: string) => api<{ note: Note }>(casePath(id, '/notes'), { body: { text } });
/** The holder hands the case to another counsellor (`transfer`); a supervisor gives it to one (`assign`). */
export const reassignCase = (id: string, how: 'transfer' | 'assign', counsellorId: string, note?: string) =>
  api<{ case: { status: string; assignedTo: StaffRef } }>(casePath(id, `/${how}`), { body: { counsellorId, ...(note ? { note } : {}) } });

// ── ledger ──────────────────────────────────────────────────────────────────────────────────────
export interface LedgerItem {
  seekerId: string;
  name: string | null;
  phone: string | null;
  identified: boolean;
  counsellor: StaffRef | null;
  employmentStatus: string;
  intent: string | null;
  outcome: string | null;
  owed: { code: string; name: string; remaining?: number; overdue?: boolean }[];
  updatedAt: string;
}
export interface LedgerRecord {
  asOf: string;
  seeker: { id: string; name: string | null; phone: string | null; identified: boolean; counsellor: StaffRef | null; outcomeLabel: string | null };
  profile: Profile;
  services: { id: string; kind: string; label: string; deliveredOn: string; deliveredBy: { displayName: string | null } | null; detail?: Record<string, unknown> | null; dueOn?: string | null; completedOn?: string | null }[];
  serviceStandard: { complete: boolean; items: OwedItem[]; outstanding: OwedItem[] };
  eligibility: Benefit[];
  plans: Plan[];
  followUps: FollowUp[];
  cases: { id: string; status: string; reason: string; createdAt: string; assignedTo?: string | null }[];
}
/** A service recorded by hand (server/routes/staff/ledger.ts `Service`): what each kind carries. */
export type NewService =
  | { kind: 'career_guidance' | 'policy_briefing'; deliveredOn?: string; note?: string }
  | { kind: 'job_recommendation' | 'course_recommendation'; refId: string; title: string; employer?: string; deliveredOn?: string; note?: string }
  | { kind: 'unemployment_registration'; appliedOn: string; completedOn?: string; note?: string };
export type ServiceRecord = LedgerRecord['services'][number];
/** The full identity, unmasked; the server has written the view to the access log. */
export interface RevealedIdentity {
  seekerId: string;
  name: string | null;
  phone: string | null;
  idNumber: string | null;
  fields: string[];
}

export interface DueFollowUp {
  id: string;
  seekerId: string;
  dueOn: string;
  note: string | null;
  daysOverdue: number;
  counsellor: StaffRef | null;
  seeker: { id: string; name: string | null; phone: string | null };
}

export const listLedger = (q: { q?: string; owed?: boolean; mine?: boolean }) =>
  api<{ asOf: string; items: LedgerItem[] }>(PATHS.ledger, { query: { q: q.q, owed: q.owed ? 'true' : undefined, mine: q.mine ? 'true' : undefined } });
export const getLedgerRecord = (seekerId: string) => api<LedgerRecord>(`${PATHS.ledger}/${encodeURIComponent(seekerId)}`);
const servicesPath = (seekerId: string, recordId?: string) => `${PATHS.ledger}/${encodeURIComponent(seekerId)}/services${recordId ? `/${encodeURIComponent(recordId)}` : ''}`;
export const addService = (seekerId: string, service: NewService) => api<{ record: unknown }>(servicesPath(seekerId), { body: service });
/** Only a 失业登记 is completed later: the day it was done. */
export const completeService = (seekerId: string, recordId: string, completedOn: string) => api<{ record: unknown }>(servicesPath(seekerId, recordId), { method: 'PATCH', body: { completedOn } });
export const removeService = (seekerId: string, recordId: string) => api<{ ok: true }>(servicesPath(seekerId, recordId), { method: 'DELETE' });
export const revealIdentity = (seekerId: string, reason: string) => api<RevealedIdentity>(`${PATHS.ledger}/${encodeURIComponent(seekerId)}/identity`, { body: { reason } });
export const createPlan = (seekerId: string, body: { goals: string; steps: PlanStep[]; caseId?: string }) =>
  api<{ plan: Plan }>(`${PATHS.ledger}/${encodeURIComponent(seekerId)}/plans`, { body });
export const updatePlan = (planId: string, body: { goals?: string; steps?: PlanStep[]; status?: string }) =>
  api<{ plan: Plan }>(`${PATHS.plans}/${encodeURIComponent(planId)}`, { method: 'PATCH', body });
export const scheduleFollowUp = (seekerId: string, body: { dueOn: string; note?: string; planId?: string }) =>
  api<{ followUp: FollowUp }>(`${PATHS.ledger}/${encodeURIComponent(seekerId)}/follow-ups`, { body });
export const completeFollowUp = (id: string, body: { outcome: string; nextDueOn?: string }) => api(`${PATHS.followUps}/${encodeURIComponent(id)}/complete`, { body });
export const dueFollowUps = () => api<{ asOf: string; overdue: DueFollowUp[]; dueToday: DueFollowUp[]; upcoming: DueFollowUp[] }>(PATHS.followUps);

export interface OutcomeTargets {
  year: number;
  outcomes: { cases: Record<string, number>; seekers: Record<string, number>; labels: Record<string, string> };
  targets: { code: string; name: string; target: number; actual: number | null; clauseId?: string }[];
}
export const outcomesAgainstTargets = (year?: number) => api<OutcomeTargets>(PATHS.outcomes, { query: { year } });
