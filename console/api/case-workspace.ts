/** The case workspace's reads (issue 16): the seeker's other conversations, and one of them to read. */
import type { SeekerConversations, SeekerConversationTranscript } from '../../server/contract/case-workspace.ts';
import { api } from './client.ts';

export type { SeekerConversation } from '../../server/contract/case-workspace.ts';

const base = (caseId: string) => `/api/staff/cases/${encodeURIComponent(caseId)}/conversations`;

export const listSeekerConversations = (caseId: string) => api<SeekerConversations>(base(caseId)).then((r) => r.conversations);

export const getSeekerConversation = (caseId: string, conversationId: string) => api<SeekerConversationTranscript>(`${base(caseId)}/${encodeURIComponent(conversationId)}`);
