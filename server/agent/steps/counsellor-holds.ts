import { conversationChannel } from '../../live/bus.ts';
import type { Step } from '../context.ts';

/** While a counsellor holds the conversation the bot is paused: the message goes to them. */
export const counsellorHoldsStep: Step = {
  name: 'counsellor_holds',
  async run(ctx) {
    if (ctx.conversationStatus !== 'counsellor') return;
    await ctx.deps.bus.publish(conversationChannel(ctx.conversationId), 'message', {
      messageId: ctx.questionId,
      role: 'seeker',
      text: ctx.text,
    });
    return 'delivered_to_counsellor';
  },
};
