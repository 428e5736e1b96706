/**
 * Rule-facing Chinese text every benefit shares: reason templates, what the facts show, the
 * groups, units, the general amount texts, the offices to ask, validation messages, the service
 * standard and the explanation format (the facts' own labels: ./fact-labels.ts; the plan's
 * wording quoted by several rules: ./rule-quotes.ts). A benefit's own wording — its name, the
 * conditions it quotes, its notes and amount texts — is in its module (server/rules/benefits/),
 * found from here through ./benefits.ts.
 */

import { factLabel, whoHire, whoIntern } from './fact-labels.ts';
import { quotes } from './rule-quotes.ts';
import { chineseNumeral } from './numerals.ts';

const centre = '区就业和人才中心';

/** Who to ask (科室 named in 附件1 of the plan). */
const offices = {
  centre,
  startup: `${centre}创业服务科`,
  training: `${centre}培训鉴定科`,
  guidance: `${centre}职业指导科`,
  employment: `${centre}城乡就业科`,
  talent: `${centre}人才服务科`,
} as const;

/** 12 → “1年（12个月）”, 6 → “6个月”: as the plan says it, with the months. */
const span = (months: number) => (months % 12 === 0 ? `${months / 12}年（${months}个月）` : `${months}个月`);

/** 300000 → “30万元”, 8000 → “8000元”, 12000 → “12000元”. */
function money(n: number): string {
  if (n >= 100_000 && n % 10_000 === 0) return `${n / 10_000}万元`;
  return `${n}元`;
}

const employmentStatus = {
  unemployed: '目前未就业',
  employed: '目前已就业',
  flexible: '目前灵活就业',
  self_employed: '目前自主创业',
} as const;

const businessForm = { individual: '个体工商户', partnership: '合伙企业', small_micro: '小微企业' } as const;
const sizeLabel = { micro: '微型企业', small: '小型企业', medium: '中型企业', large: '大型企业' } as const;


/** A municipal rule, said as such with its source; the centre's review decides. */
const municipal = (text: string, source: string) => `市级规定通常要求：${text}（${source}；以区就业和人才中心审核为准）`;
const servicePackage2023 = '重庆市人力社保局“稳岗扩就业政策服务包”（2023）';

/** Every “not yet, and what would make it” note holds these words: how the composer finds them. */
const notYetMark = '即可';

export const rules = {
  centre,
  offices,
  planTitle: '《“一生一困”就业帮扶工作实施方案》（渝北人社发〔2022〕38号）',
  factLabel,
  money,
  span,
  /** 7 → 七: counts as the plan writes them (七个工作日). */
  numeral: chineseNumeral,
  /** Municipal documents several benefits' notes cite. */
  sources: { servicePackage2023 },
  employmentStatus,
  businessForm,
  sizeLabel,
  quotes,
  status: { eligible: '符合条件', ineligible: '暂不符合', unknown: '待确认' },
  /** Units of `amount.unit`. */
  units: { yuan: '元', yuanPerMonth: '元/月', yuanPerPerson: '元/人', yuanPerHousehold: '元/户' },

  reasons: {
    met: (detail: string | undefined, quote: string) => (detail ? `${detail}（满足“${quote}”）` : `满足“${quote}”`),
    failed: (detail: string | undefined, quote: string) => (detail ? `${detail}（不满足“${quote}”）` : `不满足“${quote}”`),
    unknown: (quote: string, labels: readonly string[]) => `尚不能判断是否满足“${quote}”，需要补充：${labels.join('；')}`,
    item: (who: string, reasons: readonly string[]) => `${who}：${reasons.join('；')}`,
    notInForce: (asOf: string, from: string) =>
      `本方案自${from}起施行，${asOf}的情形不适用本方案的规则，当时的政策请向${centre}咨询`,
    ended: (asOf: string, to: string) => `本方案的相关标准执行至${to}，${asOf}适用的标准未查到，请向${centre}咨询`,
    notFound: (asOf: string) => `${asOf}适用的标准未查到，请向${centre}咨询`,
    confirm: (what: string, office: string) => `${what}，请向${office}确认`,
    byRegulation: (what: string, office: string) => `方案规定“按规定”${what}，具体标准和申请材料须向${office}确认`,
    municipal,
    whoHire,
    whoIntern,
    noHires: '未提供招用人员情况',
    noInterns: '未提供见习人员情况',
  },

  /** What the facts show, in words, for reasons. */
  facts: {
    is: (label: string) => `是${label}`,
    isNot: (label: string) => `不是${label}`,
    age: (n: number) => `年龄${n}周岁`,
    ageRange: (n: number | undefined) => (n === undefined ? '已达到或超过法定退休年龄' : `年龄${n}周岁`),
    ableToWork: (yes: boolean) => (yes ? '有劳动能力' : '没有劳动能力'),
    wantsJob: (yes: boolean) => (yes ? '有就业意愿' : '暂无就业意愿'),
    status: (s: keyof typeof employmentStatus) => employmentStatus[s],
    graduate: (yes: boolean) => (yes ? '是高校毕业生' : '不是高校毕业生'),
    insurance: (months: number, stillPaying: boolean | undefined) =>
      `已连续缴纳社会保险${months}个月${stillPaying === true ? '并仍在缴纳' : stillPaying === false ? '，但已停缴' : ''}`,
    insuranceMonths: (months: number) => `已连续缴纳社会保险${months}个月`,
    stillPayingOnly: (yes: boolean) => (yes ? '仍在缴纳社会保险' : '已停缴社会保险'),
    operating: (months: number) => `已经营${months}个月`,
    operatingTooLong: (months: number, maxExclusive: number) => `已经营${months}个月（“${maxExclusive / 12}年以下”按不满${maxExclusive}个月理解）`,
    employees: (n: number) => `除本人外带动就业${n}人`,
    businessInsured: (yes: boolean) => (yes ? '为员工缴纳了社会保险' : '未为员工缴纳社会保险'),
    noBusiness: '尚未创办企业或个体工商户',
    firstBusiness: (yes: boolean) => (yes ? '是首次创办企业' : '不是首次创办企业'),
    registered: (yes: boolean) => (yes ? '已在重庆市内办理注册登记' : '未在重庆市内办理注册登记'),
    graduatedIn: (year: number) => `${year}年毕业`,
    freshGraduate: (gradYear: number, hireYear: number) => `${gradYear}年毕业、${hireYear}年入职，属于毕业年度内招用`,
    notFreshGraduate: (gradYear: number | undefined, hireYear: number | undefined) =>
      gradYear === undefined || hireYear === undefined ? '不是高校毕业生' : `${gradYear}年毕业、${hireYear}年入职，不在毕业年度（1月1日至12月31日）内`,
    inGroup: (what: string) => `属于${what}`,
    notInGroup: '不属于所列人群',
    size: (s: keyof typeof sizeLabel) => `为${sizeLabel[s]}`,
    monthsEmployed: (n: number) => `已在岗${n}个月`,
    flexible: (yes: boolean) => (yes ? '实现了灵活就业' : '不是灵活就业'),
    paysInsurance: (yes: boolean) => (yes ? '正在缴纳社会保险费' : '未缴纳社会保险费'),
    selfEmployed: (s: keyof typeof employmentStatus) => employmentStatus[s],
    certificate: {
      vocational_qualification: '取得了职业资格证书',
      special_ability: '取得了专项能力证书',
      skill_level: '取得的是职业技能等级证书',
      none: '尚未取得证书',
    },
    attended: (yes: boolean) => (yes ? '已参加职业技能培训' : '未参加职业技能培训'),
    wantsTraining: '有参加职业技能培训的需求（参加补贴性培训后可申请）',
    noTraining: '未参加也暂无参加职业技能培训的需求',
    passedAppraisal: (yes: boolean) => (yes ? '通过了初次职业技能鉴定' : '未通过初次职业技能鉴定'),
    designated: (label: string, yes: boolean) => (yes ? `是${label}` : `不是${label}`),
    youth: (age: number) => `${age}周岁，目前未就业`,
    wantsStartup: (yes: boolean) => (yes ? '有创业意愿' : '暂无创业意愿'),
    hasBusinessAlready: '已经创业',
    chongqingGraduate: '重庆市户籍或在重庆市高校毕业的高校毕业生',
    chongqingDifficulty: '重庆市户籍的困难人员',
    notChongqing: '不是重庆市户籍，也不是在重庆市高校毕业',
    notGroup: '既不是高校毕业生，也不属于困难人员',
    noStartupIntent: '不是高校毕业生，且暂无创业意愿、也未创业',
    notGraduateNorYouth: '不是高校毕业生，也不属于失业青年',
    groupMember: (label: string) => `招用的人员为${label}`,
    courses: (names: readonly string[]) => `可参加${names.join('、')}`,
    retention: (rate: number) => `见习留用就业率为${Math.round(rate * 100)}%`,
    receivingDibao: (yes: boolean) => (yes ? '家庭正在享受低保待遇' : '家庭未享受低保待遇'),
    poorFamily: (yes: boolean) => (yes ? '来自困难家庭' : '不是来自困难家庭'),
    sme: '属于中小微企业',
    demoStreet: (yes: boolean) => (yes ? '参与创业就业示范街（山村）建设' : '未参与创业就业示范街（山村）建设'),
  },

  /** Which group a person was found in, for “属于…” reasons. */
  groups: {
    collegeGraduate: '高校毕业生',
    difficulty: '困难人员（就业困难人员）',
    registeredUnemployed: '城镇登记失业人员',
    dibaoFamily: '低保家庭成员',
    zeroEmploymentFamily: '零就业家庭成员',
    povertyAlleviated: '脱贫人口',
    eliminated4050: '淘汰落后产能企业职工中的“4050”人员',
    eliminatedDisabled: '淘汰落后产能企业职工中的残疾人员',
    disabledGraduate: '高校残疾毕业生',
    graduateTwoYears: '登记失业离校2年内高校毕业生',
    chongqing4050: '我市户籍登记失业“4050”人员',
    migrantWorker: '农民工',
    retiredFisher: '退捕渔民',
    veteran: '退役军人',
    unemployedYouth: '失业青年',
    keyGroup: '重点群体',
    poorFamily: '困难家庭',
  },

  /** Notes several benefits give. */
  notes: {
    /** When a hire still being insured reaches the months the subsidy asks (on: the month's first day). */
    insuredFrom: (need: number, on: string) =>
      `按现在每月连续缴纳，预计${Number(on.slice(0, 4))}年${Number(on.slice(5, 7))}月缴满${need}个月，届时${notYetMark}申请`,
    notYetMark,
  },

  /** Amount texts of benefits paid per head (../../rules/outcome.ts `perHeadAmount`, `perMonthAmount`). */
  amounts: {
    perPerson: (rate: number, unit: string, count: number, total: number) =>
      count === 1 ? `${rate}${unit} × 1人 = ${money(total)}` : `${rate}${unit} × ${count}人 = ${money(total)}`,
    possible: (text: string, max: number) => `${text}；其余人员情况确认后最多可达${money(max)}`,
    perMonth: (rate: number, count: number, total: number) => `${rate}元/人/月 × ${count}人 = ${total}元/月`,
    perMonthPossible: (text: string, max: number) => `${text}；其余人员情况确认后最多可达${max}元/月`,
    upTo: (rate: number, unit: string, count: number, total: number) => `${rate}${unit}，${count}人情况确认后最多${money(total)}`,
    upToPerMonth: (rate: number, count: number, total: number) => `${rate}元/人/月，${count}人情况确认后最多${total}元/月`,
  },

  validation: {
    date: '应为 YYYY-MM-DD 格式的有效日期',
    boolean: '应为 true 或 false',
    number: '应为数字',
    integer: '应为整数',
    nonNegative: '不能为负数',
    fraction: '应为0到1之间的比例（例如0.5表示50%）',
    array: '应为列表',
    tooMany: (n: number) => `一次最多${n}人`,
    max: (n: number) => `不能大于${n}`,
    oneOf: (values: readonly string[]) => `应为以下之一：${values.join('、')}`,
    afterAsOf: (asOf: string) => `不能晚于评估日期 ${asOf}`,
    bornAfterHire: '出生日期不能晚于入职日期',
    graduatedBeforeBirth: '毕业日期不能早于出生日期',
    ageMismatch: (age: number) => `与出生日期不一致（按出生日期应为${age}周岁）`,
    leftBeforeHired: '离职日期不能早于入职日期',
    insuranceLongerThanJob: (months: number) => `不能超过入职以来的月数（最多${months}个月）`,
  },

  services: {
    names: {
      unemployment_registration: '办理失业登记',
      policy_briefing: '就业创业政策宣介',
      career_guidance: '职业指导',
      job_recommendation: '推荐就业岗位',
      training_recommendation: '推荐培训课程或项目',
      policy_application_help: '协助申请扶持政策',
    },
    owedCount: (name: string, n: number) => `${name}至少${n}次`,
    dueBy: (date: string, days: number, approximate: boolean) =>
      `应在${date}（含）前办结（${days}个工作日）${approximate ? '；该年度节假日安排尚未公布，按周一至周五估算' : ''}`,
    notApplied: (days: number) => `尚未申请失业登记；申请后${days}个工作日内办结`,
    trainingUnknown: (n: number) => `如有技能培训需求，应推荐至少${n}个培训课程或项目`,
    helpFor: (names: readonly string[]) => `可协助申请：${names.join('、')}`,
    noPolicies: '暂无已确认符合条件的扶持政策',
  },

  explain: {
    header: (asOf: string) => `按${asOf}的情况，依据《“一生一困”就业帮扶工作实施方案》（渝北人社发〔2022〕38号）：`,
    eligible: '可以享受：',
    unknown: '还需确认：',
    ineligible: '暂不符合：',
    amount: (text: string) => `（${text}）`,
    provide: (labels: readonly string[]) => `请补充：${labels.join('；')}`,
    cite: (ids: readonly string[]) => ids.map((id) => `【${id}】`).join(''),
    more: (n: number) => `等${n}项`,
    /** How a reason that sends the seeker to the centre reads; such a reason stands in for missing facts. */
    confirmMarker: '确认',
    footer: `以上为根据方案条文的初步判断，最终以${centre}审核为准。`,
    none: '（无）',
  },
} as const;
