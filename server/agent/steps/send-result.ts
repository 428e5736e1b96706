import type { Step } from '../context.ts';

/** Tells the seeker how the turn ended: citations, then `done` with the final text (which replaces anything streamed before). */
export const sendResultStep: Step = {
  name: 'send_result',
  async run(ctx) {
    const status = ctx.status ?? 'answered';
    for (const c of ctx.citations) ctx.emit({ event: 'citation', data: c });
    if (ctx.answerMessageId) ctx.emit({ event: 'done', data: { messageId: ctx.answerMessageId, text: ctx.answer, citations: ctx.citations, status } });
    else ctx.emit({ event: 'done', data: { messageId: ctx.questionId!, text: '', citations: [], status } });
  },
};
