/**
 * The tracker: reads one message's understanding against the conversation's state and returns the
 * state for this turn, with the facts to record. Who is asking is kept once inferred (an employer
 * stays an employer); the topic carries over until a new one is named, so “那怎么申请？” is about
 * what was being discussed; a reply to the bot's own questions fills the facts it asked for, and an
 * employer's later details (入职日期, 户籍) apply to the hires already described.
 */
import { EMPLOYER_BENEFITS, PERSON_BENEFITS, type BenefitCode } from '../rules/engine.ts';
import { type Employer, type Hire, type Person, PersonSchema } from '../rules/facts.ts';
import { extractPersonFacts, GROUP_FACTS, hireDate, hireGroups } from './nlu/facts.ts';
import { insuranceMonths } from './nlu/insurance.ts';
import type { Understanding } from './nlu/understand.ts';
import type { DialogueState, Intent, Role } from './state.ts';
import { calendarMonthsInclusive } from '../rules/dates.ts';

export interface Tracked {
  state: DialogueState;
  /** The intent this turn acts on (a reply to the bot's questions continues the topic). */
  intent: Intent;
  /** Searches asked for beside it (“电工培训要钱不” is the subsidy and the courses). */
  also: Intent[];
  /** The subject a continued search is about. */
  subject?: string;
  /** Person facts said this turn, to record on the seeker's profile. */
  person: Partial<Person>;
  /** The employer's facts so far, with this turn's merged in. */
  employer?: Employer;
  /** The benefits this turn is about, on the asker's side. */
  focus: BenefitCode[];
  /** The benefit this turn's question names first (能办失业登记吗): the answer leads with it once the facts decide it. */
  askedAbout?: BenefitCode;
  /** A question about a group, not the asker (脱贫人口有啥子帮扶): the group's facts, to evaluate hypothetically. */
  overview?: Partial<Person>;
}

const PERSON_SIDE = new Set<string>(PERSON_BENEFITS);
const EMPLOYER_SIDE = new Set<string>(EMPLOYER_BENEFITS);

/** The benefits of a topic that belong to this asker (见习 is the post to a seeker, the subsidy to its base). */
export function onSide(codes: readonly BenefitCode[], role: Role): BenefitCode[] {
  if (role === 'staff') return [...codes];
  // An employer is never offered a seeker's benefit as its own.
  if (role === 'employer') {
    const mine = codes.filter((c) => EMPLOYER_SIDE.has(c));
    return mine.length ? mine : [...codes];
  }
  return [...codes];
}

/** A service asked about with money words (培训要钱不, 考证有补贴吗) is asking about that service's subsidy. */
const SERVICE_MONEY = /补贴|补助|钱|免费|费用|收费|自费|出钱/u;
const SERVICE_SUBSIDIES: [RegExp, BenefitCode[]][] = [
  [/鉴定|考(了|完|个)?证|拿(到|了)?证|证书/u, ['skill_certification_subsidy', 'vocational_training_subsidy']],
  [/培训|课程|学(技术|手艺)|开班/u, ['vocational_training_subsidy']],
];

/** What an employer with hires is usually asking about: the hiring subsidies of 二（一）1. */
export const HIRING: BenefitCode[] = ['employer_hiring_subsidy_key_groups', 'employer_hiring_subsidy_graduates_sme', 'employer_social_insurance_subsidy'];

export function track(prev: DialogueState, u: Understanding, text: string, asOf: string): Tracked {
  const state: DialogueState = structuredClone(prev);
  state.turns = prev.turns + 1;

  // Who is asking. A founder talking about their own startup (一次性创业补助) who then says “雇了两个人”
  // describes the business, not an employer's hires.
  const ownBusiness = prev.topic.benefits.length > 0 && prev.topic.benefits.every((c) => PERSON_SIDE.has(c)) && (prev.topic.service === 'startup' || prev.topic.benefits.some((c) => c.startsWith('startup_')));
  const speaksForCompany = /我们|本(公司|企业|单位)|贵/u.test(text);
  if (state.roleSource !== 'channel' && state.roleSource !== 'counsellor' && u.employerCue && state.role !== 'employer' && !(ownBusiness && !speaksForCompany)) {
    state.role = 'employer';
    state.roleSource = 'inferred';
  }

  // Asking about what only employers receive (就业基地, 帮扶车间, 见习基地的补贴) is asking as an employer.
  const named0 = u.topics.benefits;
  if (state.roleSource === 'default' && named0.length && named0.every((c) => EMPLOYER_SIDE.has(c)) && state.role === 'seeker' && !Object.keys(u.person).length) {
    state.role = 'employer';
    state.roleSource = 'inferred';
  }

  // A founder asking about their own startup benefits (一次性创业补助, 创业担保贷款) is a seeker, even
  // when they speak of 我的公司 and its staff.
  if (state.roleSource !== 'channel' && state.roleSource !== 'counsellor' && named0.length && named0.every((c) => PERSON_SIDE.has(c)) && u.founderCue) {
    state.role = 'seeker';
    state.roleSource = 'inferred';
  }

  // “那我本人能享受啥子” after a question about a group: the asker is one of that group.
  const self = /我本人|我自己|我个人|那我呢|我能享受/u.test(text);
  const fromGroup: Partial<Person> | undefined = self && prev.group && !Object.keys(u.person).length ? (prev.group as Partial<Person>) : undefined;
  delete state.group;
  // The one hire described was the asker (“脱贫户被企业招了…那我本人能享受啥子”): their facts are theirs now.
  let ownFromHire: Partial<Person> | undefined;
  if (state.roleSource === 'inferred' && state.role === 'employer' && u.founderCue && !u.employerCue && /我本人|我自己|我个人/u.test(text)) {
    state.role = 'seeker';
    if (state.employer?.hires?.length === 1) ownFromHire = { ...state.employer.hires[0]!.person, employmentStatus: 'employed' };
    delete state.employer;
    state.topic = { benefits: [] };
  }

  // “我想找份工作” after an inferred employer turn: the asker speaks for themselves now.
  if (state.roleSource === 'inferred' && state.role === 'employer' && !u.employerCue && /^我(想|要|能|可以)/u.test(text.trim()) && u.intents.some((i) => i === 'find_jobs' || i === 'find_training')) state.role = 'seeker';

  // A reply to the last answer's questions: short yes/no parts fill the facts asked, in order.
  const answered = answersToAsked(text, prev.asked, asOf);
  let intent: Intent = u.intents[0] ?? 'unknown';
  const onlyAnswers = !u.intents.some((i) => i !== 'inform' && i !== 'affirm' && i !== 'deny' && i !== 'unknown');
  if (onlyAnswers && !(u.asks && u.topics.benefits.length) && (Object.keys(answered.person).length || Object.keys(answered.hire).length || Object.keys(u.person).length || u.employer || hireDetails(text, asOf))) {
    intent = 'inform';
  }

  // “养老护理方面的” after a search that found nothing: the same search, about that.
  let subject = u.subject;
  if (!subject && u.subjectHint && !u.topics.benefits.length && (intent === 'unknown' || intent === 'inform') && (prev.lastIntent === 'find_training' || prev.lastIntent === 'find_jobs')) {
    intent = prev.lastIntent;
    subject = u.subjectHint;
  }
  const SEARCH: Intent[] = ['find_jobs', 'find_training', 'find_events'];
  let wantsPosts = false;
  // “那三月份呢”, “那下个月呢”, “两路的呢”: an elliptical follow-up repeats the last search with the new slot.
  const elliptical = (/^(那|还有|再)|呢[?？]?$|的呢|的[?？]?$/u.test(text.trim()) && text.length <= 16) || (Boolean(u.place || u.subject) && text.length <= 12);
  const lastSearch = prev.lastIntent && SEARCH.includes(prev.lastIntent) ? prev.lastIntent : undefined;
  // “这些岗位在哪个街道”, “刚才那几个课程…”: about the results just shown — the same search again.
  if (lastSearch && /(这些|这几个|那几个|上面的?|刚才的?|刚刚的?)(岗位|工作|课程|培训|活动)?/u.test(text) && !u.topics.benefits.length && !u.intents.some((i) => SEARCH.includes(i))) intent = lastSearch;
  if (lastSearch && elliptical && !u.topics.benefits.length && !u.intents.some((i) => SEARCH.includes(i) || i === 'ask_process') && !/培训|课程|活动|招聘会/u.test(text)) {
    if (lastSearch !== 'find_events' || u.period) intent = lastSearch;
  }
  // A post type named in a job search (公益性岗位, 见习岗位) is what to search for.
  const POSTS: BenefitCode[] = ['public_welfare_post', 'grassroots_post', 'internship_post'];
  const postNamed = u.topics.benefits.some((c) => POSTS.includes(c)) && state.role !== 'employer';
  const postWord = u.topics.words?.find((w) => /岗|见习/.test(w));
  if (postNamed && (!subject || postWord?.includes(subject)) && (intent === 'find_jobs' || u.intents.includes('find_jobs') || /有没有|推荐|介绍|找/u.test(text))) {
    subject = postWord;
    // The rule of the post and the posts themselves.
    if (intent === 'find_jobs') intent = 'ask_policy';
    wantsPosts = true;
  }
  // Publishing vacancies (招工信息, 直播带岗) is recruitment whoever asks; a named subsidy is not.
  if (u.topics.service === 'recruitment' && !u.topics.benefits.length && intent !== 'find_events') intent = 'recruit';
  if (intent === 'recruit' && u.topics.benefits.length) intent = 'ask_policy';
  // “我们招了几个困难人员，有啥子补贴”: hires already made and money asked about is the subsidy, not recruiting.
  if ((intent === 'recruit' || intent === 'find_jobs' || intent === 'ask_policy') && state.role === 'employer' && /补贴|补助|奖补|能领|能拿|有啥|有什么|补好多|补多少|呢/u.test(text) && (u.employer?.hires?.length || /招了|招的|招用了|请了|雇了/u.test(text))) intent = 'check_eligibility';
  // A time and an event word (年后招工的活动) ask the calendar.
  if (u.period && !SEARCH.includes(intent) && /活动|招聘会|招工|双选|宣讲|招聘/u.test(text) && intent !== 'recruit') intent = 'find_events';
  // A named event (春风行动是啥时候) is a question about the calendar.
  if (u.topics.service === 'events' && !u.topics.benefits.length && (intent === 'ask_policy' || intent === 'unknown' || intent === 'inform' || intent === 'check_eligibility')) intent = 'find_events';
  const also = u.intents.filter((i) => i !== intent && SEARCH.includes(i));
  if (wantsPosts && intent !== 'find_jobs' && !also.includes('find_jobs')) also.push('find_jobs');
  // Asking whether there is a course kind (有没有创业培训, 有没有适合我的SYB) asks for the courses too.
  const courseWord = u.topics.words?.find((w) => /培训|gyb|syb|iyb|马兰花/iu.test(w) && !/补贴/u.test(w));
  if (courseWord && state.role !== 'employer' && intent === 'ask_policy' && /有没有|有没得|推荐|适合我/u.test(text) && !also.includes('find_training')) {
    also.push('find_training');
    subject ??= /创业|gyb|syb|iyb|马兰花/iu.test(courseWord) ? '创业' : undefined;
  }

  // Facts: the person's own, or the employer's hires.
  let person: Partial<Person> = {};
  if (state.role === 'employer') {
    const groups = u.employer?.hires?.length ? undefined : hireGroups(text, asOf);
    const said = regroup(state.employer, u.employer, groups);
    // Counted out by group, each group's facts are its own, not everyone's.
    const shared = groups ? withoutGroupFacts(u.person) : u.person;
    state.employer = mergeEmployer(state.employer, said, { ...shared, ...answered.hireFacts }, { ...hireDetails(text, asOf), ...answered.hire }, asOf);
  } else {
    person = { ...fromGroup, ...ownFromHire, ...u.person, ...answered.person };
  }

  // The topic: named this turn, else carried over.
  // Topic words inside stated facts (“没有办失业登记”) do not change the subject of the conversation.
  // 失业登记 said as a fact (“已经登记失业了”) is the fact, not the subject.
  let said = u.person.registeredUnemployed !== undefined && !u.aspect ? u.topics.benefits.filter((c) => c !== 'unemployment_registration') : u.topics.benefits;
  const asksMoney = SERVICE_MONEY.test(text) || u.aspect === 'amount';
  // Carried over from a training turn only for a short follow-up (“要钱不”), not a new question about oneself.
  const shortFollowUp = text.length <= 14 && !Object.keys(u.person).length;
  if (!said.length && asksMoney && ((prev.topic.service === 'training' && shortFollowUp) || SERVICE_SUBSIDIES.some(([p]) => p.test(text)))) {
    const startup = /创业|gyb|syb|iyb/iu.test(`${text} ${prev.search?.subject ?? ''}`) || prev.topic.benefits.includes('startup_training_subsidy');
    said = startup ? ['startup_training_subsidy'] : (SERVICE_SUBSIDIES.find(([p]) => p.test(text))?.[1] ?? ['vocational_training_subsidy']);
    if (intent === 'find_training' || intent === 'find_jobs' || intent === 'unknown' || intent === 'inform') {
      // The courses are still wanted when the message asked for them (“电工培训要钱不”).
      if ((intent === 'find_training' || /培训|课程|开班/u.test(text)) && !also.includes('find_training')) also.push('find_training');
      intent = 'ask_policy';
    }
  }
  // “零就业家庭有啥子政策”: a group named with a question is asking what that group can have.
  const GROUPS = ['dibaoFamily', 'zeroEmploymentFamily', 'povertyAlleviated', 'disabled', 'isCollegeGraduate', 'registeredUnemployed', 'fromEliminatedCapacityEnterprise', 'poorFamilyGraduate'];
  // “脱贫户被企业招了，企业能拿好多补贴”: asked about an employer's money for hiring someone — the
  // hiring subsidies, whoever asks; the person described is kept as a group for “那我本人呢”.
  const employersMoney = state.role === 'seeker' && !said.length && /(被|让)?(企业|单位|公司|老板|厂里?)[^，。？?]{0,4}(有啥|有什么|能拿|能领|拿好多|拿多少|有没有|补贴|补助)/u.test(text) && /补贴|补助|钱|好多|多少/u.test(text);
  if (employersMoney) {
    said = HIRING;
    if (intent !== 'check_eligibility') intent = 'ask_policy';
    const described = Object.fromEntries(Object.entries(u.person).filter(([k, v]) => GROUPS.includes(k) && typeof v === 'boolean'));
    if (Object.keys(described).length) state.group = described as Record<string, boolean>;
    person = {};
  }
  // Said of a group, not of oneself (脱贫人口就业有啥子帮扶): an overview of the group's benefits, on
  // facts that are the question's, not the asker's.
  let overview: Partial<Person> | undefined;
  if (state.role === 'seeker' && (intent === 'ask_policy' || intent === 'check_eligibility' || ((intent === 'unknown' || intent === 'inform') && u.asks)) && !said.length && !u.topics.service && Object.keys(u.person).some((k) => GROUPS.includes(k))) {
    intent = 'check_eligibility';
    if (!/我|本人|自己|俺|我家|家里/u.test(text)) overview = Object.fromEntries(Object.entries(u.person).filter(([k]) => GROUPS.includes(k)));
  }
  // A policy-only subject (规模性裁员, 权益保护) is answered from the clauses, not the rules.
  const policyOnly = !said.length && (u.topics.service === 'layoff' || u.topics.service === 'rights' || u.topics.service === 'programme');
  if (policyOnly && intent !== 'dispute') intent = 'ask_policy';
  // A search asked about the service standard (登记后会推荐培训课程吗, 至少推荐几个岗位) asks for the standard.
  if ((intent === 'find_training' || intent === 'find_jobs') && said.includes('standard_service_package') && u.asks) intent = 'ask_policy';
  // Topic words inside stated facts (“我是登记失业人员”) are facts, not the subject asked about.
  const named = intent === 'inform' && !u.asks && prev.topic.benefits.length ? [] : onSide(said, state.role);
  if (named.length || (u.topics.service && intent !== 'inform')) {
    state.topic = { benefits: named, ...(u.topics.service ? { service: u.topics.service } : {}) };
  } else if (intent === 'find_jobs' || intent === 'find_training' || intent === 'find_events' || intent === 'recruit') {
    state.topic = { benefits: [], service: intent === 'find_jobs' ? 'jobs' : intent === 'find_training' ? 'training' : intent === 'find_events' ? 'events' : 'recruitment' };
  } else if (policyOnly) {
    state.topic = { benefits: [], ...(u.topics.service ? { service: u.topics.service } : {}) };
  } else if (intent === 'check_eligibility' && state.role === 'employer' && !state.topic.benefits.length) {
    state.topic = { benefits: HIRING };
  }
  if (subject || u.place || u.period) {
    const period = u.period ? { from: u.period.from, to: u.period.to, label: u.period.label } : prev.search?.period;
    state.search = { subject: subject ?? prev.search?.subject, place: u.place?.label ?? prev.search?.place, ...(period ? { period } : {}) };
  }

  // “那我本人呢” turns from the employer's money to the asker's own: a fresh look at what they can have.
  if (fromGroup && !said.length) state.topic = { benefits: [] };
  // “那在哪里办” after a list of what one can have: about the benefit the answer led with.
  if (!state.topic.benefits.length && (intent === 'ask_process' || u.aspect === 'where' || u.aspect === 'materials') && prev.evidence.lead) state.topic = { ...state.topic, benefits: [prev.evidence.lead] };
  // An employer asking about money for people hired is asking about the hiring subsidies.
  const hiringTalk = state.role === 'employer' && (state.employer?.hires?.length || /招了|招的|招用|雇了|请了|吸纳/u.test(text));
  const focus = policyOnly ? [] : state.topic.benefits.length ? state.topic.benefits : hiringTalk ? HIRING : [];
  state.lastIntent = intent;
  if (u.aspect) state.lastAspect = u.aspect;
  else if (named.length) delete state.lastAspect;
  const askedAbout = u.asks && named.length ? named[0] : undefined;
  // An overview's group is not recorded as the asker's own (kept, in case they say it is next).
  if (overview) {
    person = Object.fromEntries(Object.entries(person).filter(([k]) => !(k in overview!)));
    state.group = Object.fromEntries(Object.entries(overview).filter(([, v]) => typeof v === 'boolean')) as Record<string, boolean>;
  }
  return { state, intent, also, ...(subject ? { subject } : {}), person, ...(state.employer ? { employer: state.employer } : {}), focus, ...(askedAbout ? { askedAbout } : {}), ...(overview ? { overview } : {}) };
}

// ── answers to the bot's own questions ───────────────────────────────────────────────────────

const YES = /^(有|是|是的|对|对的|嗯|要得|好|办了|办过|登记了|已经办了|交了|在交|还在交|是啊|有的|会|想|愿意|可以|能)$/u;
const NO = /^(没有|没|没得|不是|否|没办|还没|还没有|没办过|不|不会|不想|不愿意|没交|不能|没有的|木有)$/u;

const CHOICES: [string, RegExp, string][] = [
  ['hukou', /^(是)?(重庆|渝北|本地|本市)(的|人|户口)?$/u, 'chongqing'],
  ['hukou', /^(外地|外省|外市|不是重庆)(的|人|户口)?$/u, 'other'],
  ['gender', /^男(的|生)?$/u, 'male'],
  ['gender', /^女(的|生)?$/u, 'female'],
];

const booleanFields = new Set(
  Object.entries(PersonSchema.shape)
    .filter(([, s]) => (s as { unwrap?: () => { type?: string } }).unwrap?.().type === 'boolean')
    .map(([k]) => k),
);

interface Answered {
  person: Partial<Person>;
  /** Hire-level answers (stillPaying …) and person answers about the hires, for an employer. */
  hire: Partial<Hire>;
  hireFacts: Partial<Person>;
}

function answersToAsked(text: string, asked: string[], asOf: string): Answered {
  const out: Answered = { person: {}, hire: {}, hireFacts: {} };
  if (!asked.length) return out;
  const parts = text.normalize('NFKC').split(/[,，.。;；!！、\s]+/u).map((p) => p.replace(/[?？吗呢啊呀哦噻嘛的]$/u, '')).filter(Boolean);
  const open = [...asked];
  for (const part of parts) {
    const said = extractPersonFacts(part, asOf);
    // A degree answers “are you a college graduate” too.
    for (const key of [...Object.keys(said), ...(said.education ? ['isCollegeGraduate'] : [])]) {
      const i = open.findIndex((p) => p.endsWith(`.${key}`));
      if (i >= 0) open.splice(i, 1);
    }
    // A short answer to an asked choice: 户口 → 重庆的 / 外地的, 性别 → 男 / 女.
    const choice = CHOICES.find(([field, p]) => p.test(part) && open.some((x) => x.endsWith(`.${field}`)));
    if (choice) {
      const [field, , value] = choice;
      const i = open.findIndex((x) => x.endsWith(`.${field}`));
      const path = open.splice(i, 1)[0]!;
      if (path.startsWith('person.')) (out.person as Record<string, unknown>)[field] = value;
      else (out.hireFacts as Record<string, unknown>)[field] = value;
      continue;
    }
    const yes = YES.test(part);
    if (!yes && !NO.test(part)) continue;
    const i = open.findIndex((p) => booleanFields.has(p.split('.').at(-1)!) || p.endsWith('.stillPaying'));
    if (i < 0) continue;
    const path = open.splice(i, 1)[0]!;
    const field = path.split('.').at(-1)!;
    if (path.startsWith('person.business.')) out.person.business = { ...out.person.business, [field]: yes };
    else if (path.startsWith('person.')) (out.person as Record<string, unknown>)[field] = yes;
    else if (path.startsWith('employer.hires')) {
      if (field === 'stillPaying') out.hire.stillPaying = yes;
      else (out.hireFacts as Record<string, unknown>)[field] = yes;
    }
  }
  return out;
}

// ── an employer's hires ──────────────────────────────────────────────────────────────────────

/** Hire-level details said without restating the hires: when they started, months of insurance, still paying. */
function hireDetails(text: string, asOf: string): (Partial<Hire> & { insuredSinceHire?: boolean }) | undefined {
  const t = text.normalize('NFKC');
  const out: Partial<Hire> & { insuredSinceHire?: boolean } = {};
  if (/(从|一)入职(就|起)?(开始)?(交|缴|买)|入职就(交|缴|买)|社保(一直|都一直)在(交|缴)|一直(交|缴)着/u.test(t)) out.insuredSinceHire = true;
  const on = hireDate(t, asOf);
  if (on) out.hiredOn = on;
  const months = insuranceMonths(t);
  if (months !== undefined) out.socialInsuranceMonths = months;
  if (/(还在|一直在|仍在|现在还|都在)(交|缴)|在交着/u.test(t)) out.stillPaying = true;
  else if (/(停了|没再交|不交了|断了)/u.test(t)) out.stillPaying = false;
  return Object.keys(out).length ? out : undefined;
}

/**
 * The hires counted out by group after they were first described (“两个是低保家庭的，一个是残疾人”):
 * the people said before, now one per head with their group's facts. What was known of all of them
 * (入职日期, 社保) is kept.
 */
function regroup(prev: Employer | undefined, said: Employer | undefined, groups: ReturnType<typeof hireGroups>): Employer | undefined {
  if (!groups) return said;
  const base: Hire = prev?.hires?.[0] ?? { person: {} };
  const hires = groups.flatMap((g) => Array.from({ length: g.count }, () => ({ ...base, person: { ...base.person, ...g.person } })));
  return { ...said, hires };
}

function withoutGroupFacts(person: Partial<Person>): Partial<Person> {
  return Object.fromEntries(Object.entries(person).filter(([k]) => !GROUP_FACTS.includes(k as keyof Person)));
}

function mergeEmployer(prev: Employer | undefined, said: Employer | undefined, personFacts: Partial<Person>, details: (Partial<Hire> & { insuredSinceHire?: boolean }) | undefined, asOf: string): Employer {
  const { hires: newHires, ...rest } = said ?? {};
  const merged: Employer = { ...prev, ...rest };
  let hires = newHires?.length ? newHires : prev?.hires;
  if (newHires?.length && prev?.hires?.length === newHires.length) {
    // The same people described again: keep what was known, add what is new.
    hires = prev.hires.map((h, i) => ({ ...h, ...newHires[i], person: { ...h.person, ...newHires[i]!.person } }));
  }
  const facts = Object.fromEntries(Object.entries(personFacts).filter(([k]) => k !== 'employmentStatus' && k !== 'wantsJob'));
  if (hires?.length && (Object.keys(facts).length || details)) {
    const { insuredSinceHire, ...rest } = details ?? {};
    hires = hires.map((h) => {
      const next: Hire = { ...h, ...rest, person: { ...h.person, ...facts } };
      // “社保从入职就开始交的”: the months are those since the hire date.
      if (insuredSinceHire && next.hiredOn && next.socialInsuranceMonths === undefined) next.socialInsuranceMonths = calendarMonthsInclusive(next.hiredOn, asOf);
      return next;
    });
  }
  if (hires) merged.hires = hires;
  return merged;
}
