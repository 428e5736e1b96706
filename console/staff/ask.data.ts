/**
 * The Ask screen's data: the chat API answers the staff member's question (JSON, one session per
 * browser tab so follow-up questions keep their context), and the cited clauses are fetched in
 * full to sit beside it; hybrid search fills in when the answer cites nothing. The session is a
 * staff one (POST /api/staff/ask/sessions: the staff channel, role 工作人员), so the bot answers a
 * colleague instead of interviewing a seeker, and it is not counted as a seeker served.
 */
import { getClause, type ChatSession } from '../api/chat.ts';
import type { Citation, Clause, ToolCall } from '../api/chat-types.ts';
import type { Answer, Session } from '../../server/contract/chat.ts';
import { api } from '../api/client.ts';
import { searchPolicy } from '../api/staff.ts';
import { citedIds } from '../lib/citations.ts';

export interface AskResult {
  question: string;
  text: string;
  citations: Citation[];
  toolCalls: ToolCall[];
  /** The cited clauses in full, or the search's best hits (id, title and text). */
  clauses: Pick<Clause, 'clauseId' | 'title' | 'text'>[];
  searched: boolean;
}

// A new key: sessions stored under the old one were public seeker sessions.
const KEY = 'yb.ask.staff-session';
let session: ChatSession | undefined;

const createAskSession = () => api<Session>('/api/staff/ask/sessions', { method: 'POST' });

async function askSession(): Promise<ChatSession> {
  if (session) return session;
  const stored = sessionStorage.getItem(KEY);
  session = stored ? (JSON.parse(stored) as ChatSession) : await createAskSession();
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

export async function ask(question: string): Promise<AskResult> {
  const post = async () => {
    const s = await askSession();
    return api<Answer>(`/api/chat/sessions/${s.sessionId}/messages`, { body: { text: question }, token: s.token });
  };
  let answer;
  try {
    answer = await post();
  } catch (e) {
    // The stored session expired: start a new one once.
    if ((e as { status?: number }).status !== 401) throw e;
    session = undefined;
    sessionStorage.removeItem(KEY);
    answer = await post();
  }
  const ids = [...new Set([...citedIds(answer.text), ...answer.citations.map((c) => c.clauseId)])];
  let clauses: AskResult['clauses'] = (await Promise.all(ids.map((id) => getClause(id).catch(() => undefined)))).filter((c): c is Clause => !!c);
  let searched = false;
  if (!clauses.length) {
    const { hits } = await searchPolicy(question, 3);
    clauses = hits.map((h) => ({ clauseId: h.clauseId, title: h.title, text: h.text }));
    searched = true;
  }
  return { question, text: answer.text, citations: answer.citations, toolCalls: answer.toolCalls ?? [], clauses, searched };
}

/** Plain text to paste into a reply or a document: the answer, then each clause with its id. */
export function copyText(r: AskResult): string {
  return [r.text, '', ...r.clauses.map((c) => `【${c.clauseId}】${c.title}\n${c.text}`)].join('\n');
}
