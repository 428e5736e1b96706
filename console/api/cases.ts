/**
 * Casework (server/routes/staff/{queue,cases,ledger,plans,follow-ups,outcomes}.ts): the queue and
 * its live stream, one case with its transcript, takeover and reply, notes, the real-name ledger,
 * assistance plans and follow-ups. The answers' types are the server's contract (server/contract/).
 */
import type { CaseMessage as ServerCaseMessage, CaseAnswer, CaseDetail, CaseRowAnswer, CopilotDraft, FactsCorrected, NoteAnswer, QueueList, SentMessage } from '../../server/contract/cases.ts';
import type { HistoryMessage } from '../../server/contract/case-workspace.ts';
import type { LedgerList, LedgerRecord, OutcomeTargets, RevealedIdentity, ServiceRecordAnswer } from '../../server/contract/ledger.ts';
import type { DueFollowUps, FollowUpAnswer, FollowUpCompleted, PlanAnswer, PlanStep } from '../../server/contract/plans.ts';
import { api, stream } from './client.ts';
import { emitTyping } from './helpers.ts';
import { jsonData, type SseParser } from './sse.ts';

export type { StaffRef } from '../../server/contract/casework.ts';
export type { CaseDetail, Dialogue, DialogueFact, FactInput, Note, QueueItem } from '../../server/contract/cases.ts';
export type { DueFollowUp, FollowUp, Plan, PlanStep } from '../../server/contract/plans.ts';
export type { LedgerItem, LedgerRecord, LedgerService as ServiceRecord, OutcomeTargets, OwedService as OwedItem, Profile, RevealedIdentity } from '../../server/contract/ledger.ts';
/** A message as a transcript shows it: another conversation's has these fields, the case's own every column. */
export type CaseMessage = HistoryMessage & Partial<Omit<ServerCaseMessage, keyof HistoryMessage>>;

export const PATHS = {
  queue: '/api/staff/queue',
  queueEvents: '/api/staff/queue/events',
  cases: '/api/staff/cases',
  ledger: '/api/staff/ledger',
  plans: '/api/staff/plans',
  followUps: '/api/staff/follow-ups',
  outcomes: '/api/staff/outcomes',
};

/** A correction of the seeker's person facts (merged) and/or the conversation's role. */
export interface FactsCorrection {
  person?: Record<string, unknown>;
  role?: 'seeker' | 'employer';
}

export const listQueue = (q: { status?: string; mine?: boolean } = {}) =>
  api<QueueList>(PATHS.queue, { query: { status: q.status, mine: q.mine ? 'true' : undefined } }).then((r) => r.cases);

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
export const claimCase = (id: string) => api<CaseAnswer>(casePath(id, '/claim'), { method: 'POST' });
export const releaseCase = (id: string, note?: string) => api<CaseAnswer>(casePath(id, '/release'), { body: note ? { note } : {} });
export const handBack = (id: string, note?: string) => api<CaseRowAnswer>(casePath(id, '/hand-back'), { body: note ? { note } : {} });
export const resolveCase = (id: string, outcome: string, note?: string) => api<CaseRowAnswer>(casePath(id, '/resolve'), { body: { outcome, ...(note ? { note } : {}) } });
export const sendReply = (id: string, text: string, draftId?: string) =>
  api<SentMessage>(casePath(id, '/messages'), { body: { text, ...(draftId ? { draftId } : {}) } });
export const draftReply = (id: string) => api<CopilotDraft>(casePath(id, '/copilot'), { method: 'POST' });
/** The holder or a supervisor corrects the seeker's facts or the role; a 400 names the field (`person.hukou`). */
export const correctFacts = (id: string, correction: FactsCorrection) =>
  api<FactsCorrected>(casePath(id, '/facts'), { method: 'PATCH', body: correction });
export const addNote = (id: string, text: string) => api<NoteAnswer>(casePath(id, '/notes'), { body: { text } });
/** The holder hands the case to another counsellor (`transfer`); a supervisor gives it to one (`assign`). */
export const reassignCase = (id: string, how: 'transfer' | 'assign', counsellorId: string, note?: string) =>
  api<CaseAnswer>(casePath(id, `/${how}`), { body: { counsellorId, ...(note ? { note } : {}) } });

// ── ledger ──────────────────────────────────────────────────────────────────────────────────────
/** A service recorded by hand (server/routes/staff/ledger.ts `Service`): what each kind carries. */
export type NewService =
  | { kind: 'career_guidance' | 'policy_briefing'; deliveredOn?: string; note?: string }
  | { kind: 'job_recommendation' | 'course_recommendation'; refId: string; title: string; employer?: string; deliveredOn?: string; note?: string }
  | { kind: 'unemployment_registration'; appliedOn: string; completedOn?: string; note?: string };

export const listLedger = (q: { q?: string; owed?: boolean; mine?: boolean }) =>
  api<LedgerList>(PATHS.ledger, { query: { q: q.q, owed: q.owed ? 'true' : undefined, mine: q.mine ? 'true' : undefined } });
export const getLedgerRecord = (seekerId: string) => api<LedgerRecord>(`${PATHS.ledger}/${encodeURIComponent(seekerId)}`);
const servicesPath = (seekerId: string, recordId?: string) => `${PATHS.ledger}/${encodeURIComponent(seekerId)}/services${recordId ? `/${encodeURIComponent(recordId)}` : ''}`;
export const addService = (seekerId: string, service: NewService) => api<ServiceRecordAnswer>(servicesPath(seekerId), { body: service });
/** Only a 失业登记 is completed later: the day it was done. */
export const completeService = (seekerId: string, recordId: string, completedOn: string) => api<ServiceRecordAnswer>(servicesPath(seekerId, recordId), { method: 'PATCH', body: { completedOn } });
export const removeService = (seekerId: string, recordId: string) => api<{ ok: true }>(servicesPath(seekerId, recordId), { method: 'DELETE' });
export const revealIdentity = (seekerId: string, reason: string) => api<RevealedIdentity>(`${PATHS.ledger}/${encodeURIComponent(seekerId)}/identity`, { body: { reason } });
export const createPlan = (seekerId: string, body: { goals: string; steps: PlanStep[]; caseId?: string }) =>
  api<PlanAnswer>(`${PATHS.ledger}/${encodeURIComponent(seekerId)}/plans`, { body });
export const updatePlan = (planId: string, body: { goals?: string; steps?: PlanStep[]; status?: string }) =>
  api<PlanAnswer>(`${PATHS.plans}/${encodeURIComponent(planId)}`, { method: 'PATCH', body });
export const scheduleFollowUp = (seekerId: string, body: { dueOn: string; note?: string; planId?: string }) =>
  api<FollowUpAnswer>(`${PATHS.ledger}/${encodeURIComponent(seekerId)}/follow-ups`, { body });
export const completeFollowUp = (id: string, body: { outcome: string; nextDueOn?: string }) => api<FollowUpCompleted>(`${PATHS.followUps}/${encodeURIComponent(id)}/complete`, { body });
export const dueFollowUps = () => api<DueFollowUps>(PATHS.followUps);

export const outcomesAgainstTargets = (year?: number) => api<OutcomeTargets>(PATHS.outcomes, { query: { year } });
