/**
 * One vacancy row of an import file (CSV or JSON): its columns (English names and the Chinese
 * header set), its validation, and the text that is embedded for semantic matching.
 */
import { z } from 'zod';
import { zh } from '../i18n/zh-CN/index.ts';
import { codeOf, isoDate, list, nonNegativeInt, positiveInt, requiredText, text } from './fields.ts';
import type { ColumnSpec } from './feed-records.ts';
import { normaliseStreet } from './streets.ts';
import { EDUCATION, GROUPS, STATUSES, WORK_TYPES, type Education, type Group, type Status, type WorkType } from './vocabulary.ts';

const v = zh.jobs.validation;
const L = zh.jobs.columns.vacancy;

export const VACANCY_COLUMNS: ColumnSpec = {
  labels: L,
  required: ['sourceId', 'title', 'employer'],
  aliases: {
    sourceId: ['vacancyId', 'jobId', 'id', '编号', '岗位ID', '职位编号'],
    title: ['岗位', '职位名称', '招聘岗位', '职位'],
    employer: ['单位名称', '招聘单位', '企业名称', '公司', '公司名称'],
    description: ['岗位职责', '职位描述', '工作内容', '岗位说明'],
    district: ['所在区县', '区'],
    street: ['所在镇街', '镇街名称', '街道', '乡镇', '工作镇街'],
    address: ['地址', '工作地点'],
    educationMin: ['最低学历', '学历', 'education'],
    majors: ['专业', '所需专业'],
    skills: ['技能', '技能证书'],
    wageMin: ['最低薪资', '月薪下限', '工资下限', '薪资下限（元/月）'],
    wageMax: ['最高薪资', '月薪上限', '工资上限', '薪资上限（元/月）'],
    headcount: ['人数', '招聘数量', '需求人数'],
    workType: ['用工形式', '岗位性质', '工作性质'],
    suitableGroups: ['面向人群', '适用人群', '招聘对象'],
    excludedGroups: ['不适用人群', '排除人群'],
    contact: ['联系电话', '联系人'],
    postedOn: ['发布时间'],
    expiresOn: ['截止时间', '有效期至', '到期日期'],
    status: ['岗位状态'],
  },
};

const educationLabels = zh.jobs.education;
const EDUCATION_ALIASES: Record<string, Education> = {
  初中及以下: 'junior_high',
  职高: 'vocational',
  技校: 'vocational',
  中职: 'vocational',
  '中专/技校': 'vocational',
  '高中/中专': 'high_school',
  专科: 'associate',
  高职: 'associate',
  学士: 'bachelor',
  研究生: 'master',
  硕士研究生: 'master',
  博士研究生: 'doctor',
};
/** A minimum education, or null for 不限; “大专及以上” reads as 大专. */
export const educationMin = () =>
  z.preprocess(
    (x) => {
      if (typeof x !== 'string') return x;
      const s = x.trim().replace(/(及|或)?以上(学历)?$/, '').replace(/学历$/, '');
      return /^(不限|无|无要求|学历不限)$/.test(s) ? null : s;
    },
    codeOf(EDUCATION, educationLabels, EDUCATION_ALIASES).nullable().optional(),
  );

export const workType = () =>
  codeOf(WORK_TYPES, zh.jobs.workTypes, {
    全职: 'full_time',
    全日制: 'full_time',
    兼职: 'part_time',
    零工: 'part_time',
    灵活用工: 'part_time',
    见习: 'internship',
    就业见习: 'internship',
    实习: 'internship',
    基层: 'grassroots',
    基层公共管理和社会服务岗位: 'grassroots',
    公益岗: 'public_welfare',
    公益性: 'public_welfare',
  });

export const group = () =>
  codeOf(GROUPS, zh.jobs.groups, {
    毕业生: 'graduate',
    大学生: 'graduate',
    应届生: 'current_graduate',
    应届毕业生: 'current_graduate',
    离校未就业毕业生: 'unemployed_graduate',
    困难人员: 'difficulty',
    '4050人员': '4050',
    '4050': '4050',
    残疾人员: 'disabled',
    低保家庭: 'dibao',
    低保: 'dibao',
    零就业家庭: 'zero_employment_family',
    脱贫户: 'poverty_alleviated',
    退伍军人: 'veteran',
  });

export const status = () =>
  codeOf(STATUSES, { active: zh.jobs.statuses.active, withdrawn: zh.jobs.statuses.withdrawn }, {
    有效: 'active',
    招聘中: 'active',
    上架: 'active',
    下架: 'withdrawn',
    撤回: 'withdrawn',
    停招: 'withdrawn',
    已招满: 'withdrawn',
    关闭: 'withdrawn',
  });

export const VacancyRowSchema = z
  .object({
    sourceId: requiredText(64),
    title: requiredText(100),
    employer: requiredText(100),
    description: text(4000).optional(),
    district: text(20).optional(),
    street: text(30).optional(),
    address: text(200).optional(),
    educationMin: educationMin(),
    majors: list(requiredText(50)).optional(),
    skills: list(requiredText(50)).optional(),
    wageMin: nonNegativeInt(),
    wageMax: nonNegativeInt(),
    headcount: positiveInt(),
    workType: workType().optional(),
    suitableGroups: list(group(), GROUPS.length).optional(),
    excludedGroups: list(group(), GROUPS.length).optional(),
    contact: text(100).optional(),
    postedOn: isoDate(),
    expiresOn: isoDate(),
    status: status().optional(),
  })
  .superRefine((r, ctx) => {
    if (r.wageMin !== undefined && r.wageMax !== undefined && r.wageMax < r.wageMin) ctx.addIssue({ code: 'custom', path: ['wageMax'], message: v.wageOrder });
    if (r.postedOn && r.expiresOn && r.expiresOn < r.postedOn) ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: v.expiresBeforePosted });
  });

/** What a post says, as stored: shared by imports (VacancyInput) and matching (VacancyCandidate). */
export interface VacancyFields {
  title: string;
  employer: string;
  description: string;
  district: string;
  street: string | null;
  address: string | null;
  educationMin: Education | null;
  majors: string[];
  skills: string[];
  wageMin: number | null;
  wageMax: number | null;
  headcount: number | null;
  workType: WorkType;
  suitableGroups: Group[];
  excludedGroups: Group[];
  contact: string | null;
  expiresOn: string | null;
  status: Status;
}

/** A validated vacancy in stored form; `postedOn` null = not given (the import day on insert, kept on update). */
export interface VacancyInput extends VacancyFields {
  sourceId: string;
  postedOn: string | null;
}

const uniq = <T>(xs: T[] = []) => [...new Set(xs)];
const orNull = <T>(x: T | undefined | '') => (x === undefined || x === '' ? null : x);

export function toVacancyInput(r: z.output<typeof VacancyRowSchema>): VacancyInput {
  return {
    sourceId: r.sourceId,
    title: r.title,
    employer: r.employer,
    description: r.description ?? '',
    district: r.district || '渝北区',
    street: normaliseStreet(r.street) ?? null,
    address: orNull(r.address),
    educationMin: r.educationMin ?? null,
    majors: uniq(r.majors),
    skills: uniq(r.skills),
    wageMin: orNull(r.wageMin),
    wageMax: orNull(r.wageMax),
    headcount: orNull(r.headcount),
    workType: r.workType ?? 'full_time',
    suitableGroups: uniq(r.suitableGroups),
    excludedGroups: uniq(r.excludedGroups),
    contact: orNull(r.contact),
    postedOn: orNull(r.postedOn),
    expiresOn: orNull(r.expiresOn),
    status: r.status ?? 'active',
  };
}

/** What is embedded: everything a seeker's words could be about. */
export function vacancyText(r: Pick<VacancyInput, 'title' | 'employer' | 'workType' | 'street' | 'description' | 'skills' | 'majors' | 'suitableGroups'>): string {
  return [
    r.title,
    r.employer,
    zh.jobs.workTypes[r.workType],
    r.street ?? '',
    r.description,
    r.skills.join(' '),
    r.majors.join(' '),
    r.suitableGroups.map((g) => zh.jobs.groups[g]).join(' '),
  ]
    .filter(Boolean)
    .join('\n');
}
