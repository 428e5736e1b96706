import { getDialogueState, getSeekerFacts } from '../../chat/queries.ts';
import { initialState, parseState } from '../../dialogue/state.ts';
import { planTurn } from '../../dialogue/turn.ts';
import type { Step } from '../context.ts';

/**
 * The dialogue manager reads the message against the conversation's state: who is asking, about
 * what, which facts it states or answers, and what the turn should do (server/dialogue). The tool
 * loop carries it out; store_turn keeps the state for the next turn.
 */
export const understandStep: Step = {
  name: 'understand',
  async run(ctx) {
    // A copilot draft reads the stored state and facts itself (the bot's turn read them with the question).
    if (ctx.dialogueStored === undefined) ctx.dialogueStored = await getDialogueState(ctx.deps.database, { conversationId: ctx.conversationId });
    ctx.seekerFacts ??= await getSeekerFacts(ctx.deps.database, { seekerId: ctx.seekerId });
    const state = parseState(ctx.dialogueStored, initialState());
    ctx.dialogue = planTurn({ text: ctx.text, state, seekerFacts: ctx.seekerFacts ?? {}, asOf: ctx.asOf, copilot: ctx.copilot });
  },
};
