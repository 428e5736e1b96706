/** A seeker's call-back on a case (server/routes/staff/callbacks.ts): owed, revealed, called back. */
import type { CallbackAnswer, CallbackHandled } from '../../server/contract/case-workspace.ts';
import { api } from './client.ts';

/** `phone` is masked unless `revealed`. */
export type { CaseCallback } from '../../server/contract/case-workspace.ts';

const path = (caseId: string, tail = '') => `/api/staff/cases/${encodeURIComponent(caseId)}/callback${tail}`;
/** The latest call-back, masked (nothing is logged). */
export const caseCallback = (caseId: string) => api<CallbackAnswer>(path(caseId)).then((r) => r.callback);
/** The number in full: written to the access log. */
export const revealCallback = (caseId: string) => api<CallbackAnswer>(path(caseId), { query: { reveal: '1' } }).then((r) => r.callback);
export const markCalledBack = (caseId: string) => api<CallbackHandled>(path(caseId, '/handled'), { method: 'POST' });
