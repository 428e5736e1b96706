/**
 * Person and employer facts (docs/architecture.md, extended where a rule needs more) and the
 * `/api/eligibility` request. Every fact is optional: an absent fact is unknown, never false.
 * Validation refuses only what cannot be true — malformed or impossible dates, negative counts,
 * values outside an enum, dates after `asOf` — with a 400 that names the field.
 */
import { z } from 'zod';
import { zh } from '../i18n/zh-CN/index.ts';
import { calendarMonthsInclusive, FIRST_INPUT_DAY, fullYearsBetween, isInputDay, isIsoDate, LAST_INPUT_DAY, today } from './dates.ts';

const v = zh.rules.validation;
const jv = zh.jobs.validation;

export const IsoDate = z
  .string({ error: v.date })
  .refine((s) => isIsoDate(s) && isInputDay(s), { error: (i) => (isIsoDate(String(i.input)) ? zh.errors.dateRange(FIRST_INPUT_DAY, LAST_INPUT_DAY) : v.date) });

const flag = (description: string) => z.boolean({ error: v.boolean }).optional().describe(description);
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z.enum(values, { error: v.oneOf(values) }).optional().describe(description);
const count = (description: string) =>
  z.number({ error: v.number }).int({ error: v.integer }).min(0, { error: v.nonNegative }).optional().describe(description);
const date = (description: string) => IsoDate.optional().describe(description);

/** Hires or interns in one request: enough for any real employer's question, small enough to evaluate at once. */
export const MAX_ITEMS = 500;

export const GENDERS = ['male', 'female'] as const;
export const HUKOU = ['chongqing', 'other'] as const;
export const EDUCATION = ['junior_high', 'high_school', 'vocational', 'associate', 'bachelor', 'master', 'doctor'] as const;
export const EMPLOYMENT_STATUSES = ['unemployed', 'employed', 'flexible', 'self_employed'] as const;
export const BUSINESS_FORMS = ['individual', 'partnership', 'small_micro'] as const;
export const CERTIFICATES = ['vocational_qualification', 'special_ability', 'skill_level', 'none'] as const;
export const SIZES = ['micro', 'small', 'medium', 'large'] as const;
export const INDUSTRIES = ['agriculture', 'industry', 'wholesale', 'retail', 'software_it', 'other'] as const;
export const AUDIENCES = ['person', 'employer', 'both'] as const;
/** Kinds of post (vacancy matching): 全职, 兼职/零工, 见习岗位, 基层岗位, 公益性岗位. */
export const WORK_TYPES = ['full_time', 'part_time', 'internship', 'grassroots', 'public_welfare'] as const;

export const BusinessSchema = z
  .object({
    form: oneOf(BUSINESS_FORMS, 'Legal form: individual (个体工商户 or individual borrower), partnership (合伙企业), small_micro (小微企业)'),
    registeredInChongqing: flag('Registered (注册登记) in Chongqing — “在市内自主创业且已办理注册登记”'),
    firstBusiness: flag('This is the founder’s first business (首次创办)'),
    startedOn: date('Date the business started operating / was registered, YYYY-MM-DD'),
    employees: count('People employed by the business besides the owner (带动就业人数)'),
    payingSocialInsurance: flag('The business pays social insurance for its staff'),
  })
  .describe('The business the person founded, if any');

export const PersonSchema = z
  .object({
    birthDate: date('Birth date, YYYY-MM-DD'),
    age: z
      .number({ error: v.number })
      .int({ error: v.integer })
      .min(0, { error: v.nonNegative })
      .max(120, { error: v.max(120) })
      .optional()
      .describe('Age in whole years when the birth date is unknown: on asOf; for a hire, on the hire date'),
    gender: oneOf(GENDERS, 'Gender'),
    hukou: oneOf(HUKOU, 'Household registration: chongqing (我市户籍) or other'),
    education: oneOf(EDUCATION, 'Highest education; associate (大专) and above counts as 高校毕业生'),
    graduationDate: date('College graduation date, YYYY-MM-DD; its year is the 毕业年度 that defines 应届'),
    leftSchoolDate: date('Date of leaving school (离校) when different from the graduation date, YYYY-MM-DD'),
    isCollegeGraduate: flag('Graduate of a college or university (高校毕业生, 大专及以上)'),
    schoolInChongqing: flag('Graduated from a school in Chongqing (one reading of 我市高校毕业生)'),
    registeredUnemployed: flag('Holds an unemployment registration (登记失业)'),
    employmentStatus: oneOf(EMPLOYMENT_STATUSES, 'Current work status'),
    payingSocialInsurance: flag('Currently pays social insurance (e.g. as a flexible worker)'),
    ableToWork: flag('Able to work (有劳动能力)'),
    wantsJob: flag('Wants a job (有就业要求/就业意愿)'),
    dibaoFamily: flag('Member of a minimum-living-allowance family (低保家庭成员)'),
    receivingDibao: flag('The family currently receives 低保'),
    dibaoReductionPerMonth: z
      .number({ error: v.number })
      .min(0, { error: v.nonNegative })
      .optional()
      .describe('Monthly 低保 amount deducted from the family because of this person’s work, 元/月'),
    zeroEmploymentFamily: flag('Member of a zero-employment family (零就业家庭成员)'),
    povertyAlleviated: flag('Person lifted out of poverty (脱贫人口, incl. 防止返贫监测对象)'),
    disabled: flag('Person with a disability (残疾人)'),
    fromEliminatedCapacityEnterprise: flag('Worker from an enterprise eliminating backward/excess capacity (淘汰落后产能/化解过剩产能企业职工)'),
    poorFamilyGraduate: flag('From a family in difficulty (困难家庭: 低保, 零就业, 脱贫, disabled member, 特困)'),
    veteran: flag('Veteran (退役军人)'),
    migrantWorker: flag('Rural migrant worker (农民工/农村转移就业劳动者)'),
    retiredFisher: flag('Fisher who left Yangtze fishing (退捕渔民)'),
    recognisedDifficultyPerson: flag('Already recognised as 就业困难人员 at unemployment registration'),
    originalRetirementAge: z
      .union([z.literal(50), z.literal(55), z.literal(60)], { error: v.oneOf(['50', '55', '60']) })
      .optional()
      .describe('Original statutory retirement age before the 2025 reform: men 60, women workers 50, women cadres 55'),
    wantsTraining: flag('Wants skills training (有技能培训需求)'),
    attendedVocationalTraining: flag('Has taken part in vocational skills training (参加职业技能培训)'),
    passedFirstSkillAppraisal: flag('Passed a first vocational skill appraisal (通过初次职业技能鉴定)'),
    certificate: oneOf(
      CERTIFICATES,
      'Certificate obtained: vocational_qualification (职业资格证书), special_ability (专项能力证书), skill_level (职业技能等级证书), none',
    ),
    wantsStartup: flag('Wants to start a business (有创业意愿)'),
    hasBusiness: flag('Has founded a business or 个体工商户 (implied when `business` is given)'),
    business: BusinessSchema.optional(),
    unemploymentRegistrationAppliedOn: date('Date the person applied for unemployment registration, YYYY-MM-DD'),
    // Job-matching preferences (server/jobs): what the seeker wants, not who they are.
    jobIntent: z
      .string({ error: jv.text })
      .trim()
      .max(200, { error: jv.maxLength(200) })
      .optional()
      .describe('What work the seeker is looking for, in their own words (求职意向), e.g. “仓库管理” or “软件测试”'),
    skills: z
      .array(z.string({ error: jv.text }).trim().min(1, { error: jv.text }).max(30, { error: jv.maxLength(30) }), { error: v.array })
      .max(30, { error: v.max(30) })
      .optional()
      .describe('Skills and certificates the seeker has (技能), e.g. ["叉车", "Excel"]'),
    major: z.string({ error: jv.text }).trim().max(50, { error: jv.maxLength(50) }).optional().describe('Field of study (所学专业), e.g. “物流管理”'),
    preferredStreet: z
      .string({ error: jv.text })
      .trim()
      .max(20, { error: jv.maxLength(20) })
      .optional()
      .describe('The 渝北区 town or street (镇街) the seeker wants to work in, e.g. “两路街道” or “两路”'),
    desiredWorkTypes: z
      .array(z.enum(WORK_TYPES, { error: v.oneOf(WORK_TYPES) }), { error: v.array })
      .max(WORK_TYPES.length, { error: v.max(WORK_TYPES.length) })
      .optional()
      .describe('Kinds of post wanted: full_time (全职), part_time (兼职/零工), internship (见习), grassroots (基层岗位), public_welfare (公益性岗位)'),
    expectedWage: z
      .number({ error: v.number })
      .int({ error: v.integer })
      .min(0, { error: v.nonNegative })
      .max(1_000_000, { error: v.max(1_000_000) })
      .optional()
      .describe('Lowest monthly wage the seeker would accept, 元/月'),
  })
  .describe('Facts about a job seeker; every field optional — unknown is not false');

export const HireSchema = z
  .object({
    person: PersonSchema.optional().describe('The hired person as they were when hired'),
    hiredOn: date('Hire (labour contract) date, YYYY-MM-DD'),
    leftOn: date('Date the person left, if they have left, YYYY-MM-DD'),
    socialInsuranceMonths: count('Consecutive months of social insurance the employer has paid for this person'),
    stillPaying: flag('The employer still pays this person’s social insurance'),
  })
  .describe('One person the employer hired');

export const InternshipSchema = z
  .object({
    person: PersonSchema.optional().describe('The intern'),
    months: count('Months of internship hosted'),
    retained: flag('Kept on as an employee after the internship (留用)'),
  })
  .describe('One intern hosted by an internship base');

export const EmployerSchema = z
  .object({
    size: oneOf(SIZES, 'Enterprise size class (工信部联企业〔2011〕300号); 中小微 = micro, small, medium'),
    industry: oneOf(INDUSTRIES, 'Industry, used to derive the size class from head count and revenue'),
    employeeCount: count('Total staff (从业人员), used to derive the size class'),
    annualRevenue: z
      .number({ error: v.number })
      .min(0, { error: v.nonNegative })
      .optional()
      .describe('Annual operating revenue in 万元, used to derive the size class'),
    hires: z.array(HireSchema, { error: v.array }).max(MAX_ITEMS, { error: v.tooMany(MAX_ITEMS) }).optional().describe('People hired whose subsidies are asked about'),
    certifiedEmploymentBase: flag('Certified as a 更加充分更高质量就业基地'),
    employmentBaseCertifiedOn: date('Date of that certification'),
    employmentBaseAbsorbed: count('Graduates, migrant workers, fishers, 脱贫人口, veterans and others in difficulty absorbed in the assessment year'),
    assistanceWorkshop: flag('Is an employment-assistance workshop (就业帮扶车间)'),
    demoStreet: flag('Takes part in a startup/employment demonstration street or village (创业就业示范街（山村）)'),
    internshipBase: flag('Is an employment internship base (就业见习基地)'),
    internships: z.array(InternshipSchema, { error: v.array }).max(MAX_ITEMS, { error: v.tooMany(MAX_ITEMS) }).optional().describe('Interns hosted'),
    retentionRate: z
      .number({ error: v.number })
      .min(0, { error: v.fraction })
      .max(1, { error: v.fraction })
      .optional()
      .describe('Share of interns kept on (见习留用就业率), 0–1; derived from `internships[].retained` when absent'),
    incubatorCertified: flag('Certified municipal startup incubation base or park (市级创业孵化基地（园区）)'),
  })
  .describe('Facts about an employer; every field optional');

export type Person = z.infer<typeof PersonSchema>;
export type Business = z.infer<typeof BusinessSchema>;
export type Hire = z.infer<typeof HireSchema>;
export type Internship = z.infer<typeof InternshipSchema>;
export type Employer = z.infer<typeof EmployerSchema>;
export type Audience = 'person' | 'employer';

/** What the engine evaluates: the facts of one person and/or one employer. */
export interface Facts {
  person?: Person;
  employer?: Employer;
}

type Issue = (path: (string | number)[], message: string) => void;

function checkPerson(p: Person, asOf: string, path: (string | number)[], issue: Issue, hiredOn?: string) {
  const notAfter = (key: string, value: string | undefined, limit: string, message: string) => {
    if (value && value > limit) issue([...path, key], message);
  };
  notAfter('birthDate', p.birthDate, hiredOn ?? asOf, hiredOn ? v.bornAfterHire : v.afterAsOf(asOf));
  notAfter('graduationDate', p.graduationDate, asOf, v.afterAsOf(asOf));
  notAfter('leftSchoolDate', p.leftSchoolDate, asOf, v.afterAsOf(asOf));
  notAfter('unemploymentRegistrationAppliedOn', p.unemploymentRegistrationAppliedOn, asOf, v.afterAsOf(asOf));
  if (p.birthDate && p.graduationDate && p.graduationDate <= p.birthDate) issue([...path, 'graduationDate'], v.graduatedBeforeBirth);
  if (p.birthDate && p.age !== undefined && p.age !== fullYearsBetween(p.birthDate, hiredOn ?? asOf)) {
    issue([...path, 'age'], v.ageMismatch(fullYearsBetween(p.birthDate, hiredOn ?? asOf)));
  }
  if (p.business?.startedOn && p.business.startedOn > asOf) issue([...path, 'business', 'startedOn'], v.afterAsOf(asOf));
}

function checkEmployer(e: Employer, asOf: string, issue: Issue) {
  const at = ['employer'];
  if (e.employmentBaseCertifiedOn && e.employmentBaseCertifiedOn > asOf) issue([...at, 'employmentBaseCertifiedOn'], v.afterAsOf(asOf));
  e.hires?.forEach((h, i) => {
    const here = [...at, 'hires', i];
    if (h.hiredOn && h.hiredOn > asOf) issue([...here, 'hiredOn'], v.afterAsOf(asOf));
    if (h.leftOn && h.leftOn > asOf) issue([...here, 'leftOn'], v.afterAsOf(asOf));
    if (h.leftOn && h.hiredOn && h.leftOn < h.hiredOn) issue([...here, 'leftOn'], v.leftBeforeHired);
    if (h.hiredOn && h.hiredOn <= asOf && h.socialInsuranceMonths !== undefined) {
      const possible = calendarMonthsInclusive(h.hiredOn, h.leftOn && h.leftOn < asOf ? h.leftOn : asOf);
      if (h.socialInsuranceMonths > possible) issue([...here, 'socialInsuranceMonths'], v.insuranceLongerThanJob(possible));
    }
    if (h.person) checkPerson(h.person, asOf, [...here, 'person'], issue, h.hiredOn && h.hiredOn <= asOf ? h.hiredOn : undefined);
  });
  e.internships?.forEach((x, i) => x.person && checkPerson(x.person, asOf, [...at, 'internships', i, 'person'], issue));
}

export const EligibilityRequest = z
  .object({
    asOf: date('The date the facts describe and the rules are applied on, YYYY-MM-DD (default: today in China)'),
    person: PersonSchema.optional(),
    employer: EmployerSchema.optional(),
    audience: oneOf(AUDIENCES, 'Whose benefits to list; default: those of the facts given, or both'),
  })
  .superRefine((request, ctx) => {
    const asOf = request.asOf ?? today();
    const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', path, message });
    if (request.person) checkPerson(request.person, asOf, ['person'], issue);
    if (request.employer) checkEmployer(request.employer, asOf, issue);
  });

export type EligibilityRequest = z.infer<typeof EligibilityRequest>;
