import type { BenefitCode } from '../../../rules/engine.ts';
import { NUM, parseNumber } from './numbers.ts';

/**
 * What a seeker is asking for, from their words: which tools the offline model calls. Several
 * intents can hold at once (“我想找工作，也想学门技术” → jobs and training). Order of the list is
 * the order the tools run and the answer's sections appear.
 */
export type Intent = 'dispute' | 'eligibility' | 'jobs' | 'training' | 'events' | 'policy';

/**
 * A labour dispute or a workplace injury (欠薪, 工伤, 违法辞退, 劳动仲裁, 不交社保, 扣押金): the policy
 * has no answer for it, a person has to take it up, so the offline model asks for a counsellor.
 * 劳动人事争议仲裁院 as an institution (附件1) and 工伤保险 as a topic are not disputes.
 */
export const DISPUTE =
  /拖欠.{0,6}(工资|薪|工钱)|欠(我|了我|我们)?.{0,4}(工资|薪水|工钱)|(?<!发)(不|没)(给|发)(我|我们)?.{0,3}(工资|工钱)|工资.{0,6}(不发|没发|拖|拿不到|要不到|讨不到)|扣(了|我)?.{0,2}工资|劳动仲裁|(申请|去|要|想)仲裁|仲裁委|工伤(?!保险)|职业病|(违法|无故|无缘无故|随便|突然|强行).{0,6}(辞退|开除|解雇|辞了)|(辞退|开除|解雇|辞了).{0,12}(补偿|赔偿)|(不|没)(给|帮)(我|我们)?(交|缴|买)社保|扣(了|押)?(我的?)?(押金|身份证|证件)|收.{0,4}押金|劳动(纠纷|争议)(?!仲裁院)|维权|讨薪|(告|起诉|投诉)(公司|老板|单位|厂)|打官司|劳动监察/;

/**
 * Policy searches for an intent rather than for the seeker's words: what a dispute's answer quotes
 * (labour relations, rights protection), and the service standard a jobs or training request rests
 * on when this deployment has no vacancy or course tool to answer it with.
 */
export const TOPIC_QUERIES = {
  dispute: '劳动关系处理 就业权益保护 典型侵权案例 劳动人事争议仲裁院 劳动保障监察',
  jobs: '推荐至少3个就业岗位 岗位信息 招聘对接',
  training: '推荐至少3个培训课程 职业技能培训 培训补贴',
} as const;

const PATTERNS: [Intent, RegExp][] = [
  ['dispute', DISPUTE],
  ['eligibility', /(能|可以|可不可以|能不能|能否|是否|有没有|有无|符合|够|能领|能拿|享受|申请).{0,12}(补贴|补助|贷款|资格|条件|政策|奖补|奖励|岗位补贴|待遇|钱)|(补贴|补助|贷款|奖补).{0,8}(多少|几|怎么|如何|条件|标准|符合|能不能|有没有|吗)|我(能|可以)(享受|申请|领)/],
  // Asking for work (想找个仓库的工作, 帮我找份工作), not mentioning it (找工作老是被骗, 求职补贴).
  [
    'jobs',
    /(^(?=找(个|份|一份))|想|要|帮我|帮忙|给我|怎么|如何|去哪|哪里|能不能|可以)[^，,。？?！!]{0,4}找(个|份|一份|点)?[^，,。？?！!]{0,8}?(工作|活路|活干|事做|岗位|班上)|(推荐|介绍|有没有|有什么|哪些|有啥).{0,6}(工作|岗位|职位|招聘(?!会|活动|月|行动|专场))|求职(?!创业|补贴)|上班的地方|招人的|活路/,
  ],
  ['training', /培训|课程|学(门|个|点)?(技术|手艺)|考(个)?证|技能提升|GYB|SYB|IYB|gyb|syb|iyb/],
  ['events', /(活动|招聘会|双选会|宣讲|比赛|大赛|行动).{0,8}(安排|时间|什么时候|几月|哪天|有哪些|有什么|吗)|(几月|什么时候|哪个月|月份?).{0,8}(活动|招聘会|双选会|比赛)|[一二三四五六七八九十\d]+月(份)?.{0,10}(活动|招聘|双选|比赛)|下个?月.{0,6}(活动|招聘)/],
];

/** Benefit words → the codes a question is about, so the answer focuses on them. */
const BENEFIT_WORDS: [RegExp, BenefitCode[]][] = [
  [/创业担保贷款|创业贷款|贷款|贴息/, ['startup_guaranteed_loan']],
  [/一次性创业补助|创业补助|8000/, ['startup_one_off_grant']],
  [/创业培训|GYB|SYB|IYB/i, ['startup_training_subsidy']],
  [/创业工位|工位|创业场地|孵化/, ['entrepreneurship_workspace']],
  [/职业培训补贴|培训补贴|技能培训补贴/, ['vocational_training_subsidy']],
  [/鉴定补贴|鉴定|考证补贴/, ['skill_certification_subsidy']],
  [/见习补贴|见习/, ['internship_post', 'internship_subsidy']],
  [/基层岗位|基层|社区岗位/, ['grassroots_post']],
  [/灵活就业.{0,6}(社保|社会保险)|社保补贴|社会保险补贴/, ['flexible_employment_social_insurance_subsidy', 'employer_social_insurance_subsidy']],
  [/低保就业补贴|低保.{0,6}(就业|上班).{0,6}(补贴|低保)/, ['dibao_employment_subsidy']],
  [/求职创业补贴|求职补贴|500元/, ['job_search_startup_subsidy']],
  [/公益性岗位|公益岗|兜底/, ['public_welfare_post']],
  [/失业登记|登记失业|失业证/, ['unemployment_registration']],
  [/吸纳就业补贴|一次性吸纳|招用.{0,10}补贴|招.{0,10}(补贴|补助)|6000|2000/, ['employer_hiring_subsidy_key_groups', 'employer_hiring_subsidy_graduates_sme', 'employer_social_insurance_subsidy']],
  [/就业基地|高质量就业基地/, ['employment_base_grant']],
  [/帮扶车间|扶贫车间/, ['assistance_workshop_award']],
  [/示范街/, ['demo_street_award']],
];

export interface Understanding {
  intents: Intent[];
  benefitCodes: BenefitCode[];
  month?: number;
  /** Words for vacancy/course search (岗位意向, 技能). */
  interest?: string;
}

const MONTH_WORDS = new RegExp(`${NUM}\\s*月`);

export function understand(text: string, asOf: string): Understanding {
  const t = text.normalize('NFKC');
  const intents = PATTERNS.filter(([, p]) => p.test(t)).map(([i]) => i);
  const benefitCodes = [...new Set(BENEFIT_WORDS.filter(([p]) => p.test(t)).flatMap(([, codes]) => codes))];
  if (benefitCodes.length && !intents.includes('eligibility') && /(我|我们|本人|公司|企业|单位|能|可以|多少|怎么|条件|标准)/.test(t)) {
    intents.unshift('eligibility');
  }
  let month: number | undefined;
  const m = MONTH_WORDS.exec(t);
  if (m) {
    const n = parseNumber(m[1]!);
    if (n && n >= 1 && n <= 12) month = n;
  } else if (/下个?月/.test(t)) month = (Number(asOf.slice(5, 7)) % 12) + 1;
  else if (/这个月|本月/.test(t)) month = Number(asOf.slice(5, 7));
  if (month && !intents.includes('events') && /(活动|招聘会|双选|比赛)/.test(t)) intents.push('events');
  const interest = /(想|找|做|干|当)(个|份|一份)?([\p{Script=Han}A-Za-z]{2,10}?)(的)?(工作|岗位|方面|相关)/u.exec(t)?.[3];
  if (intents.length === 0) intents.push('policy');
  return { intents, benefitCodes, ...(month ? { month } : {}), ...(interest ? { interest } : {}) };
}
