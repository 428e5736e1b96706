/** The case workspace's reads (issue 16): the seeker's other conversations, and one of them to read. */
import type { CaseMessage } from './cases.ts';
import { api } from './client.ts';

export interface SeekerConversation {
  id: string;
  status: string;
  createdAt: string;
  lastActivityAt: string;
  messageCount: number;
  caseStatus: string | null;
  outcome: string | null;
  resolvedAt: string | null;
  cleared: boolean;
}

const base = (caseId: string) => `/api/staff/cases/${encodeURIComponent(caseId)}/conversations`;

export const listSeekerConversations = (caseId: string) => api<{ conversations: SeekerConversation[] }>(base(caseId)).then((r) => r.conversations);

export const getSeekerConversation = (caseId: string, conversationId: string) =>
  api<{ conversationId: string; transcript: CaseMessage[] }>(`${base(caseId)}/${encodeURIComponent(conversationId)}`);
