import { z } from 'zod';
import { turnOf } from './context.ts';
import { defineTool } from './define.ts';

/** The case the conversation is now queued in (the one already open, if there was one). */
export const RequestCounsellorOutput = z.strictObject({ caseId: z.string(), reason: z.string(), queued: z.literal(true) });
export type RequestCounsellorOutput = z.infer<typeof RequestCounsellorOutput>;

export const requestCounsellorTool = defineTool({
  name: 'request_counsellor',
  description: '转接人工职业指导：求职者要求人工、问题复杂超出政策范围、或需要一对一帮扶时使用。',
  input: z.object({ reason: z.string().min(1).max(200).describe('转人工的原因，简短中文') }),
  output: RequestCounsellorOutput,
  async run({ reason }, config) {
    const ctx = turnOf(config);
    const opened = await ctx.escalate({ conversationId: ctx.conversationId, seekerId: ctx.seekerId, reason, cause: 'agent' });
    return { caseId: opened.caseId, reason, queued: true as const };
  },
});
