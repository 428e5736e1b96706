/**
 * The questions an answer asks, at most two, phrased as a counsellor would: the facts that would
 * settle the most open benefits first, never a fact already known or just asked.
 */
import { zh } from '../../i18n/zh-CN/index.ts';
import type { Employer, Hire } from '../../rules/facts.ts';
import type { BenefitResult } from '../../rules/outcome.ts';

const q = zh.dialogue.questions;
export const MAX_QUESTIONS = 2;

/** Several hires asked the same thing become one question about all of them. */
const generic = (path: string) => path.replace(/^employer\.hires\.\d+\./, 'employer.hires.*.').replace(/^employer\.internships\.\d+\./, 'employer.internships.*.');

/** One question that already asks for others: 困难家庭 covers 低保, 零就业, 脱贫 and 残疾. */
const COVERS: Record<string, string[]> = {
  'person.poorFamilyGraduate': ['person.dibaoFamily', 'person.zeroEmploymentFamily', 'person.povertyAlleviated', 'person.disabled'],
};
const covered = (paths: string[]) => paths.flatMap((p) => COVERS[p] ?? []);

export function rankMissing(open: BenefitResult[], skip: string[]): string[] {
  const skipped = new Set([...skip, ...covered(skip)].map(generic));
  const count = new Map<string, number>();
  for (const b of open) for (const f of new Set(b.missingFacts.map(generic))) if (!skipped.has(f)) count.set(f, (count.get(f) ?? 0) + 1);
  const ranked = [...count.entries()].sort((a, b) => b[1] - a[1]).map(([f]) => f);
  // A fact a chosen question already covers is not asked beside it.
  return ranked.filter((f, i) => !covered(ranked.slice(0, i)).includes(f));
}

/** The group a hire was described by (低保家庭的, 残疾的), to tell one hire from the others. */
function groupOf(hire: Hire): string | undefined {
  const key = Object.keys(q.hireGroup).find((k) => (hire.person as Record<string, unknown>)[k] === true);
  return key ? q.hireGroup[key] : undefined;
}

/** Who a hire question is about: all the hires, or the ones it concerns named by their group. */
function whoFor(missing: number[], hires: Hire[]): string {
  const total = hires.length;
  if (!missing.length || missing.length === total) return q.whoHire(total, total);
  const groups = new Set(missing.map((i) => (hires[i] ? groupOf(hires[i]) : undefined)));
  const [group] = [...groups];
  if (groups.size === 1 && group) return q.whoHireOfGroup(group, missing.length);
  return q.whoHire(missing[0]! + 1, total);
}

/** A counsellor's question for a fact path (person.hukou, employer.hires.*.hiredOn, employer.size). */
export function questionFor(path: string, hires: Hire[] = [], missing: number[] = []): string {
  const parts = path.split('.');
  if (parts[0] === 'person') {
    const key = parts.slice(1).join('.');
    return q.person[key] ?? q.fallback(zh.rules.factLabel(path, true));
  }
  if (parts[0] === 'employer' && parts[1] === 'hires' && parts[2] !== undefined) {
    const key = parts.slice(3).join('.');
    const who = whoFor(missing, hires);
    const text = q.hire[key];
    return text ? text.replace('{who}', who) : `${who}：${zh.rules.factLabel(path.replace('*', '0'), true)}？`;
  }
  if (parts[0] === 'employer') return q.employer[parts[1]!] ?? q.fallback(zh.rules.factLabel(path, true));
  return q.fallback(path);
}

/** The hires (by index) whose fact `generic` path is missing in one of the open benefits. */
function missingFor(open: BenefitResult[], path: string): number[] {
  const found = new Set<number>();
  for (const b of open) for (const f of b.missingFacts) if (generic(f) === path) found.add(Number(/^employer\.hires\.(\d+)\./.exec(f)?.[1] ?? -1));
  return [...found].filter((i) => i >= 0).sort((a, b) => a - b);
}

export function askFor(open: BenefitResult[], skip: string[], employer?: Employer, known: Record<string, unknown> = {}): { text: string; asked: string[] } {
  const hires = employer?.hires ?? [];
  // An age already said answers “how old”, even where the rules would like the birth date.
  const knownPaths = [...Object.keys(known).map((k) => `person.${k}`), ...(known.age !== undefined ? ['person.birthDate'] : [])];
  // A seeker asking about an employer's subsidy is not asked the employer's facts.
  const paths = rankMissing(open, [...skip, ...knownPaths])
    .filter((p) => employer || !p.startsWith('employer'))
    .slice(0, MAX_QUESTIONS);
  if (!paths.length) return { text: '', asked: [] };
  // Someone who said they graduated (我今年毕业) is asked which degree, not whether they graduated.
  const graduated = known.graduationDate !== undefined && known.education === undefined;
  const questions = [...new Set(paths.map((p) => (graduated && p === 'person.isCollegeGraduate' ? q.degree : questionFor(p, hires, missingFor(open, p)))))];
  // The asked path names each hire it concerns, so a short reply (“是的”) fills the right ones.
  return { text: `${q.intro}${questions.join('')}`, asked: paths.map((p) => p.replace('*', String(missingFor(open, p)[0] ?? 0))) };
}
