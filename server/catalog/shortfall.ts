/**
 * Fewer than three suitable results (二（四）1 asks for at least 3 posts and 3 courses) is said plainly:
 * how many were found, why the others are out of reach, and where a person can help — never padded
 * with unsuitable posts.
 */
import { zh } from '../i18n/zh-CN/index.ts';
import { WANTED } from './match-weights.ts';

const s = zh.jobs.shortfall;

export interface Shortfall {
  found: number;
  wanted: number;
  reason: string;
  counsellor: string;
}

export interface VacancyReachCounts {
  live: number;
  education: number;
  excludedGroup: number;
  restricted: number;
  irrelevant: number;
  /** Relevant posts outside the place asked about (offered as alternatives). */
  elsewhere?: { count: number; place: string };
}

export function vacancyShortfall(found: number, c: VacancyReachCounts): Shortfall | undefined {
  if (found >= WANTED) return undefined;
  const parts =
    c.live === 0
      ? [s.empty]
      : [
          c.education && s.excluded.education(c.education),
          c.excludedGroup && s.excluded.excludedGroup(c.excludedGroup),
          c.restricted && s.excluded.restricted(c.restricted),
          c.irrelevant && s.excluded.irrelevant(c.irrelevant),
          c.elsewhere && zh.jobs.alternatives.shortfallElsewhere(c.elsewhere.count, c.elsewhere.place),
        ].filter((x): x is string => !!x);
  return { found, wanted: WANTED, reason: s.vacancies(found) + s.because(parts), counsellor: s.counsellor };
}

export function courseShortfall(found: number, c: { live: number; irrelevant: number; startup: number }): Shortfall | undefined {
  if (found >= WANTED) return undefined;
  const parts =
    c.live === 0
      ? [s.emptyCourses]
      : [c.irrelevant && s.excluded.irrelevantCourses(c.irrelevant), c.startup && s.excluded.startup(c.startup)].filter((x): x is string => !!x);
  return { found, wanted: WANTED, reason: s.courses(found) + s.because(parts), counsellor: s.counsellorCourses };
}
