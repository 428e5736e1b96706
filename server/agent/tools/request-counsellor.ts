import { z } from 'zod';
import { openCase } from '../../cases/open-case.ts';
import { result, turnOf } from './context.ts';
import { defineTool } from './define.ts';

export const requestCounsellorTool = defineTool({
  name: 'request_counsellor',
  description: '转接人工职业指导：求职者要求人工、问题复杂超出政策范围、或需要一对一帮扶时使用。',
  input: z.object({ reason: z.string().min(1).max(200).describe('转人工的原因，简短中文') }),
  async run({ reason }, config) {
    const ctx = turnOf(config);
    const opened = await openCase(ctx.database, ctx.bus, {
      conversationId: ctx.conversationId,
      seekerId: ctx.seekerId,
      reason,
      source: 'agent',
    });
    return result({ caseId: opened.caseId, reason, queued: true });
  },
});
