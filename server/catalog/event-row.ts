/**
 * One employment-service event row of an import file (招聘会, 春风行动 …), beside the 附件2 calendar
 * the corpus brings. The year and months can be given or follow from the dates or the time text
 * (“3-6月9-11月”, “全年”, “11月上旬”), as 附件2 writes them.
 */
import { z } from 'zod';
import { zh } from '../i18n/zh-CN/index.ts';
import { isoDate, list, requiredText, splitList, text } from './fields.ts';
import type { ColumnSpec } from './feed-records.ts';

const v = zh.jobs.validation;

export const EVENT_COLUMNS: ColumnSpec = {
  labels: zh.jobs.columns.event,
  required: ['sourceId', 'name'],
  aliases: {
    sourceId: ['eventId', 'id', '编号', '序号'],
    name: ['名称', '活动'],
    year: ['年份'],
    timeText: ['时间', '举办时间'],
    months: ['月'],
    startsOn: ['开始时间', '活动日期', '日期'],
    endsOn: ['结束时间'],
    departments: ['主办单位', '承办单位', '部门'],
    location: ['地点', '举办地点'],
    description: ['简介', '活动内容', '内容'],
  },
};

/** Months named by a time text: ranges (3-6月, 11月下旬-12月上) and single months (5月15日前后). */
export function monthsFromText(input: string): number[] {
  const s = input.normalize('NFKC');
  if (/全年/.test(s)) return Array.from({ length: 12 }, (_, i) => i + 1);
  const months = new Set<number>();
  const rest = s
    .replace(/(\d{1,2})\s*日/g, '')
    .replace(/(\d{1,2})\s*月?\s*(?:上旬|中旬|下旬|上|中|下)?\s*[-–~至]\s*(\d{1,2})\s*月?/g, (_, a: string, b: string) => {
      const from = Number(a);
      const to = Number(b);
      if (from < 1 || from > 12 || to < 1 || to > 12) return ' ';
      for (let m = from; from <= to ? m <= to : true; m = (m % 12) + 1) {
        months.add(m);
        if (m === to) break;
      }
      return ' ';
    });
  for (const m of rest.matchAll(/(\d{1,2})\s*月/g)) months.add(Number(m[1]));
  return [...months].filter((m) => m >= 1 && m <= 12).sort((a, b) => a - b);
}

function toMonths(x: unknown): unknown {
  if (typeof x === 'number') return [x];
  if (typeof x !== 'string') return x;
  if (/^\s*\d{1,2}([,，、;；\s]+\d{1,2})*\s*$/.test(x)) return (splitList(x.replace(/\s+/g, ',')) as string[]).map(Number);
  const months = monthsFromText(x);
  return months.length ? months : x;
}

const month = z.number({ error: v.month }).int({ error: v.month }).min(1, { error: v.month }).max(12, { error: v.month });

export const EventRowSchema = z
  .object({
    sourceId: requiredText(64),
    name: requiredText(200),
    year: z.preprocess((x) => (typeof x === 'string' && /^\d{4}$/.test(x.trim()) ? Number(x) : x), z.number({ error: v.year }).int({ error: v.year }).min(2000, { error: v.year }).max(2100, { error: v.year }).optional()),
    timeText: text(100).optional(),
    months: z.preprocess(toMonths, z.array(month, { error: v.month }).max(12, { error: v.month })).optional(),
    startsOn: isoDate(),
    endsOn: isoDate(),
    departments: list(requiredText(100)).optional(),
    location: text(200).optional(),
    description: text(4000).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.startsOn && r.endsOn && r.endsOn < r.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: v.endsBeforeStarts });
    if (r.year === undefined && !r.startsOn && !r.endsOn) ctx.addIssue({ code: 'custom', path: ['year'], message: v.required });
    const months = r.months ?? (r.timeText ? monthsFromText(r.timeText) : []);
    if (!months.length && !r.startsOn && !r.endsOn) ctx.addIssue({ code: 'custom', path: ['months'], message: v.required });
  });

export interface EventInput {
  sourceId: string;
  year: number;
  name: string;
  timeText: string;
  months: number[];
  startsOn: string | null;
  endsOn: string | null;
  departments: string[];
  location: string | null;
  description: string | null;
}

function monthsBetween(from: string, to: string): number[] {
  const months = new Set<number>();
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while ((y < endY || (y === endY && m <= endM)) && months.size < 12) {
    months.add(m);
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return [...months].sort((a, b) => a - b);
}

export function toEventInput(r: z.output<typeof EventRowSchema>): EventInput {
  const start = r.startsOn ?? r.endsOn;
  const end = r.endsOn ?? r.startsOn;
  const months = r.months?.length ? [...new Set(r.months)].sort((a, b) => a - b) : r.timeText && monthsFromText(r.timeText).length ? monthsFromText(r.timeText) : monthsBetween(start!, end!);
  const timeText = r.timeText || (start && end ? (start === end ? start : `${start}至${end}`) : `${months.join('、')}月`);
  return {
    sourceId: r.sourceId,
    year: r.year ?? Number(start!.slice(0, 4)),
    name: r.name,
    timeText,
    months,
    startsOn: r.startsOn ?? null,
    endsOn: r.endsOn ?? null,
    departments: [...new Set(r.departments ?? [])],
    location: r.location || null,
    description: r.description || null,
  };
}
