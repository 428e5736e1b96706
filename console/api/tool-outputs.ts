/**
 * What the agent's tools return, as far as the pages render it (check_eligibility and
 * check_employer_eligibility: the rules engine, missing facts already in words; match_vacancies,
 * recommend_training; list_events). The types are the tools' own (their zod output schemas,
 * server/agent/tools/outputs.ts), imported as types only, so nothing of the server is bundled.
 * Tool outputs reach the browser as JSON, stored ones perhaps from an older shape, so each reader
 * still checks the shape it relies on.
 */

import type { BenefitOutput, CourseOutput, EventOutput, ShortfallOutput, VacancyOutput } from '../../server/agent/tools/outputs.ts';

export type Benefit = BenefitOutput;
export type VacancyMatch = VacancyOutput;
export type CourseMatch = CourseOutput;
export type Shortfall = ShortfallOutput;
export type EventItem = EventOutput;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function eligibilityOf(output: unknown): { asOf?: string; benefits: Benefit[] } | undefined {
  if (!isObject(output) || !Array.isArray(output.benefits)) return undefined;
  const benefits = output.benefits.filter((b): b is Benefit => isObject(b) && typeof b.code === 'string' && typeof b.status === 'string');
  return { ...(typeof output.asOf === 'string' ? { asOf: output.asOf } : {}), benefits };
}

export function vacanciesOf(output: unknown): { matches: VacancyMatch[]; shortfall?: Shortfall } | undefined {
  if (!isObject(output) || !Array.isArray(output.matches)) return undefined;
  const matches = output.matches.filter((m): m is VacancyMatch => isObject(m) && typeof m.vacancyId === 'string');
  return { matches, ...(isObject(output.shortfall) ? { shortfall: output.shortfall as unknown as Shortfall } : {}) };
}

export function coursesOf(output: unknown): { matches: CourseMatch[]; shortfall?: Shortfall } | undefined {
  if (!isObject(output)) return undefined;
  const list = Array.isArray(output.matches) ? output.matches : Array.isArray(output.courses) ? output.courses : undefined;
  if (!list) return undefined;
  const matches = list.filter((m): m is CourseMatch => isObject(m) && typeof m.courseId === 'string');
  return { matches, ...(isObject(output.shortfall) ? { shortfall: output.shortfall as unknown as Shortfall } : {}) };
}

export function eventsOf(output: unknown): EventItem[] | undefined {
  if (!isObject(output) || !Array.isArray(output.events)) return undefined;
  return output.events.filter((e): e is EventItem => isObject(e) && typeof e.name === 'string');
}

/** Which renderer a tool's name calls for. */
export function toolKind(name: string): 'eligibility' | 'vacancies' | 'courses' | 'events' | undefined {
  if (name === 'check_eligibility' || name === 'check_employer_eligibility') return 'eligibility';
  if (/vacanc|job_match|match_jobs/.test(name)) return 'vacancies';
  if (/course|training/.test(name)) return 'courses';
  if (name === 'list_events') return 'events';
  return undefined;
}
