/**
 * What the agent's tools return, as far as the pages render it (check_eligibility and
 * check_employer_eligibility: the rules engine, missing facts already in words; vacancy and course matching: server/catalog/recommend.ts; list_events). Tool outputs reach
 * the browser as untyped JSON, so each reader checks the shape it relies on.
 */

export interface Benefit {
  code: string;
  name: string;
  audience?: 'person' | 'employer';
  status: 'eligible' | 'ineligible' | 'unknown';
  amount: null | { value?: number; max?: number; unit?: string; text: string };
  reasons: string[];
  missingFacts: string[];
  citations: string[];
}

export interface VacancyMatch {
  vacancyId: string;
  title: string;
  employer: string;
  score?: number;
  reasons?: string[];
  notes?: string[];
  workTypeLabel?: string;
  street?: string | null;
  address?: string | null;
  wageText?: string | null;
  headcount?: number | null;
  contact?: string | null;
  expiresOn?: string | null;
  demo?: boolean;
}

export interface CourseMatch {
  courseId: string;
  title: string;
  provider: string;
  category?: string | null;
  reasons?: string[];
  notes?: string[];
  street?: string | null;
  address?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  subsidised?: boolean | null;
  contact?: string | null;
  demo?: boolean;
}

export interface Shortfall {
  found: number;
  wanted: number;
  reason: string;
  counsellor: string;
}

export interface EventItem {
  id: string;
  name: string;
  timeText?: string | null;
  location?: string | null;
  description?: string | null;
  departments?: string[] | null;
  clauseId?: string | null;
}

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
