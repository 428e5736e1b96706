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
import { releaseQuestion, STALE_TURN_SECONDS } from '../chat/queries.ts';
import { isConnectionError, retryOnConnectionLoss } from '../db/errors.ts';
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

/**
 * Runs the steps that must succeed before the seeker is answered at all; throws AppErrors (409),
 * or the database's error. A question stored (or perhaps stored: the connection was lost) before
 * the failure is released first, so the conversation is not left holding a turn nobody runs.
 */
export async function acceptTurn(ctx: TurnContext) {
  try {
    for (const step of PIPELINE.accept) await timed(ctx, step);
  } catch (e) {
    if (ctx.questionId) {
      ctx.deps.log.error({ ...turnLogIds(ctx), step: ctx.steps.at(-1)?.name, err: e }, 'turn not accepted');
      await releaseTurn(ctx);
    }
    throw e;
  }
}

/** How long a turn's end waits for its release before answering; the release goes on in the background. */
export const RELEASE_WAIT_MS = 1_500;

/**
 * Marks the turn's question failed unless its outcome was stored (ADR 0011). While the database is
 * away it keeps trying, with pauses of at most 5 s, until the stale-turn limit would release the
 * conversation anyway; the caller waits for at most RELEASE_WAIT_MS of that.
 */
function releaseTurn(ctx: TurnContext): Promise<void> {
  const questionId = ctx.questionId;
  if (!questionId || ctx.stored) return Promise.resolve();
  const release = retryOnConnectionLoss(() => releaseQuestion(ctx.deps.database, { questionId }), {
    attempts: Math.ceil(STALE_TURN_SECONDS / 5) + 4,
    maxDelayMs: 5_000,
  }).then(
    () => {},
    (e) => ctx.deps.log.error({ ...turnLogIds(ctx), err: e }, 'turn release failed'),
  );
  return Promise.race([release, new Promise<void>((r) => setTimeout(r, RELEASE_WAIT_MS).unref())]);
}

const failureStatus = (e: unknown): TurnStatus => {
  if (isConnectionError(e)) return 'error_database';
  const isModel = (e as Error)?.name === 'ModelError' || /model|openai|timeout|fetch|ECONN/i.test(String((e as Error)?.message));
  return isModel ? 'error_model' : 'error_internal';
};
const failureText = (status: TurnStatus) => (status === 'error_database' ? zh.agent.canned.errorDatabase : zh.agent.canned.error);

/**
 * Runs the rest of the turn. Never throws: a failure ends the turn as `error_model`,
 * `error_internal` or `error_database` with a clear message, the seeker's message marked failed,
 * nothing half-written. However the turn ends, its question leaves `pending`, which is what
 * releases the conversation for the next message.
 */
export async function answerTurn(ctx: TurnContext): Promise<TurnStatus> {
  let errorSent = false;
  const sendError = (status: TurnStatus) => {
    if (errorSent) return;
    errorSent = true;
    ctx.emit({ event: 'error', data: { code: status, message: failureText(status) } });
  };
  try {
    for (const step of PIPELINE.answer) {
      const status = await timed(ctx, step);
      if (status) {
        ctx.status = status;
        break;
      }
    }
  } catch (e) {
    ctx.status = failureStatus(e);
    ctx.deps.log.error({ ...turnLogIds(ctx), step: ctx.steps.at(-1)?.name, err: e }, 'turn failed');
    ctx.answer = failureText(ctx.status);
    ctx.citations = [];
    sendError(ctx.status);
  }
  try {
    for (const step of PIPELINE.finish) await timed(ctx, step);
  } catch (e) {
    ctx.deps.log.error({ ...turnLogIds(ctx), err: e }, 'turn finish failed');
    if (!ctx.stored) {
      ctx.status = isConnectionError(e) ? 'error_database' : 'error_internal';
      // Released before the seeker hears of it, so sending again is not refused with 409.
      await releaseTurn(ctx);
    }
    sendError(ctx.status ?? 'error_internal');
  }
  const status = ctx.status ?? 'answered';
  try {
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
  } catch {
    // A turn's bookkeeping never decides how it ends.
  }
  return status;
}
