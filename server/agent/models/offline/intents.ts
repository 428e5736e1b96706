import type { BenefitCode } from '../../../rules/engine.ts';
import { NUM, parseNumber } from './numbers.ts';

/**
 * What a seeker is asking for, from their words: which tools the offline model calls. Several
 * intents can hold at once (“我想找工作，也想学门技术” → jobs and training). Order of the list is
 * the order the tools run and the answer's sections appear.
 */
export type Intent = 'eligibility' | 'jobs' | 'training' | 'events' | 'policy';

const PATTERNS: [Intent, RegExp][] = [
  ['eligibility', /(能|可以|可不可以|能不能|能否|是否|有没有|有无|符合|够|能领|能拿|享受|申请).{0,12}(补贴|补助|贷款|资格|条件|政策|奖补|奖励|岗位补贴|待遇|钱)|(补贴|补助|贷款|奖补).{0,8}(多少|几|怎么|如何|条件|标准|符合|能不能|有没有|吗)|我(能|可以)(享受|申请|领)/],
  ['jobs', /找(个|份)?(工作|活|事做|岗位)|(推荐|介绍|有没有|有什么|哪些).{0,6}(工作|岗位|职位|招聘)|求职|上班的地方|招人的|活路/],
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
