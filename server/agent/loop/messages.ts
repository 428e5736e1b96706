import { AIMessage, type BaseMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { recentMessages } from '../../chat/queries.ts';
import { stateSummary } from '../../dialogue/turn.ts';
import { knownInWords } from '../tools/fields.ts';
import { loadPrompt } from '../prompts.ts';
import type { TurnContext } from '../context.ts';
import { HISTORY } from '../steps/persist-question.ts';

/**
 * What the model is sent before this turn's tool rounds: the system prompt with the date, the
 * dialogue state, the standalone question and the retrieved clauses; then the conversation so
 * far. Only the bot's own answers go in the assistant role: a counsellor's messages are not the
 * model's, so they are quoted in the system message as what the counsellor told the seeker.
 */
export async function turnMessages(ctx: TurnContext): Promise<BaseMessage[]> {
  const rows = ctx.history ?? (await recentMessages(ctx.deps.database, { conversationId: ctx.conversationId, limit: HISTORY + 1 }));
  const earlier = rows.filter((m) => m.id !== ctx.questionId && ['seeker', 'assistant', 'counsellor'].includes(m.role)).slice(-HISTORY);
  const counsellor = earlier.filter((m) => m.role === 'counsellor').map((m) => `- ${m.text}`);
  const turns = earlier
    .filter((m) => m.role !== 'counsellor')
    .map((m) => (m.role === 'seeker' ? new HumanMessage(m.text) : new AIMessage(m.text)));
  return [systemMessage(ctx, counsellor), ...turns, new HumanMessage(ctx.text)];
}

function systemMessage(ctx: TurnContext, counsellor: string[]): SystemMessage {
  const parts = [loadPrompt('system').text, `今天是${ctx.asOf}。`];
  if (ctx.dialogue) parts.push(`对话状态：\n${stateSummary(ctx.dialogue, knownInWords)}`);
  // A follow-up (“那怎么申请？”) said in full, from the dialogue state, as retrieval searched it.
  const query = ctx.dialogue?.query;
  if (query && query !== ctx.text) parts.push(`对方这句话结合上文的完整意思：${query}`);
  if (counsellor.length) parts.push(`人工顾问在本对话中对求职者说过（不是你说的，可作参考）：\n${counsellor.join('\n')}`);
  const clauses = ctx.retrieved.map((c) => `【${c.clauseId}】${c.title}：${c.text}`).join('\n');
  parts.push(`检索到的条款：\n${clauses || '（无）'}`);
  return new SystemMessage(parts.join('\n\n'));
}
