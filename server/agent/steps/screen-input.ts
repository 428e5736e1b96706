import { zh } from '../../i18n/zh-CN/index.ts';
import { screeningOf, type Step, type TurnContext } from '../context.ts';
import type { EscalationCause } from '../escalation.ts';

const canned = zh.agent.canned;

async function handOff(ctx: TurnContext, reason: string, cause: EscalationCause) {
  const opened = await ctx.deps.escalate({ conversationId: ctx.conversationId, seekerId: ctx.seekerId, reason, cause });
  ctx.handoff = { caseId: opened.caseId, reason };
  ctx.emit({ event: 'handoff', data: ctx.handoff });
}

/** Distress → a person at once with a hotline; injection and off-topic → a canned reply; 转人工 → a case. */
export const screenInputStep: Step = {
  name: 'screen_input',
  async run(ctx) {
    const s = screeningOf(ctx);
    switch (s.verdict) {
      case 'ok':
        return;
      case 'distress':
        await handOff(ctx, zh.agent.handoffReasons.distress, 'distress');
        ctx.answer = canned.distress;
        return 'guardrail_distress';
      case 'injection':
        ctx.answer = canned.injection;
        return 'guardrail_injection';
      case 'person_requested':
        await handOff(ctx, zh.agent.handoffReasons.requested, 'requested');
        // Outside the duty hours nobody will answer soon: say so, and what the page offers instead.
        ctx.answer = ctx.deps.onDuty?.() === false ? canned.personRequestedOffDuty : canned.personRequested;
        return 'handoff_requested';
      case 'out_of_scope':
        ctx.answer = s.kind === 'other_city' ? canned.outOfScopeCity(s.matched) : canned.outOfScopeTask;
        return 'out_of_scope';
    }
  },
};
