/**
 * The questions an answer asks, at most two, phrased as a counsellor would: the facts that would
 * settle the most open benefits first, never a fact already known or just asked.
 */
import { zh } from '../../i18n/zh-CN/index.ts';
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

/** A counsellor's question for a fact path (person.hukou, employer.hires.*.hiredOn, employer.size). */
export function questionFor(path: string, hires = 0): string {
  const parts = path.split('.');
  if (parts[0] === 'person') {
    const key = parts.slice(1).join('.');
    return q.person[key] ?? q.fallback(zh.rules.factLabel(path, true));
  }
  if (parts[0] === 'employer' && parts[1] === 'hires' && parts[2] !== undefined) {
    const key = parts.slice(3).join('.');
    const who = q.whoHire(hires, hires);
    const text = q.hire[key];
    return text ? text.replace('{who}', who) : `${who}：${zh.rules.factLabel(path.replace('*', '0'), true)}？`;
  }
  if (parts[0] === 'employer') return q.employer[parts[1]!] ?? q.fallback(zh.rules.factLabel(path, true));
  return q.fallback(path);
}

export function askFor(open: BenefitResult[], skip: string[], hires = 0, known: Record<string, unknown> = {}): { text: string; asked: string[] } {
  // An age already said answers “how old”, even where the rules would like the birth date.
  const knownPaths = [...Object.keys(known).map((k) => `person.${k}`), ...(known.age !== undefined ? ['person.birthDate'] : [])];
  const paths = rankMissing(open, [...skip, ...knownPaths]).slice(0, MAX_QUESTIONS);
  if (!paths.length) return { text: '', asked: [] };
  const questions = [...new Set(paths.map((p) => questionFor(p, hires)))];
  return { text: `${q.intro}${questions.join('')}`, asked: paths.map((p) => p.replace('*', '0')) };
}
