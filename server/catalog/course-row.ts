/**
 * One training course row of an import file (职业技能培训, 创业培训 GYB/SYB/IYB …): its columns,
 * validation and embedded text.
 */
import { z } from 'zod';
import { zh } from '../i18n/zh-CN/index.ts';
import { isoDate, list, nonNegativeInt, positiveInt, requiredText, text, yesNo } from './fields.ts';
import type { ColumnSpec } from './feed-records.ts';
import { normaliseStreet } from './streets.ts';
import { group, status } from './vacancy-row.ts';
import { GROUPS, type Group, type Status } from './vocabulary.ts';

const v = zh.jobs.validation;

export const COURSE_COLUMNS: ColumnSpec = {
  labels: zh.jobs.columns.course,
  required: ['sourceId', 'title', 'provider', 'category'],
  aliases: {
    sourceId: ['courseId', 'id', '编号', '项目编号', '班级编号'],
    title: ['培训项目', '项目名称', '培训名称', '课程'],
    provider: ['机构名称', '培训单位', '承办机构'],
    category: ['类别', '培训类型', '专业类别', '培训工种', '工种'],
    description: ['简介', '培训内容', '课程内容'],
    street: ['所在镇街', '街道', '乡镇'],
    address: ['地址', '上课地点'],
    startsOn: ['开始日期', '开课日期', '开班时间'],
    endsOn: ['结业日期', '结束时间'],
    subsidised: ['是否补贴', '补贴', '是否补贴性培训'],
    fee: ['费用', '学费'],
    seats: ['名额', '计划人数', '人数'],
    contact: ['联系电话', '联系人', '报名方式'],
    suitableGroups: ['面向人群', '适用人群', '培训对象'],
    status: ['课程状态'],
  },
};

export const CourseRowSchema = z
  .object({
    sourceId: requiredText(64),
    title: requiredText(100),
    provider: requiredText(100),
    category: requiredText(30),
    description: text(4000).optional(),
    street: text(30).optional(),
    address: text(200).optional(),
    startsOn: isoDate(),
    endsOn: isoDate(),
    subsidised: yesNo().optional(),
    fee: nonNegativeInt(),
    seats: positiveInt(),
    contact: text(100).optional(),
    suitableGroups: list(group(), GROUPS.length).optional(),
    status: status().optional(),
  })
  .superRefine((r, ctx) => {
    if (r.startsOn && r.endsOn && r.endsOn < r.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: v.endsBeforeStarts });
  });

/** What a course says, as stored: shared by imports (CourseInput) and matching (CourseCandidate). */
export interface CourseFields {
  title: string;
  provider: string;
  category: string;
  description: string;
  street: string | null;
  address: string | null;
  startsOn: string | null;
  endsOn: string | null;
  subsidised: boolean;
  fee: number | null;
  seats: number | null;
  contact: string | null;
  suitableGroups: Group[];
  status: Status;
}

export interface CourseInput extends CourseFields {
  sourceId: string;
}

export function toCourseInput(r: z.output<typeof CourseRowSchema>): CourseInput {
  return {
    sourceId: r.sourceId,
    title: r.title,
    provider: r.provider,
    category: r.category,
    description: r.description ?? '',
    street: normaliseStreet(r.street) ?? null,
    address: r.address || null,
    startsOn: r.startsOn ?? null,
    endsOn: r.endsOn ?? null,
    subsidised: r.subsidised ?? false,
    fee: r.fee ?? null,
    seats: r.seats ?? null,
    contact: r.contact || null,
    suitableGroups: [...new Set(r.suitableGroups ?? [])],
    status: r.status ?? 'active',
  };
}

export function courseText(r: Pick<CourseInput, 'title' | 'category' | 'provider' | 'description' | 'street' | 'suitableGroups'>): string {
  return [r.title, r.category, r.provider, r.street ?? '', r.description, r.suitableGroups.map((g) => zh.jobs.groups[g]).join(' ')].filter(Boolean).join('\n');
}
