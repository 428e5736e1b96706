/**
 * One turn of the dialogue manager, before any model runs: the message understood (nlu/), read
 * against the stored state (track.ts), the policy's actions decided (policy.ts) and turned into
 * the tool calls that carry them out. The offline model makes exactly these calls; a real model is
 * given the state's summary and may make its own.
 */
import { addDays } from '../rules/dates.ts';
import { BENEFIT_CODES, type BenefitCode } from '../rules/engine.ts';
import type { Person } from '../rules/facts.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { benefitNames } from '../i18n/zh-CN/benefits.ts';
import { understand, type Understanding } from './nlu/understand.ts';
import { businessDetails } from './nlu/facts.ts';
import { eventPeriod } from './nlu/subjects.ts';
import { decide, type Action } from './policy.ts';
import { HIRING, track, type Tracked } from './track.ts';
import type { ComposeTurn } from './answer/types.ts';
import type { DialogueState } from './state.ts';

export interface PlannedCall {
  name: string;
  args: Record<string, unknown>;
}

export interface DialogueTurn {
  nlu: Understanding;
  tracked: Tracked;
  actions: Action[];
  why: string;
  calls: PlannedCall[];
  compose: ComposeTurn;
  /** The question made to stand alone from the conversation, for retrieval. */
  query: string;
  /** Filled by the composer: what the answer asked for, and the benefit it led with. */
  asked: string[];
  lead?: string;
}

const RECRUITMENT_QUERY = '岗位信息免费发布 渝北就业人才网 直播带岗 现场招聘月月有';
const DISPUTE_QUERY = '劳动关系处理 就业权益保护 典型侵权案例 劳动人事争议仲裁院 劳动保障监察';

export function planTurn(input: { text: string; state: DialogueState; seekerFacts: Record<string, unknown>; asOf: string; copilot?: boolean }): DialogueTurn {
  const nlu = understand(input.text, input.asOf);
  const tracked = track(input.state, nlu, input.text, input.asOf);
  const { state } = tracked;
  const input0 = { role: state.role, aspect: nlu.aspect ?? (tracked.intent === 'ask_process' ? state.lastAspect : undefined), focus: tracked.focus, service: state.topic.service, employer: tracked.employer };
  const decided = decide({ ...input0, intent: tracked.intent });
  const why = decided.why;
  // Searches asked for beside the main request add their own actions.
  const actions = [...decided.actions];
  for (const intent of tracked.also) for (const a of decide({ ...input0, intent }).actions) if (!actions.some((x) => x.kind === a.kind)) actions.push(a);
  // Details of a business already described (请了4个人、交了社保) complete it, for the startup grant.
  const stored = input.seekerFacts as { hasBusiness?: boolean; business?: Record<string, unknown> };
  const startupTalk = tracked.focus.some((c) => c === 'startup_one_off_grant' || c === 'startup_guaranteed_loan') || stored.hasBusiness;
  if (state.role === 'seeker' && startupTalk) {
    const details = businessDetails(input.text, input.asOf);
    if (Object.keys(details).length || tracked.person.business) {
      tracked.person = { ...tracked.person, hasBusiness: true, business: { ...stored.business, ...tracked.person.business, ...details } };
    }
  }
  const person = { ...input.seekerFacts, ...tracked.person } as Record<string, unknown>;
  const calls: PlannedCall[] = [];
  const add = (name: string, args: Record<string, unknown>) => calls.push({ name, args });
  const focusOrSide = tracked.focus;
  // “学完了能找啥子工作”: a search without its own subject continues the last one's.
  const searching = [tracked.intent, ...tracked.also].some((i) => i === 'find_jobs' || i === 'find_training');
  const subject = tracked.subject ?? (searching ? input.state.search?.subject : undefined);
  const place = nlu.place;

  // Only a seeker's own facts are recorded, and not on small talk (“要得，谢谢”).
  if (Object.keys(tracked.person).length && state.role === 'seeker' && !actions.every((a) => a.kind === 'reply')) add('record_profile_facts', { facts: tracked.person as Person });
  for (const a of actions) {
    switch (a.kind) {
      case 'eligibility':
        add('check_eligibility', {
          ...(focusOrSide.length ? { benefitCodes: focusOrSide } : state.role === 'employer' ? { benefitCodes: HIRING } : {}),
          ...(state.role === 'employer' ? { employer: tracked.employer ?? {} } : {}),
          ...(tracked.overview ? { group: tracked.overview } : {}),
        });
        break;
      case 'guide':
        if (focusOrSide.length) add('get_application_guide', { benefitCodes: focusOrSide.slice(0, 3) });
        break;
      case 'policy':
        add('search_policy', { query: a.query === 'dispute' ? DISPUTE_QUERY : standalone(input.text, state).slice(0, 500), k: 3 });
        break;
      case 'jobs':
        add('match_vacancies', { k: 5, ...(subject ? { intent: subject, subject } : {}), ...(place ? { place: place.streets[0] } : {}) });
        break;
      case 'training':
        add('recommend_training', { k: 5, ...(subject ? { interest: subject, subject } : {}) });
        break;
      case 'events': {
        const p = eventPeriod(input.text, input.asOf) ?? (/那时候|那个时候|那段时间|到时候/u.test(input.text) ? state.search?.period : undefined);
        add('list_events', p ? { from: p.from, to: p.to } : {});
        break;
      }
      case 'recruitment':
        add('search_policy', { query: RECRUITMENT_QUERY, k: 2 });
        add('list_events', { from: input.asOf, to: addDays(input.asOf, 60) });
        break;
      case 'counsellor':
        add('request_counsellor', { reason: zh.agent.handoffReasons.dispute });
        break;
      case 'reply':
        break;
    }
  }
  const compose: ComposeTurn = {
    audience: input.copilot ? 'copilot' : state.role,
    role: state.role,
    intent: tracked.intent,
    ...(nlu.aspect ? { aspect: nlu.aspect } : tracked.intent === 'ask_process' && state.lastAspect ? { aspect: state.lastAspect } : {}),
    focus: tracked.focus,
    ...(tracked.askedAbout ? { askedAbout: tracked.askedAbout } : {}),
    ...(tracked.overview ? { overview: true } : {}),
    askedBefore: input.state.asked,
    person,
    ...(tracked.employer ? { employer: tracked.employer } : {}),
    ...(subject ? { subject } : {}),
    ...(place ? { place: place.label } : {}),
    actions,
    context: standalone(input.text, state),
    ...(state.topic.service && HOME_CLAUSES[state.topic.service] ? { homeClause: HOME_CLAUSES[state.topic.service] } : {}),
  };
  return { nlu, tracked, actions, why, calls, compose, query: standalone(input.text, state), asked: [] };
}

/** A follow-up (“那怎么申请？”) searched with the names of what it is about. */
export function standalone(text: string, state: DialogueState): string {
  const names = state.topic.benefits.map((c) => benefitNames[c]);
  if (names.length) return names.some((n) => text.includes(n)) ? text : `${text} ${names.join(' ')}`;
  const service = state.topic.service ? SERVICE_WORDS[state.topic.service] : undefined;
  return service && text.length < 30 ? `${text} ${service}` : text;
}

/** The clause a service's follow-ups are answered from when the search finds it. */
const HOME_CLAUSES: Partial<Record<string, string>> = {
  recruitment: 'yb2022-38:2.1.4',
  layoff: 'yb2022-38:2.4.3',
  rights: 'yb2022-38:2.5.4',
  training: 'yb2022-38:2.3.3',
};

/** What a follow-up about a service (“要钱不”, “多久搞一次”) is searched with. */
const SERVICE_WORDS: Partial<Record<string, string>> = {
  recruitment: RECRUITMENT_QUERY,
  training: '职业技能培训 培训补贴',
  jobs: '推荐就业岗位 岗位信息',
  startup: '创业 创业担保贷款 创业补助',
  events: '就业服务活动',
  layoff: '规模性裁员 劳动关系处理 社会保险接续 再就业服务',
  rights: '就业权益保护 就业歧视 典型侵权案例',
};

/** The state to store once the answer is known: what it asked and what it rested on. */
export function finalState(turn: DialogueTurn, answer: { citations: string[]; tools: string[] }): DialogueState {
  const state = turn.tracked.state;
  // The benefit the answer led with: what “那在哪里办” will be about.
  const lead = turn.lead && (BENEFIT_CODES as readonly string[]).includes(turn.lead) ? (turn.lead as BenefitCode) : undefined;
  return { ...state, asked: turn.asked, evidence: { citations: answer.citations, tools: answer.tools, ...(lead ? { lead } : {}) } };
}

/**
 * What a real model is told about the conversation (the tracker's summary), in Chinese. `known`
 * says the known facts in words (the tools' field descriptions, agent/tools/fields.ts); without it
 * they are said by their labels with the engine's values.
 */
export function stateSummary(turn: DialogueTurn, known?: (person: Partial<Person>) => string[]): string {
  const s = turn.tracked.state;
  const roles = { seeker: '求职者本人', employer: '用人单位', staff: '中心工作人员（同事）' } as const;
  const lines = [`咨询身份：${roles[s.role]}`];
  if (s.topic.benefits.length) lines.push(`正在咨询：${s.topic.benefits.map((c) => benefitNames[c]).join('、')}`);
  const facts = known
    ? known(turn.compose.person as Partial<Person>)
    : Object.entries(turn.compose.person).map(([k, v]) => `${zh.rules.factLabel(`person.${k}`, true)}=${JSON.stringify(v)}`);
  if (facts.length) lines.push(`已知情况：${facts.join('；')}`);
  if (s.employer?.hires?.length) lines.push(`单位已说明招用${s.employer.hires.length}名人员`);
  if (turn.tracked.state.asked.length || turn.compose.askedBefore.length) lines.push(`上次已问过：${turn.compose.askedBefore.map((p) => zh.rules.factLabel(p, true)).join('、')}（对方这次的话可能是回答）`);
  lines.push('回答要求：第一句直接回答所问，带数字和【条款编号】；再说对方适用的情况；最多问两个问题，不重复问已知情况；除岗位、课程列表外不超过600字；引用条款原句要完整。');
  return lines.join('\n');
}
