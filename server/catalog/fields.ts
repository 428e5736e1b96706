/**
 * Zod field schemas for import rows. CSV cells are strings and JSON values may be strings or
 * numbers, so each field accepts what a person or a spreadsheet would write — “6,000元”, “2026/12/31”,
 * “大专及以上”, “是”, “高校毕业生、残疾人” — and produces one normal form. Messages are Chinese.
 */
import { z } from 'zod';
import { zh } from '../i18n/zh-CN/index.ts';
import { FIRST_INPUT_DAY, isInputDay, isIsoDate, LAST_INPUT_DAY } from '../rules/dates.ts';

const v = zh.jobs.validation;

/** Lower-cased, width-normalised, without spaces: how codes and labels are compared. */
export const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

const textError = (issue: { input?: unknown }) => (issue.input === undefined ? v.required : v.text);

export const text = (max: number) =>
  z.preprocess((x) => (typeof x === 'number' ? String(x) : x), z.string({ error: textError }).trim().max(max, { error: v.maxLength(max) }));

export const requiredText = (max: number) => text(max).pipe(z.string().min(1, { error: v.required }));

/** “6,000元”, “6000”, 6000 → 6000; “面议”/“不限”/“若干” → absent. */
function toNumber(x: unknown): unknown {
  if (typeof x !== 'string') return x;
  const s = x.normalize('NFKC').replace(/[\s,]/g, '').replace(/(元\/月|元|人|名|个)$/, '');
  if (s === '' || /^(面议|不限|若干|待定)$/.test(s)) return undefined;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : x;
}

const integer = () => z.number({ error: v.integer }).int({ error: v.integer });
export const nonNegativeInt = () => z.preprocess(toNumber, integer().min(0, { error: v.nonNegative }).max(100_000_000, { error: v.integer }).optional());
export const positiveInt = () => z.preprocess(toNumber, integer().min(1, { error: v.positive }).max(1_000_000, { error: v.integer }).optional());

/** 2026-12-31, 2026/12/31, 2026.12.31, 2026年12月31日 → 2026-12-31. */
function toIsoDate(x: unknown): unknown {
  if (typeof x !== 'string') return x;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(x.normalize('NFKC').trim());
  if (!m) return x;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}
export const isoDate = () =>
  z.preprocess(
    toIsoDate,
    z
      .string({ error: v.date })
      .refine((s) => isIsoDate(s) && isInputDay(s), { error: (i) => (isIsoDate(String(i.input)) ? zh.errors.dateRange(FIRST_INPUT_DAY, LAST_INPUT_DAY) : v.date) })
      .optional(),
  );

const TRUE = new Set(['true', '1', 'yes', 'y', '是', '有', '补贴', '补贴性', '免费']);
const FALSE = new Set(['false', '0', 'no', 'n', '否', '无', '不补贴', '自费']);
export const yesNo = () =>
  z.preprocess((x) => {
    if (typeof x !== 'string') return x;
    const s = fold(x);
    return TRUE.has(s) ? true : FALSE.has(s) ? false : x;
  }, z.boolean({ error: v.yesNo }));

/** Splits “a、b；c” (、 , ， ; ； | and line breaks) into items; arrays pass through. */
export function splitList(x: unknown): unknown {
  if (typeof x !== 'string') return x;
  return x
    .split(/[,，;；、|\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export const list = <T extends z.ZodType>(item: T, max = 30) =>
  z.preprocess(splitList, z.array(item, { error: v.text }).max(max, { error: v.tooManyItems(max) }));

/**
 * An enum accepting its codes, their Chinese labels and extra aliases (all compared folded).
 * The message lists the Chinese labels, which is what a person filling a sheet writes.
 */
export function codeOf<const T extends readonly [string, ...string[]]>(codes: T, labels: Record<T[number], string>, aliases: Record<string, T[number]> = {}) {
  const lookup = new Map<string, T[number]>();
  for (const c of codes) {
    lookup.set(fold(c), c);
    lookup.set(fold(labels[c as T[number]]), c);
  }
  for (const [alias, c] of Object.entries(aliases)) lookup.set(fold(alias), c);
  const shown = codes.map((c) => labels[c as T[number]]);
  return z.preprocess((x) => (typeof x === 'string' ? (lookup.get(fold(x)) ?? x) : x), z.enum(codes, { error: v.oneOf(shown) }));
}
