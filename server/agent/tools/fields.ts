/**
 * The tools' flat fields and the one mapping between them and the rules engine's facts
 * (server/rules/facts.ts). A model is given flat objects with Chinese descriptions and Chinese
 * values for closed sets (户籍 “重庆”/“外地”, 学历 “本科” …); the engine keeps its nested, English
 * contract. Everything that turns one into the other is here: `personFromFlat` / `flatFromPerson`,
 * `employerFromFlat` / `flatFromEmployer`, the groups of a group question, and the Chinese labels
 * a missing fact is said with (`missingLabel`) with their way back to the fact path (`factPathOf`)
 * for the composer, which asks its questions by path.
 */
import { z } from 'zod';
import { zh } from '../../i18n/zh-CN/index.ts';
import { BusinessSchema, EmployerSchema, HireSchema, InternshipSchema, IsoDate, PersonSchema, type Employer, type Hire, type Internship, type Person } from '../../rules/facts.ts';

const v = zh.rules.validation;

// ── field kinds ──────────────────────────────────────────────────────────────────────────────

const flag = (description: string) => z.boolean({ error: v.boolean }).optional().describe(description);
// A sanity bound is checked, not sent: “不能大于10000000” tells a model nothing it needs.
const count = (description: string, max: number) =>
  z
    .number({ error: v.number })
    .int({ error: v.integer })
    .min(0, { error: v.nonNegative })
    .refine((n) => n <= max, { error: v.max(max) })
    .optional()
    .describe(description);
const amount = (description: string, max: number) =>
  z
    .number({ error: v.number })
    .min(0, { error: v.nonNegative })
    .refine((n) => n <= max, { error: v.max(max) })
    .optional()
    .describe(description);
const date = (description: string) => IsoDate.meta({ format: 'date' }).optional().describe(description);
const text = (description: string, max: number) => z.string({ error: zh.jobs.validation.text }).trim().max(max, { error: zh.jobs.validation.maxLength(max) }).optional().describe(description);

/** A closed set said in Chinese: the values the model picks from, each meaning one engine value. */
function choice<const K extends string, E extends string>(values: Record<K, E>, description: string) {
  const keys = Object.keys(values) as [K, ...K[]];
  const back = new Map<E, K>(keys.map((k) => [values[k], k]));
  return {
    schema: z.enum(keys, { error: v.oneOf(keys) }).optional().describe(description),
    toFact: (x: unknown) => values[x as K],
    fromFact: (x: unknown) => back.get(x as E),
  };
}

/** One flat field: its schema and where it sits in the engine's facts (`business.startedOn`). */
interface Field {
  path: string[];
  schema: z.ZodType;
  toFact?: (x: unknown) => unknown;
  fromFact?: (x: unknown) => unknown;
}
type Fields = Record<string, Field>;

const at = (path: string, schema: z.ZodType | ReturnType<typeof choice>): Field =>
  schema instanceof z.ZodType ? { path: path.split('.'), schema } : { path: path.split('.'), schema: schema.schema, toFact: schema.toFact, fromFact: schema.fromFact };

// ── the closed sets, in Chinese ──────────────────────────────────────────────────────────────

const GENDER = { 男: 'male', 女: 'female' } as const;
const HUKOU = { 重庆: 'chongqing', 外地: 'other' } as const;
const EDUCATION = { 初中: 'junior_high', 高中: 'high_school', 中专: 'vocational', 大专: 'associate', 本科: 'bachelor', 硕士: 'master', 博士: 'doctor' } as const;
const EMPLOYMENT = { 未就业: 'unemployed', 已就业: 'employed', 灵活就业: 'flexible', 自主创业: 'self_employed' } as const;
const CERTIFICATE = { 职业资格证书: 'vocational_qualification', 专项能力证书: 'special_ability', 职业技能等级证书: 'skill_level', 无: 'none' } as const;
const BUSINESS_FORM = { 个体工商户: 'individual', 合伙企业: 'partnership', 小微企业: 'small_micro' } as const;
const WORK_TYPE = { 全职: 'full_time', 兼职零工: 'part_time', 见习: 'internship', 基层岗位: 'grassroots', 公益性岗位: 'public_welfare' } as const;
const SIZE = { 微型: 'micro', 小型: 'small', 中型: 'medium', 大型: 'large' } as const;
const INDUSTRY = { 农林牧渔业: 'agriculture', 工业: 'industry', 批发业: 'wholesale', 零售业: 'retail', 软件和信息技术服务业: 'software_it', 其他: 'other' } as const;

const workTypes = (() => {
  const one = choice(WORK_TYPE, '');
  const keys = Object.keys(WORK_TYPE) as [keyof typeof WORK_TYPE, ...(keyof typeof WORK_TYPE)[]];
  return {
    path: ['desiredWorkTypes'],
    schema: z.array(z.enum(keys, { error: v.oneOf(keys) }), { error: v.array }).max(keys.length).optional().describe('希望的岗位类型'),
    toFact: (x: unknown) => (x as string[]).map(one.toFact),
    fromFact: (x: unknown) => (x as string[]).map(one.fromFact).filter(Boolean),
  } satisfies Field;
})();

// ── a person (record_profile_facts, and what is known) ───────────────────────────────────────

/** A person's facts, flat, every one of the engine's. */
const PERSON: Fields = {
  age: at('age', count('年龄（周岁）', 120)),
  birthDate: at('birthDate', date('出生日期')),
  gender: at('gender', choice(GENDER, '性别')),
  hukou: at('hukou', choice(HUKOU, '户籍：重庆市户籍填“重庆”')),
  education: at('education', choice(EDUCATION, '最高学历（中专含职高、技校）')),
  isCollegeGraduate: at('isCollegeGraduate', flag('是否为高校毕业生（大专及以上）')),
  graduationDate: at('graduationDate', date('高校毕业（离校）日期；只说了年份时填该年6月30日')),
  schoolInChongqing: at('schoolInChongqing', flag('毕业院校是否在重庆市')),
  employmentStatus: at('employmentStatus', choice(EMPLOYMENT, '目前的就业状态')),
  registeredUnemployed: at('registeredUnemployed', flag('是否已办理失业登记')),
  payingSocialInsurance: at('payingSocialInsurance', flag('目前是否在缴纳社会保险')),
  ableToWork: at('ableToWork', flag('是否有劳动能力')),
  wantsJob: at('wantsJob', flag('是否有就业意愿')),
  dibaoFamily: at('dibaoFamily', flag('是否为低保家庭成员')),
  receivingDibao: at('receivingDibao', flag('家庭是否正在享受低保')),
  zeroEmploymentFamily: at('zeroEmploymentFamily', flag('是否为零就业家庭成员')),
  povertyAlleviated: at('povertyAlleviated', flag('是否为脱贫人口（含防止返贫监测对象）')),
  disabled: at('disabled', flag('是否为残疾人')),
  poorFamilyGraduate: at('poorFamilyGraduate', flag('是否来自困难家庭（低保、零就业、脱贫、残疾人家庭或特困）')),
  veteran: at('veteran', flag('是否为退役军人')),
  migrantWorker: at('migrantWorker', flag('是否为农民工（农村转移就业劳动者）')),
  retiredFisher: at('retiredFisher', flag('是否为退捕渔民')),
  fromEliminatedCapacityEnterprise: at('fromEliminatedCapacityEnterprise', flag('是否为淘汰落后产能（化解过剩产能）企业职工')),
  originalRetirementAge: at(
    'originalRetirementAge',
    z
      .literal([50, 55, 60], { error: v.oneOf(['50', '55', '60']) })
      .optional()
      .describe('原法定退休年龄：男60，女工人50，女干部55'),
  ),
  wantsTraining: at('wantsTraining', flag('是否想参加技能培训')),
  attendedVocationalTraining: at('attendedVocationalTraining', flag('是否已参加职业技能培训')),
  passedFirstSkillAppraisal: at('passedFirstSkillAppraisal', flag('是否已通过初次职业技能鉴定')),
  certificate: at('certificate', choice(CERTIFICATE, '取得的证书')),
  wantsStartup: at('wantsStartup', flag('是否有创业意愿')),
  hasBusiness: at('hasBusiness', flag('是否已创办企业或个体工商户')),
  businessForm: at('business.form', choice(BUSINESS_FORM, '所创办主体的类型')),
  businessRegisteredInChongqing: at('business.registeredInChongqing', flag('所创办主体是否已在重庆市内注册登记')),
  firstBusiness: at('business.firstBusiness', flag('是否为首次创业')),
  businessStartedOn: at('business.startedOn', date('所创办主体的成立（开业）日期')),
  businessEmployees: at('business.employees', count('所创办主体除本人外带动就业人数', 100_000)),
  businessPaysStaffInsurance: at('business.payingSocialInsurance', flag('所创办主体是否为员工缴纳社会保险')),
  skills: at(
    'skills',
    z
      .array(z.string({ error: zh.jobs.validation.text }).trim().min(1).max(30, { error: zh.jobs.validation.maxLength(30) }), { error: v.array })
      .max(30, { error: v.max(30) })
      .optional()
      .describe('技能和证书，如“叉车”“Excel”'),
  ),
  major: at('major', text('所学专业', 50)),
  expectedWage: at('expectedWage', count('期望的最低月薪（元）', 1_000_000)),
  desiredWorkTypes: workTypes,
  // Known and kept, but not for a model to record: what only staff or a later step know, and the
  // search words match_vacancies takes on each call.
  leftSchoolDate: at('leftSchoolDate', date('离校日期（与毕业日期不同时）')),
  recognisedDifficultyPerson: at('recognisedDifficultyPerson', flag('是否已被认定为就业困难人员')),
  dibaoReductionPerMonth: at('dibaoReductionPerMonth', amount('家庭因就业每月被核减的低保金额（元）', 100_000)),
  unemploymentRegistrationAppliedOn: at('unemploymentRegistrationAppliedOn', date('申请失业登记的日期')),
  jobIntent: at('jobIntent', text('求职意向', 200)),
  preferredStreet: at('preferredStreet', text('希望工作的镇街', 20)),
};

/** Not for record_profile_facts: see above. */
const NOT_RECORDED = new Set(['leftSchoolDate', 'recognisedDifficultyPerson', 'dibaoReductionPerMonth', 'unemploymentRegistrationAppliedOn', 'jobIntent', 'preferredStreet']);
export const RECORDABLE = Object.keys(PERSON).filter((k) => !NOT_RECORDED.has(k));

/** The schemas of some fields, as an object's shape. */
const shapeOf = (fields: Fields, keys: readonly string[] = Object.keys(fields)) => Object.fromEntries(keys.map((k) => [k, fields[k]!.schema]));

/** The input of record_profile_facts: what a seeker can say of themselves, flat. */
export const RecordInput = z.object(shapeOf(PERSON, RECORDABLE));
export type FlatPerson = Record<string, unknown>;

/** What is known of a person as the tools say it (`known` in their outputs): `flatFromPerson`'s fields, each as its schema takes it. */
export const KnownFacts = z.strictObject(shapeOf(PERSON));

// ── a hire and an intern (check_employer_eligibility) ────────────────────────────────────────

/** What the hiring subsidies need of one person hired: the hire, and who the person is. */
const HIRE: Fields = {
  hiredOn: at('hiredOn', date('入职（签订劳动合同）日期')),
  leftOn: at('leftOn', date('离职日期，未离职不填')),
  socialInsuranceMonths: at('socialInsuranceMonths', count('单位为其连续缴纳社会保险的月数', 600)),
  stillPaying: at('stillPaying', flag('单位是否仍在为其缴纳社会保险')),
  age: at('person.age', count('入职时的年龄（周岁）', 120)),
  birthDate: at('person.birthDate', date('出生日期')),
  gender: at('person.gender', choice(GENDER, '性别')),
  hukou: at('person.hukou', choice(HUKOU, '户籍：重庆市户籍填“重庆”')),
  isCollegeGraduate: at('person.isCollegeGraduate', flag('是否为高校毕业生（大专及以上）')),
  graduationDate: at('person.graduationDate', date('高校毕业日期；只知道届别时填该年6月30日')),
  registeredUnemployed: at('person.registeredUnemployed', flag('入职前是否登记失业')),
  dibaoFamily: at('person.dibaoFamily', flag('是否为低保家庭成员')),
  zeroEmploymentFamily: at('person.zeroEmploymentFamily', flag('是否为零就业家庭成员')),
  povertyAlleviated: at('person.povertyAlleviated', flag('是否为脱贫人口')),
  disabled: at('person.disabled', flag('是否为残疾人')),
  veteran: at('person.veteran', flag('是否为退役军人')),
  migrantWorker: at('person.migrantWorker', flag('是否为农民工')),
  retiredFisher: at('person.retiredFisher', flag('是否为退捕渔民')),
  fromEliminatedCapacityEnterprise: at('person.fromEliminatedCapacityEnterprise', flag('是否为去产能企业分流职工')),
  recognisedDifficultyPerson: at('person.recognisedDifficultyPerson', flag('是否已被认定为就业困难人员')),
};

const INTERN: Fields = {
  months: at('months', count('见习月数', 120)),
  retained: at('retained', flag('见习后是否留用')),
  isCollegeGraduate: at('person.isCollegeGraduate', flag('是否为高校毕业生')),
};

/** Hires or interns in one call: any employer's question, and a bound on what one call evaluates. */
export const MAX_PEOPLE = 100;

const objectOf = (fields: Fields) => z.object(shapeOf(fields));

const EMPLOYER: Fields = {
  size: at('size', choice(SIZE, '企业规模；不清楚时填行业、从业人数和营业收入')),
  industry: at('industry', choice(INDUSTRY, '所属行业')),
  employeeCount: at('employeeCount', count('从业人员数', 10_000_000)),
  annualRevenue: at('annualRevenue', amount('年营业收入（万元）', 1e9)),
  certifiedEmploymentBase: at('certifiedEmploymentBase', flag('是否为经认定的就业基地')),
  employmentBaseCertifiedOn: at('employmentBaseCertifiedOn', date('就业基地认定日期')),
  employmentBaseAbsorbed: at('employmentBaseAbsorbed', count('评估年度吸纳重点群体就业创业人数', 1_000_000)),
  assistanceWorkshop: at('assistanceWorkshop', flag('是否为就业帮扶车间')),
  demoStreet: at('demoStreet', flag('是否参与创业就业示范街（山村）建设')),
  internshipBase: at('internshipBase', flag('是否为就业见习基地')),
  retentionRate: at('retentionRate', z.number({ error: v.number }).min(0, { error: v.fraction }).max(1, { error: v.fraction }).optional().describe('见习留用就业率，0到1')),
  incubatorCertified: at('incubatorCertified', flag('是否为经认定的市级创业孵化基地（园区）')),
};

/** The input of check_employer_eligibility, besides the benefit codes. */
export const employerInputShape = {
  ...shapeOf(EMPLOYER),
  hires: z
    .array(objectOf(HIRE), { error: v.array })
    .max(MAX_PEOPLE, { error: v.tooMany(MAX_PEOPLE) })
    .optional()
    .describe('所问补贴涉及的招用人员，每人一项；没说到的情况不填'),
  internships: z.array(objectOf(INTERN), { error: v.array }).max(MAX_PEOPLE, { error: v.tooMany(MAX_PEOPLE) }).optional().describe('见习人员，每人一项'),
};

// ── the mapping ──────────────────────────────────────────────────────────────────────────────

function toFacts(fields: Fields, flat: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, f] of Object.entries(fields)) {
    const x = flat[key];
    if (x === undefined) continue;
    let node = out;
    for (const part of f.path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[f.path.at(-1)!] = f.toFact ? f.toFact(x) : x;
  }
  return out;
}

function fromFacts(fields: Fields, facts: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, f] of Object.entries(fields)) {
    let x: unknown = facts;
    for (const part of f.path) x = x && typeof x === 'object' ? (x as Record<string, unknown>)[part] : undefined;
    if (x === undefined) continue;
    const flat = f.fromFact ? f.fromFact(x) : x;
    if (flat !== undefined) out[key] = flat;
  }
  return out;
}

/** A person's flat facts as the engine's `Person` (a business field implies the business). */
export function personFromFlat(flat: FlatPerson): Person {
  return toFacts(PERSON, flat) as Person;
}

/** The engine's `Person` as flat facts: what a model records and is told is known. */
export function flatFromPerson(person: Partial<Person>, only: readonly string[] = Object.keys(PERSON)): FlatPerson {
  const all = fromFacts(PERSON, person as Record<string, unknown>);
  // A business said without details (“开了个店”) is a business all the same.
  if (person.business && all.hasBusiness === undefined) all.hasBusiness = true;
  return Object.fromEntries(only.filter((k) => k in all).map((k) => [k, all[k]]));
}

export type FlatEmployer = Record<string, unknown> & { hires?: Record<string, unknown>[]; internships?: Record<string, unknown>[] };

export function employerFromFlat(flat: FlatEmployer): Employer {
  const { hires, internships, ...rest } = flat;
  const employer = toFacts(EMPLOYER, rest) as Employer;
  if (hires) employer.hires = hires.map((h) => withPerson(toFacts(HIRE, h)) as Hire);
  if (internships) employer.internships = internships.map((x) => withPerson(toFacts(INTERN, x)) as Internship);
  return employer;
}

/** A hire is always someone: `person: {}` when nothing is said of them (the engine asks then). */
const withPerson = (x: Record<string, unknown>) => ({ ...x, person: (x.person as object | undefined) ?? {} });

/**
 * The engine's `Employer` as flat facts. A hire's degree (本科) stands for “高校毕业生” as it does in
 * the engine (server/rules/derived.ts), since a hire has no degree field of its own.
 */
export function flatFromEmployer(employer: Employer): FlatEmployer {
  const flat: FlatEmployer = fromFacts(EMPLOYER, employer as Record<string, unknown>);
  if (employer.hires) flat.hires = employer.hires.map((h) => fromFacts(HIRE, { ...h, person: withDegree(h.person ?? {}) }));
  if (employer.internships) flat.internships = employer.internships.map((x) => fromFacts(INTERN, { ...x, person: withDegree(x.person ?? {}) }));
  return flat;
}

const COLLEGE = new Set(['associate', 'bachelor', 'master', 'doctor']);
function withDegree(p: Partial<Person>): Partial<Person> {
  if (p.isCollegeGraduate !== undefined || !p.education) return p;
  if (COLLEGE.has(p.education)) return { ...p, isCollegeGraduate: true };
  if (p.education === 'junior_high' || p.education === 'high_school') return { ...p, isCollegeGraduate: false };
  return p;
}

// ── a group asked about (check_eligibility) ──────────────────────────────────────────────────

/** The groups a question can be about (脱贫人口有哪些帮扶), named as the dialogue names them. */
const GROUP_FACTS: Record<string, keyof Person> = {
  ...Object.fromEntries(Object.entries(zh.dialogue.groupNames).map(([k, name]) => [name, k as keyof Person])),
  退役军人: 'veteran',
  农民工: 'migrantWorker',
  退捕渔民: 'retiredFisher',
};
export const GROUP_NAMES = Object.keys(GROUP_FACTS) as [string, ...string[]];

export function groupFacts(names: readonly string[]): Partial<Person> {
  return Object.fromEntries(names.map((n) => [GROUP_FACTS[n], true]));
}

/** A group's facts as the names of its groups (only what is true of it names a group). */
export function groupNamesOf(facts: Record<string, unknown>): string[] {
  return GROUP_NAMES.filter((n) => facts[GROUP_FACTS[n]!] === true);
}

// ── missing facts in words, and back ─────────────────────────────────────────────────────────

/** A missing fact in Chinese, as the rules' dictionary says it (第1位招用人员：入职日期). */
export const missingLabel = (path: string) => zh.rules.factLabel(path);

let byLabel: Map<string, string> | undefined;
const WHO = /^第(\d+)位(招用|见习)人员：(.+)$/u;

/** Every fact path the engine can name, with `N` for a list position. */
function knownPaths(): string[] {
  const keys = (s: z.ZodObject) => Object.keys(s.shape);
  const person = (base: string) => [base, ...keys(PersonSchema).map((k) => `${base}.${k}`), ...keys(BusinessSchema).map((k) => `${base}.business.${k}`)];
  const item = (list: string, schema: z.ZodObject) => keys(schema).flatMap((k) => (k === 'person' ? person(`employer.${list}.N.person`) : [`employer.${list}.N.${k}`]));
  return [...person('person'), 'employer', ...keys(EmployerSchema).map((k) => `employer.${k}`), ...item('hires', HireSchema), ...item('internships', InternshipSchema)];
}

/**
 * The fact path a label says (the inverse of `missingLabel`): the composer asks its questions by
 * path. Undefined for words that are not a fact's label.
 */
export function factPathOf(label: string): string | undefined {
  if (!byLabel) {
    byLabel = new Map();
    for (const path of knownPaths()) byLabel.set(zh.rules.factLabel(path.replace('.N.', '.0.')).replace(/^第1位(招用|见习)人员：/u, `$1：`), path);
  }
  const who = WHO.exec(label);
  if (!who) return byLabel.get(label);
  const generic = byLabel.get(`${who[2]}：${who[3]}`);
  return generic?.replace('.N.', `.${Number(who[1]) - 1}.`);
}

/**
 * What is still missing, for a model to ask: each fact once, a fact missing for several hires said
 * once with whom it concerns (入职日期（第1、2位招用人员）).
 */
export function missingSummary(paths: readonly string[]): string[] {
  const grouped = new Map<string, { label: string; who: Set<number>; list?: string }>();
  for (const path of paths) {
    const m = /^employer\.(hires|internships)\.(\d+)\.(.+)$/.exec(path);
    const key = m ? `${m[1]}.${m[3]}` : path;
    const g = grouped.get(key) ?? { label: zh.rules.factLabel(path, true), who: new Set<number>(), ...(m ? { list: m[1] } : {}) };
    if (m) g.who.add(Number(m[2]) + 1);
    grouped.set(key, g);
  }
  return [...grouped.values()].map((g) => (g.list ? `${g.label}（第${[...g.who].sort((a, b) => a - b).join('、')}位${g.list === 'hires' ? '招用' : '见习'}人员）` : g.label));
}

// ── known facts in words ─────────────────────────────────────────────────────────────────────

/**
 * A person's facts as a model may be told them, one line each in Chinese (户籍：重庆；所创办主体的
 * 成立（开业）日期：2024-03-01；是否已创办企业或个体工商户：是) — for a prompt that states what is known,
 * where the engine's own form would show its keys and values (`{"startedOn": …}`, `"chongqing"`).
 */
export function knownInWords(person: Partial<Person>): string[] {
  const say = (x: unknown) => (x === true ? '是' : x === false ? '否' : Array.isArray(x) ? x.join('、') : String(x));
  return Object.entries(flatFromPerson(person)).map(([k, x]) => `${described(PERSON, k)}：${say(x)}`);
}

// ── naming a field in an error ───────────────────────────────────────────────────────────────

const described = (fields: Fields, key: string) => fields[key]?.schema.description?.split(/[，；：]/u)[0] ?? key;

/** record_profile_facts' field in Chinese (出生日期). */
export const personFieldLabel = (path: (string | number)[]) => described(PERSON, String(path[0]));

/** check_employer_eligibility's field in Chinese: hires.1.hiredOn → 第2位招用人员的入职日期. */
export function employerFieldLabel(path: (string | number)[]): string {
  const [first, index, field] = path;
  if ((first === 'hires' || first === 'internships') && typeof index === 'number') {
    const who = first === 'hires' ? zh.rules.reasons.whoHire(index) : zh.rules.reasons.whoIntern(index);
    return field === undefined ? who : `${who}的${described(first === 'hires' ? HIRE : INTERN, String(field))}`;
  }
  if (first === 'hires') return '招用人员';
  if (first === 'internships') return '见习人员';
  if (first === 'benefitCodes') return '补贴项目代码';
  return described(EMPLOYER, String(first));
}
