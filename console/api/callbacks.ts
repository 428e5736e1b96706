/** A seeker's call-back on a case (server/routes/staff/callbacks.ts): owed, revealed, called back. */
import { api } from './client.ts';

export interface CaseCallback {
  id: string;
  /** Masked unless `revealed`. */
  phone: string;
  revealed: boolean;
  message: string;
  requestedAt: string;
  handledAt: string | null;
}

const path = (caseId: string, tail = '') => `/api/staff/cases/${encodeURIComponent(caseId)}/callback${tail}`;
/** The latest call-back, masked (nothing is logged). */
export const caseCallback = (caseId: string) => api<{ callback: CaseCallback | null }>(path(caseId)).then((r) => r.callback);
/** The number in full: written to the access log. */
export const revealCallback = (caseId: string) => api<{ callback: CaseCallback | null }>(path(caseId), { query: { reveal: '1' } }).then((r) => r.callback);
export const markCalledBack = (caseId: string) => api<{ callback: { id: string; handledAt: string } }>(path(caseId, '/handled'), { method: 'POST' });
