/**
 * Rule-facing Chinese text: benefit names, the plan's own wording that
 * reasons quote, reason templates, municipal notes with their sources, validation messages, the
 * service standard and the explanation format (the facts' own labels: ./fact-labels.ts). Rules
 * never write Chinese inline; they use this.
 */

import { factLabel, whoHire, whoIntern } from './fact-labels.ts';
import { quotes } from './rule-quotes.ts';

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

const benefitNames = {
  unemployment_registration: '失业登记',
  standard_service_package: '基本就业服务（政策宣介、职业指导、岗位推荐、培训推荐）',
  startup_training_subsidy: '创业培训补贴',
  startup_guaranteed_loan: '创业担保贷款及财政贴息',
  startup_one_off_grant: '一次性创业补助',
  entrepreneurship_workspace: '创业工位',
  vocational_training_subsidy: '职业培训补贴',
  skill_certification_subsidy: '职业技能鉴定补贴',
  internship_post: '就业见习岗位',
  grassroots_post: '基层公共管理和社会服务岗位',
  flexible_employment_social_insurance_subsidy: '灵活就业社会保险补贴',
  dibao_employment_subsidy: '低保就业补贴',
  job_search_startup_subsidy: '离校求职创业补贴',
  public_welfare_post: '公益性岗位安置',
  employer_hiring_subsidy_key_groups: '一次性吸纳就业补贴（招用重点人群）',
  employer_hiring_subsidy_graduates_sme: '一次性吸纳就业补贴（中小微企业招用应届高校毕业生）',
  employer_social_insurance_subsidy: '用人单位社会保险补贴',
  employment_base_grant: '就业基地一次性补助及绩效奖补',
  assistance_workshop_award: '就业帮扶车间带动就业示范奖补',
  demo_street_award: '创业就业示范街（山村）绩效奖励',
  internship_subsidy: '就业见习补贴',
  incubator_award: '市级创业孵化基地（园区）奖补',
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


const municipal = (text: string, source: string) => `市级规定通常要求：${text}（${source}；以区就业和人才中心审核为准）`;
const servicePackage2023 = '重庆市人力社保局“稳岗扩就业政策服务包”（2023）';

/** Every “not yet, and what would make it” note holds these words: how the composer finds them. */
const notYetMark = '即可';

export const rules = {
  centre,
  offices,
  planTitle: '《“一生一困”就业帮扶工作实施方案》（渝北人社发〔2022〕38号）',
  benefitNames,
  factLabel,
  money,
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
    operatingTooLong: (months: number) => `已经营${months}个月（“3年以下”按不满36个月理解）`,
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

  /** Per-benefit notes: what the plan leaves 按规定 and whom to ask, and the municipal rules. */
  notes: {
    registrationDeadline: (days: number) => `公共就业服务机构应在${days}个工作日内办结失业登记，可在任一街道（乡镇）公共就业服务机构办理`,
    alreadyRegistered: '已办理失业登记，可继续享受登记失业人员的就业服务',
    registrationMunicipal: municipal(
      '在重庆市任一街道（乡镇）公共就业服务机构或网上（全渝通办）办理，携带身份证或社会保障卡、户口簿，高校毕业生另带学历证明',
      servicePackage2023,
    ),
    services: (jobs: number, courses: number, wantsTraining: boolean | undefined) =>
      `应提供1次就业创业政策宣介、1次职业指导、推荐至少${jobs}个就业岗位` +
      (wantsTraining === true
        ? `，并推荐至少${courses}个培训课程或项目`
        : wantsTraining === false
          ? ''
          : `；如有技能培训需求，还应推荐至少${courses}个培训课程或项目`),
    helpApply: '对符合就业创业扶持政策条件的，公共就业服务机构应主动协助申请相关政策',
    servicesOffice: `职业指导可联系${offices.guidance}`,
    startupCourses: (courses: string) => `可参加的创业培训：${courses}`,
    startupTrainingAmount: `方案规定“按规定给予培训补贴”，补贴标准和培训机构名单须向${offices.startup}确认`,
    loanAmount: (text: string) => `可申请的创业担保贷款额度：${text}`,
    loanConditions: `是否“符合创业担保贷款条件”以及财政贴息，方案规定“按规定”执行，须向${offices.startup}确认`,
    loanMunicipal: municipal(
      '借款人承担的利率不超过LPR减150个基点，其余由财政贴息；小微企业当年新招用符合条件人员达到职工总数15%（超过100人的企业8%）',
      `渝府办发〔2020〕62号；${servicePackage2023}`,
    ),
    loanOtherGroups: `不属于方案列举的高校毕业生、城镇登记失业人员、低保家庭成员、零就业家庭成员；方案列举后有“等”字，其他人群能否申请须向${offices.startup}确认`,
    grantOtherGroups: `不属于高校毕业生、登记失业人员或方案所列重点群体；“高校毕业生等重点群体”的范围须向${offices.startup}确认`,
    grantMunicipal: municipal(
      '每户只享受一次；法定代表人为离校2年内登记失业的高校毕业生或其他所列人群（我市户籍）；除本人外招用3人以上',
      '渝人社发〔2018〕117号',
    ),
    grantApply: `一次性创业补助向${offices.startup}申请`,
    workspace: `每年向有创业意愿的高校毕业生提供一定数量的创业工位，名额有限，请向${offices.startup}申请`,
    vocationalAmount: `方案规定“按规定给予职业培训补贴”，补贴标准按职业（工种）和等级确定，须向${offices.training}确认`,
    vocationalMunicipal: municipal('取得证书后申领，每人每年限享受一次补贴性培训，可“免申即享”', '渝人社发〔2019〕124号'),
    appraisalAmount: `方案规定“按规定给予职业技能鉴定补贴”，补贴标准须向${offices.training}确认`,
    appraisalMunicipal: municipal('按初次鉴定的鉴定费给予补贴', '渝人社发〔2014〕108号'),
    skillLevelCertificate: `方案列明的是职业资格证书或专项能力证书，职业技能等级证书是否适用须向${offices.training}确认`,
    youthAgeUnknown: (age: number) =>
      `${age}周岁且未就业；方案未规定“失业青年”的年龄范围，市级规定通常为16—24岁，是否属于失业青年须向${centre}确认`,
    internshipMunicipal: municipal('见习对象为离校2年内未就业的高校毕业生和16—24岁失业青年，见习期1—12个月', servicePackage2023),
    internshipApply: `就业见习岗位由就业见习基地提供，可向${centre}查询`,
    grassrootsPosts: (min: number, max: number) =>
      `每个镇街开发${min}—${max}个基层公共管理和社会服务岗位，名额有限，请关注各镇街和${centre}发布的岗位信息`,
    flexibleAmount: `方案规定“按规定给予灵活就业社会保险补贴”，补贴标准和期限须向${offices.employment}确认`,
    flexibleMunicipal: municipal(
      '补贴对象为离校2年内登记失业的高校毕业生、我市户籍登记失业的“4050”人员、低保家庭和零就业家庭成员，按个人缴纳养老、医疗保险费的2/3给予补贴，最长3年（高校毕业生按国家规定为2年，以何者为准尚待确认）',
      servicePackage2023,
    ),
    dibaoAmount: (perMonth: number | undefined, months: number) =>
      perMonth === undefined
        ? `按家庭核减的低保金额给予，最长${span(months)}`
        : `按家庭每月核减的低保金额${money(perMonth)}计，最长${span(months)}，最多${money(perMonth * months)}`,
    dibaoConfirm: `重庆市低保就业补贴（低保渐退）的具体办法未查到，核减金额和申请方式须向${offices.employment}确认`,
    jobSearchMunicipal: municipal('我市户籍、离校1年内登记失业的困难家庭高校毕业生，每人只享受一次', servicePackage2023),
    welfareAssessment: `是否属于“市场渠道难以实现就业”由${offices.employment}评估，符合的通过公益性岗位优先安置`,
    welfareZeroFamily: '零就业家庭成员优先安置，确保零就业家庭动态清零',
    welfareMunicipal: municipal(
      '安置对象为就业困难人员，岗位工资不低于当地最低工资标准；岗位补贴期限一般最长3年，距法定退休年龄不足5年的可延长至退休',
      '渝人社发〔2016〕239号',
    ),
    hiring6000Municipal: municipal(
      '签订劳动合同；低保、零就业家庭成员为我市户籍登记失业人员；高校残疾毕业生为离校2年内；每名人员只享受一次',
      '渝人社办〔2020〕188号；渝府办发〔2023〕57号',
    ),
    disabledReading:
      '是残疾人，但不是淘汰落后产能企业职工，也不是高校毕业生；方案原文“淘汰落后产能企业职工中的“4050”人员和残疾人员”可理解为仅限该类企业职工，市级规定则包括所有残疾人员，须向区就业和人才中心确认',
    notBoth: (high: number, low: number) => `同一人员的${high}元/人和${low}元/人一次性吸纳就业补贴不重复享受，按较高标准计`,
    /** When a hire still being insured reaches the months the subsidy asks (on: the month's first day). */
    insuredFrom: (need: number, on: string) =>
      `按现在每月连续缴纳，预计${Number(on.slice(0, 4))}年${Number(on.slice(5, 7))}月缴满${need}个月，届时${notYetMark}申请`,
    /** How many more people a business must employ for the startup grant. */
    employeesShort: (more: number, min: number) => `再带动${more}人就业（达到${min}人）${notYetMark}满足这一条`,
    notYetMark,
    coveredByHigher: (high: number) => `已符合${high}元/人的一次性吸纳就业补贴，同一人员不重复享受，按较高标准计入该项`,
    maybeHigher: (high: number) => `如该人员经审核符合${high}元/人的补贴，则按较高标准享受，不再重复计入本项`,
    hiring2000Municipal: municipal(
      '签订1年以上劳动合同；市级规定另将离校2年内高校毕业生、16—24岁登记失业青年、我市户籍失业6个月以上人员纳入2000元补贴范围（本方案仅列应届高校毕业生）',
      '渝人社办〔2020〕188号；渝府办发〔2023〕57号',
    ),
    hiringApply: `一次性吸纳就业补贴向${centre}申请`,
    employerInsuranceAmount: `方案规定“按规定给予社会保险补贴”，按单位实际为其缴纳的社会保险费计算，补贴标准和期限须向${offices.employment}确认`,
    employerInsuranceMunicipal: municipal(
      '按单位实际缴纳的基本养老、基本医疗（含生育）、失业和工伤保险费给予补贴，最长3年，距法定退休年龄不足5年的可延长至退休；小微企业招用高校毕业生按国家规定最长1年',
      `${servicePackage2023}；财社〔2017〕164号`,
    ),
    baseCertify: `尚未认定为就业基地的，可向${centre}了解认定条件`,
    basePerformance: (years: number, perPerson: number, cap: number) =>
      `认定后的次年起连续${years}年开展绩效评估，按吸纳高校毕业生、农民工、退捕渔民、脱贫人口、退役军人和其他就业困难人员就业创业${perPerson}元/人/年给予绩效奖补，最高不超过${money(cap)}`,
    baseWindow: (first: number, last: number) => `绩效评估年度为${first}—${last}年`,
    baseYear: (year: number, k: number) => `${year}年为第${k}个绩效评估年度`,
    baseOutside: (year: number, first: number, last: number) => `${year}年不在绩效评估年度（${first}—${last}年）内`,
    baseEstimate: (n: number, amount: number) => `按本评估年度吸纳${n}人测算，绩效奖补为${money(amount)}（4年合计不超过上限）`,
    baseCapReading: (cap: number, years: number) => `“最高不超过${money(cap)}”未写明是每年还是${years}年合计，这里按${years}年合计理解，以${centre}审核为准`,
    workshopAmount: `按规定以每人每月标准给予带动就业示范奖补，计发期间须向${offices.employment}确认`,
    demoStreetAmount: `绩效奖励按吸纳人数和月数计发，计发期间须向${centre}和所在镇街确认`,
    internshipRate: (rate: number | undefined, standard: number, raised: number, threshold: number) =>
      rate === undefined
        ? `见习留用就业率未知，暂按${standard}元/人/月计；留用率达到${Math.round(threshold * 100)}%以上的按${raised}元/人/月`
        : `见习留用就业率为${Math.round(rate * 100)}%`,
    internshipMonthsUnknown: '部分见习人员的见习月数未知，金额暂未计入',
    internshipSubsidyMunicipal: municipal(
      '补贴期限1—12个月，并为见习人员购买人身意外伤害保险；市级规定中1500元/人/月仅适用于留用人员（本方案写为补贴标准提高到1500元/人/月）',
      `${servicePackage2023}；2024年问答`,
    ),
    incubatorPerformance: (min: number, max: number, years: number) =>
      `并结合服务绩效，连续${years}年每年给予${money(min).replace('元', '')}—${money(max)}的绩效奖补`,
    incubatorApply: `奖补按规定申请，须向${offices.startup}确认`,
  },

  amounts: {
    perPerson: (rate: number, unit: string, count: number, total: number) =>
      count === 1 ? `${rate}${unit} × 1人 = ${money(total)}` : `${rate}${unit} × ${count}人 = ${money(total)}`,
    possible: (text: string, max: number) => `${text}；其余人员情况确认后最多可达${money(max)}`,
    perMonth: (rate: number, count: number, total: number) => `${rate}元/人/月 × ${count}人 = ${total}元/月`,
    perMonthPossible: (text: string, max: number) => `${text}；其余人员情况确认后最多可达${max}元/月`,
    loan: (form: 'individual' | 'partnership' | 'small_micro' | undefined, max: { individual: number; partnership: number; small_micro: number }) =>
      form === 'individual'
        ? `个人最高${money(max.individual)}`
        : form === 'partnership'
          ? `合伙企业最高${money(max.partnership)}`
          : form === 'small_micro'
            ? `小微企业最高${money(max.small_micro)}`
            : `个人最高${money(max.individual)}、合伙企业最高${money(max.partnership)}、小微企业最高${money(max.small_micro)}`,
    perHousehold: (n: number) => `${n}元/户`,
    perHead: (n: number) => `${n}元/人`,
    base: (oneOff: number, perPerson: number, cap: number) =>
      `一次性补助${money(oneOff)}；另按${perPerson}元/人/年给予绩效奖补，最高不超过${money(cap)}`,
    incubator: (oneOff: number, min: number, max: number, years: number) =>
      `一次性奖补${money(oneOff)}/户；另连续${years}年每年${money(min).replace('元', '')}—${money(max)}绩效奖补`,
    internship: (rate: number, months: number, total: number) => `${rate}元/人/月 × ${months}人月 = ${money(total)}`,
    internshipUpTo: (rate: number, months: number, total: number) => `${rate}元/人/月 × ${months}人月，情况确认后最多${money(total)}`,
    internshipRate: (rate: number) => `${rate}元/人/月`,
    byRegulation: '按规定',
    upTo: (rate: number, unit: string, count: number, total: number) => `${rate}${unit}，${count}人情况确认后最多${money(total)}`,
    upToPerMonth: (rate: number, count: number, total: number) => `${rate}元/人/月，${count}人情况确认后最多${total}元/月`,
  },
  courses: {
    gyb: '创业意识培训（GYB）',
    syb: '创办你的企业培训（SYB）及网络创业培训',
    iyb: '改善你的企业培训（IYB）',
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
