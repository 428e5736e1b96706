import { type Step, type TurnContext, turnLogIds } from './context.ts';
import type { TurnStatus } from './statuses.ts';
import { counsellorHoldsStep } from './steps/counsellor-holds.ts';
import { groundAnswerStep } from './steps/ground-answer.ts';
import { persistQuestionStep } from './steps/persist-question.ts';
import { redactPiiStep } from './steps/redact-pii.ts';
import { retrieveClausesStep } from './steps/retrieve-clauses.ts';
import { screenInputStep } from './steps/screen-input.ts';
import { startRetrievalStep } from './steps/start-retrieval.ts';
import { toolLoopStep } from './steps/tool-loop.ts';
import { understandStep } from './steps/understand.ts';
import { sendResultStep } from './steps/send-result.ts';
import { storeTurnStep } from './steps/store-turn.ts';
import { zh } from '../i18n/zh-CN/index.ts';

/**
 * A chat turn, in order. `accept` runs before the response starts (so a second concurrent message
 * can still get a 409); `answer` runs until a step ends the turn with a status; `finish` always
 * runs, storing whatever answer the turn reached.
 */
export const PIPELINE = {
  accept: [redactPiiStep, startRetrievalStep, persistQuestionStep],
  answer: [screenInputStep, counsellorHoldsStep, understandStep, retrieveClausesStep, toolLoopStep, groundAnswerStep],
  finish: [storeTurnStep, sendResultStep],
} satisfies Record<string, Step[]>;

/**
 * The counsellor copilot: the same understanding, retrieval, tool loop and grounding check over the seeker's last
 * message, but nothing is stored as a message or sent to the seeker — the draft goes to the
 * counsellor holding the case, who edits and sends it (server/cases/copilot.ts).
 */
export const COPILOT_PIPELINE = [understandStep, retrieveClausesStep, toolLoopStep, groundAnswerStep] satisfies Step[];

async function timed(ctx: TurnContext, step: Step): Promise<TurnStatus | void> {
  const t = performance.now();
  const record = (status?: string) => {
    const ms = performance.now() - t;
    ctx.steps.push({ name: step.name, ms: Math.round(ms * 10) / 10, ...(status ? { status } : {}) });
    ctx.deps.metrics?.turnStep.observe({ step: step.name }, ms / 1000);
  };
  try {
    const status = await step.run(ctx);
    record(status || undefined);
    return status;
  } catch (e) {
    record('error');
    throw e;
  }
}

/** Drafts a reply for the counsellor; throws on failure (the counsellor can simply ask again). */
export async function draftTurn(ctx: TurnContext): Promise<TurnStatus> {
  for (const step of COPILOT_PIPELINE) await timed(ctx, step);
  return ctx.status ?? 'answered';
}

/** Runs the steps that must succeed before the seeker is answered at all; throws AppErrors (409). */
export async function acceptTurn(ctx: TurnContext) {
  for (const step of PIPELINE.accept) await timed(ctx, step);
}

/**
 * Runs the rest of the turn. Never throws: a failure ends the turn as `error_model` or
 * `error_internal` with a clear message, the seeker's message marked failed, nothing half-written.
 */
export async function answerTurn(ctx: TurnContext): Promise<TurnStatus> {
  try {
    for (const step of PIPELINE.answer) {
      const status = await timed(ctx, step);
      if (status) {
        ctx.status = status;
        break;
      }
    }
  } catch (e) {
    const isModel = (e as Error).name === 'ModelError' || /model|openai|timeout|fetch|ECONN/i.test(String((e as Error).message));
    ctx.status = isModel ? 'error_model' : 'error_internal';
    ctx.deps.log.error({ ...turnLogIds(ctx), step: ctx.steps.at(-1)?.name, err: (e as Error).message?.slice(0, 300) }, 'turn failed');
    ctx.answer = zh.agent.canned.error;
    ctx.citations = [];
    ctx.emit({ event: 'error', data: { code: ctx.status, message: zh.agent.canned.error } });
  }
  try {
    for (const step of PIPELINE.finish) await timed(ctx, step);
  } catch (e) {
    ctx.deps.log.error({ ...turnLogIds(ctx), err: (e as Error).message?.slice(0, 300) }, 'turn finish failed');
    ctx.emit({ event: 'error', data: { code: 'error_internal', message: zh.agent.canned.error } });
    ctx.status = 'error_internal';
  }
  const status = ctx.status ?? 'answered';
  // One line per turn: ids, outcome and timings — never what the seeker or the model said.
  ctx.deps.log.info(
    {
      ...turnLogIds(ctx),
      status,
      model: ctx.model || undefined,
      tools: ctx.toolCalls.map((c) => c.name),
      handoff: Boolean(ctx.handoff),
      firstDeltaMs: ctx.firstDeltaMs,
      ms: Date.now() - ctx.startedAt,
    },
    'turn',
  );
  ctx.deps.metrics?.turns.inc({ status });
  if (ctx.handoff) ctx.deps.metrics?.handoffs.inc();
  return status;
}
