/**
 * The dialogue policy as a table (Rasa's rules.yml): for an intent and who is asking, the actions
 * a turn takes. Each action is a tool call the offline model makes (and a real model is told to
 * make); `reply` actions answer with words alone. Read it top to bottom: the first row whose
 * intent and role match decides.
 */
import type { BenefitCode } from '../rules/outcome.ts';
import type { Employer } from '../rules/facts.ts';
import type { Aspect, Intent, Role } from './state.ts';

export type Action =
  | { kind: 'reply'; say: 'greet' | 'thanks' | 'goodbye' | 'bot_identity' | 'deny' | 'affirm' | 'unknown' }
  | { kind: 'eligibility' }
  | { kind: 'guide' }
  | { kind: 'policy'; query?: string }
  | { kind: 'jobs' }
  | { kind: 'training' }
  | { kind: 'events' }
  | { kind: 'recruitment' }
  | { kind: 'counsellor'; reason: 'dispute' };

interface Row {
  intent: Intent | Intent[];
  role?: Role | Role[];
  /** Extra condition on the turn. */
  when?: (t: PolicyInput) => boolean;
  actions: Action[] | ((t: PolicyInput) => Action[]);
  why: string;
}

export interface PolicyInput {
  intent: Intent;
  role: Role;
  aspect?: Aspect;
  focus: BenefitCode[];
  service?: string;
  employer?: Employer;
}

const reply = (say: Extract<Action, { kind: 'reply' }>['say']): Action[] => [{ kind: 'reply', say }];
const PROCESS: Aspect[] = ['how_to_apply', 'where', 'materials', 'duration'];
const asksProcess = (t: PolicyInput) => t.aspect !== undefined && PROCESS.includes(t.aspect);
const hasTopic = (t: PolicyInput) => t.focus.length > 0;

/** Intent × role × state → actions. */
export const POLICY: Row[] = [
  { intent: 'greet', actions: reply('greet'), why: '寒暄只回一两句，不引条款' },
  { intent: 'thanks', actions: reply('thanks'), why: '寒暄' },
  { intent: 'goodbye', actions: reply('goodbye'), why: '寒暄' },
  { intent: 'bot_identity', actions: reply('bot_identity'), why: '说明身份和能做什么' },
  { intent: 'deny', actions: reply('deny'), why: '不需要就不再追问' },
  { intent: 'dispute', actions: [{ kind: 'counsellor', reason: 'dispute' }, { kind: 'policy', query: 'dispute' }], why: '劳动纠纷政策答不了，转人工并说明维权渠道' },
  // An employer looking for people gets the channels, never job ads.
  { intent: ['find_jobs', 'recruit', 'find_events'], role: 'employer', actions: [{ kind: 'recruitment' }], why: '用人单位问招人或招聘活动：岗位免费发布渠道和招聘活动（二（一）4、附件2）' },
  { intent: 'recruit', actions: [{ kind: 'recruitment' }], why: '问招聘渠道' },
  { intent: 'find_jobs', actions: [{ kind: 'jobs' }], why: '求职者找工作：匹配在招岗位' },
  { intent: 'find_training', actions: [{ kind: 'training' }], why: '找培训：推荐课程' },
  { intent: 'find_events', actions: [{ kind: 'events' }], why: '问活动：按问到的时间列活动' },
  // How to apply, where, what to bring, how long: the guide for the topic (and the rule it rests on).
  { intent: ['ask_process', 'ask_policy', 'check_eligibility', 'inform', 'affirm'], when: (t) => hasTopic(t) && asksProcess(t), actions: [{ kind: 'eligibility' }, { kind: 'guide' }], why: '问怎么办：先一句规定，再讲去哪办、带什么、多久' },
  { intent: 'ask_process', when: (t) => !hasTopic(t), actions: [{ kind: 'policy' }], why: '没有话题时按原话检索' },
  { intent: 'ask_process', actions: [{ kind: 'eligibility' }, { kind: 'guide' }], why: '追问办理' },
  // A question about a benefit: the general rule first, what applies if facts allow.
  { intent: ['ask_policy', 'check_eligibility', 'inform', 'affirm', 'unknown'], when: hasTopic, actions: [{ kind: 'eligibility' }], why: '有话题：规则引擎给出结论和金额' },
  { intent: 'check_eligibility', actions: [{ kind: 'eligibility' }], why: '我能领什么：按已知情况核对本人一侧的项目' },
  { intent: 'inform', role: 'employer', when: (t) => Boolean(t.employer?.hires?.length), actions: [{ kind: 'eligibility' }], why: '用人单位补充情况：继续核对吸纳就业补贴' },
  { intent: 'inform', actions: [{ kind: 'eligibility' }], why: '补充情况：按新情况核对' },
  { intent: 'affirm', actions: reply('affirm'), why: '确认' },
  { intent: ['ask_policy', 'unknown'], when: (t) => t.intent === 'ask_policy', actions: [{ kind: 'policy' }], why: '没有具体补贴的政策问题：检索条款' },
  { intent: 'unknown', actions: [{ kind: 'policy' }], why: '没听懂：检索条款，找不到就请对方换个说法' },
];

function matches<T>(value: T, want: T | T[] | undefined): boolean {
  return want === undefined || (Array.isArray(want) ? want.includes(value) : want === value);
}

/** The first row that fits decides the turn's actions. */
export function decide(t: PolicyInput): { actions: Action[]; why: string } {
  const row = POLICY.find((r) => matches(t.intent, r.intent) && matches(t.role, r.role) && (!r.when || r.when(t)));
  if (!row) return { actions: reply('unknown'), why: 'no row' };
  return { actions: typeof row.actions === 'function' ? row.actions(t) : row.actions, why: row.why };
}
