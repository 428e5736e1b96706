/**
 * The answer-first composer: the offline model's words, the copilot's draft and the staff Ask
 * page's answer, and the shape a real model is told to follow. The first sentence answers the
 * question with its figure and clause; then what applies to this asker; then at most two
 * questions; quotes are whole sentences; only what the question and the role call for.
 */
import type { ToolName, ToolOutputs } from '../../agent/tools/outputs.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { renderEligibility } from './eligibility.ts';
import { renderCourses, renderEvents, renderGuide, renderPolicy, renderVacancies, bestSentences } from './renderers.ts';
import { eligibilityOutput, isEligibilityTool, type EligibilityToolOutput } from './tool-outputs.ts';
import type { Composed, ComposeTurn, ToolOutcome } from './types.ts';

export type { Composed, ComposeTurn, ToolOutcome } from './types.ts';

const d = zh.dialogue;

export function compose(turn: ComposeTurn, outcomes: ToolOutcome[], question: string): Composed {
  const reply = turn.actions.find((a) => a.kind === 'reply');
  if (reply && reply.kind === 'reply') return { text: d.smalltalk[reply.say], asked: [] };
  // A refusal or a failed call (`{error}`) says nothing to compose from.
  const ok = outcomes.filter((o) => Boolean(o.output) && !(o.output as { error?: unknown }).error);
  // A recorded output is what its tool returned: the one place it is taken as its tool's type
  // (each tool's schema is checked against what it returns, test/agent/tools/outputs.test.ts).
  const by = <K extends ToolName>(name: K) => ok.filter((o) => o.name === name).map((o) => o.output as ToolOutputs[K]);
  const parts: string[] = [];
  let asked: string[] = [];
  let lead: string | undefined;

  const handoff = by('request_counsellor')[0];
  if (handoff) parts.push(zh.dialogue.handoff.dispute);

  if (turn.actions.some((a) => a.kind === 'recruitment')) {
    const hits = by('search_policy')[0]?.hits ?? [];
    const channel = hits.find((h) => h.clauseId === 'yb2022-38:2.1.4') ?? hits[0];
    if (channel) parts.push(`${d.search.recruitIntro}${bestSentences(channel.text, question, 2, { context: turn.context, aspect: turn.aspect }).join('')}【${channel.clauseId}】`);
    const events = by('list_events')[0];
    if (events) parts.push(renderEvents(events, question));
    return finish(turn, parts, asked);
  }

  // “怎么申请/在哪办/带什么/多久”: the guide answers first, the rule's figure follows in one line.
  const guides = by('get_application_guide');
  const process = guides.length > 0;
  const eligibility: string[] = [];
  const questions: string[] = [];
  for (const o of ok.filter((x) => isEligibilityTool(x.name))) {
    const r = renderEligibility(eligibilityOutput(o.output as EligibilityToolOutput), turn, { brief: process, question });
    if (r.text) eligibility.push(r.text);
    if (r.ask) questions.push(r.ask);
    asked = r.asked;
    lead ??= r.lead;
  }
  for (const out of guides) {
    const text = renderGuide(out, turn, lead);
    if (text) parts.push(text);
  }
  parts.push(...eligibility);
  for (const out of by('match_vacancies')) parts.push(renderVacancies(out, turn));
  for (const out of by('recommend_training')) parts.push(renderCourses(out, turn));
  for (const out of by('list_events')) parts.push(renderEvents(out, question));
  if (!parts.length || (handoff && parts.length === 1)) {
    for (const out of by('search_policy')) parts.push(renderPolicy(out, question, turn, turn.context));
  }
  if (!parts.length && !questions.length) parts.push(d.smalltalk.unknown);
  return { ...finish(turn, [...parts, ...questions], asked), ...(lead ? { lead } : {}) };
}

/** The parts joined; a colleague is never asked about themselves. */
function finish(turn: ComposeTurn, parts: string[], asked: string[]): Composed {
  return { text: parts.filter(Boolean).join('\n'), asked: turn.audience === 'staff' ? [] : asked };
}
