/**
 * The eligibility contract's person, business and employer facts in words, for the questions the
 * rules ask and the reasons they give (part of the dictionary in ./rules.ts).
 */

const personLabels: Record<string, string> = {
  birthDate: '出生日期',
  age: '年龄',
  gender: '性别',
  hukou: '户籍（是否为重庆市户籍）',
  education: '学历',
  graduationDate: '高校毕业（离校）日期',
  leftSchoolDate: '离校日期',
  isCollegeGraduate: '是否为高校毕业生（大专及以上）',
  schoolInChongqing: '毕业院校是否在重庆市',
  registeredUnemployed: '是否已办理失业登记',
  employmentStatus: '目前的就业状态（未就业／已就业／灵活就业／自主创业）',
  payingSocialInsurance: '目前是否在缴纳社会保险',
  ableToWork: '是否有劳动能力',
  wantsJob: '是否有就业意愿',
  dibaoFamily: '是否为低保家庭成员',
  receivingDibao: '家庭是否正在享受低保待遇',
  dibaoReductionPerMonth: '家庭因就业每月被核减的低保金额',
  zeroEmploymentFamily: '是否为零就业家庭成员',
  povertyAlleviated: '是否为脱贫人口（含防止返贫监测对象）',
  disabled: '是否为残疾人',
  fromEliminatedCapacityEnterprise: '是否为淘汰落后产能（化解过剩产能）企业职工',
  poorFamilyGraduate: '是否来自困难家庭（低保、零就业、脱贫、残疾人家庭或特困）',
  veteran: '是否为退役军人',
  migrantWorker: '是否为农民工（农村转移就业劳动者）',
  retiredFisher: '是否为退捕渔民',
  recognisedDifficultyPerson: '是否已被认定为就业困难人员',
  originalRetirementAge: '原法定退休年龄（女工人50岁／女干部55岁）',
  wantsTraining: '是否有技能培训需求',
  attendedVocationalTraining: '是否已参加职业技能培训',
  passedFirstSkillAppraisal: '是否通过初次职业技能鉴定',
  certificate: '取得的证书类型（职业资格证书／专项能力证书／职业技能等级证书）',
  wantsStartup: '是否有创业意愿',
  hasBusiness: '是否已创办企业或个体工商户',
  business: '创办的企业或个体工商户情况',
  unemploymentRegistrationAppliedOn: '申请失业登记的日期',
  jobIntent: '求职意向',
  skills: '技能和证书',
  major: '所学专业',
  preferredStreet: '希望工作的镇街',
  desiredWorkTypes: '希望的岗位类型',
  expectedWage: '期望月薪（元）',
};

const businessLabels: Record<string, string> = {
  form: '创业主体类型（个体工商户／合伙企业／小微企业）',
  registeredInChongqing: '是否已在重庆市内办理注册登记',
  firstBusiness: '是否为首次创办企业',
  startedOn: '企业（个体工商户）成立日期',
  employees: '除本人外带动就业人数',
  payingSocialInsurance: '是否为员工缴纳社会保险',
};

const employerLabels: Record<string, string> = {
  size: '企业规模（微型／小型／中型／大型）',
  industry: '所属行业',
  employeeCount: '从业人员数',
  annualRevenue: '营业收入（万元）',
  hires: '招用人员情况',
  certifiedEmploymentBase: '是否为经认定的就业基地',
  employmentBaseCertifiedOn: '就业基地认定日期',
  employmentBaseAbsorbed: '评估年度吸纳重点群体就业创业人数',
  assistanceWorkshop: '是否为就业帮扶车间',
  demoStreet: '是否参与创业就业示范街（山村）建设',
  internshipBase: '是否为就业见习基地',
  internships: '见习人员情况',
  retentionRate: '见习留用就业率',
  incubatorCertified: '是否为经认定的市级创业孵化基地（园区）',
};

const hireLabels: Record<string, string> = {
  person: '人员情况',
  hiredOn: '入职日期',
  leftOn: '离职日期',
  socialInsuranceMonths: '单位为其连续缴纳社会保险的月数',
  stillPaying: '单位是否仍在为其缴纳社会保险',
};

const internLabels: Record<string, string> = {
  person: '人员情况',
  months: '见习月数',
  retained: '见习后是否留用',
};

/**
 * A fact path in words: `employer.hires.0.person.dibaoFamily` → “第1位招用人员：是否为低保家庭成员”.
 * `short` drops the “第1位招用人员：” part, for reasons that already say whose they are.
 */
export function factLabel(path: string, short = false): string {
  const cache = short ? shortLabels : fullLabels;
  let label = cache.get(path);
  if (label === undefined) cache.set(path, (label = labelOf(path, short)));
  return label;
}

// Paths are a small, bounded vocabulary (fields × list positions): labels are worked out once.
const shortLabels = new Map<string, string>();
const fullLabels = new Map<string, string>();

function labelOf(path: string, short: boolean): string {
  const parts = path.split('.');
  const personField = (rest: string[]) =>
    rest[0] === 'business' && rest[1] ? (businessLabels[rest[1]] ?? path) : (personLabels[rest[0]!] ?? path);
  if (parts[0] === 'person') return parts.length === 1 ? '个人情况' : personField(parts.slice(1));
  if (parts[0] === 'employer') {
    const [, list, index, field, ...rest] = parts;
    if ((list === 'hires' || list === 'internships') && index !== undefined && /^\d+$/.test(index)) {
      const who = list === 'hires' ? whoHire(Number(index)) : whoIntern(Number(index));
      const labels = list === 'hires' ? hireLabels : internLabels;
      const what = field === 'person' && rest.length ? personField(rest) : field ? (labels[field] ?? path) : '情况';
      return short ? what : `${who}：${what}`;
    }
    return list ? (employerLabels[list] ?? path) : '单位情况';
  }
  return path;
}

export const whoHire = (i: number) => `第${i + 1}位招用人员`;
export const whoIntern = (i: number) => `第${i + 1}位见习人员`;
