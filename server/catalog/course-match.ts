/**
 * Deterministic course recommendation, the training counterpart of match.ts (二（四）1: 对有技能培训
 * 需求的，推荐至少3个培训课程或项目): pure, from the seeker's facts, what they want to learn, candidate
 * courses with their similarity, and the day asked about.
 */
import { zh } from '../i18n/zh-CN/index.ts';
import type { Person } from '../rules/facts.ts';
import { criterion, type CriterionPoints } from './match.ts';
import { coverage, queryWords, type QueryWords } from './keywords.ts';
import { COURSE_WEIGHTS, MIN_KEYWORD_COVERAGE, MIN_SIMILARITY, type CourseCriterion } from './match-weights.ts';
import { inPlace, seekerProfile, type SeekerProfile } from './profile.ts';
import { subjectFamily, subjectHit, subjectTerms } from './subjects.ts';
import { fold } from './fields.ts';
import type { CourseFields } from './course-row.ts';

const r = zh.jobs.reasons;
const n = zh.jobs.notes;

export interface CourseCandidate extends CourseFields {
  id: string;
  isDemo: boolean;
  similarity: number;
}

export interface CourseMatch {
  course: CourseCandidate;
  score: number;
  reasons: string[];
  notes: string[];
  breakdown: CriterionPoints<CourseCriterion>[];
  /** How far the course is about the subject's family (subjectHit: 1 the words said in its title or category, 0.9 a family word there, 0.7 in its description). */
  subjectFit?: number;
}

export type CourseExclusion = 'withdrawn' | 'ended' | 'startup' | 'irrelevant';

export interface CourseMatchResult {
  matches: CourseMatch[];
  suitable: number;
  considered: number;
  excluded: Record<CourseExclusion, number>;
}

export type StartupStage = 'gyb' | 'syb' | 'iyb' | 'online';

/** The 创业培训 a course is, from its title and category (GYB/SYB/IYB, 网络创业), if any. */
export function courseStage(c: Pick<CourseCandidate, 'title' | 'category'>): StartupStage | undefined {
  const s = fold(`${c.title} ${c.category}`);
  if (/iyb|改善你的企业/.test(s)) return 'iyb';
  if (/syb|创办你的企业/.test(s)) return 'syb';
  if (/gyb|创业意识/.test(s)) return 'gyb';
  if (/网络创业/.test(s)) return 'online';
  return undefined;
}

const NEW_SKILLS = /网络营销|电子商务|电商|直播|大数据|数据分析|人工智能|智能制造|工业机器人|智能化|现代服务/;

/** What the seeker wants to learn, in their words: the interest asked with, else their job intent and skills. */
export const learningIntent = (p: SeekerProfile, interest?: string) => interest?.trim() || [p.intent, ...p.skills].filter(Boolean).join('、') || undefined;

function stageFits(person: SeekerProfile['startupStage'], course: StartupStage): boolean {
  return person === course || (person === 'syb' && course === 'online');
}

export function scoreCourse(p: SeekerProfile, c: CourseCandidate, intent: string | undefined, words: QueryWords) {
  const W = COURSE_WEIGHTS;
  const breakdown: CriterionPoints<CourseCriterion>[] = [];
  const notes: string[] = [];
  const add = (name: CourseCriterion, value: number, reason: string) => {
    const x = criterion(W, name, value, reason);
    if (x.points > 0) breakdown.push(x);
  };
  const literal = intent ? coverage(words, [c.title, c.category, c.description].join(' ')) : { value: 0, found: [] };
  const terms = intent ? familyTerms(intent) : undefined;
  const family = terms ? subjectHit(terms, `${c.title} ${c.category}`, c.description) : undefined;
  const found = family && family.value >= literal.value ? family : literal;
  if (intent) {
    add('semantic', c.similarity, r.semanticCourse(intent, c.similarity));
    add('keywords', found.value, found === family && !family.literal ? r.courseKeywordsFamily(family.found, intent) : r.courseKeywords(found.found));
  }
  const stage = courseStage(c);
  if (stage && p.startupStage) {
    if (stageFits(p.startupStage, stage)) add('startupStage', 1, r.startupStage(zh.jobs.startupStages[stage]));
    else notes.push(n.startupStageOther(zh.jobs.startupStages[stage]));
  }
  const groups = c.suitableGroups.filter((g) => p.groups[g] === true);
  if (groups.length) add('group', 1, r.groups(groups.map((g) => zh.jobs.groups[g])));
  if (c.subsidised && p.view.yishengYikun.value === true) add('subsidised', 1, r.subsidised);
  if (inPlace(p, c.street)) add('location', 1, r.street(c.street!));
  if (p.groups.graduate === true && NEW_SKILLS.test(`${c.title}${c.category}`)) add('newSkills', 1, r.newSkills);
  if (c.startsOn && c.startsOn >= p.asOf) notes.push(n.courseStarts(c.startsOn));
  if (c.fee && !c.subsidised) notes.push(n.fee(c.fee));
  return { breakdown, notes, stage, coverage: found.value, ...(family ? { subjectFit: family.value } : {}) };
}

/** The thesaurus terms of what the seeker wants to learn, when it names a family (电工, 直播带货 …). */
function familyTerms(intent: string) {
  const family = subjectFamily(intent);
  return family ? subjectTerms(intent, family) : undefined;
}

export function recommendCourses({ person, interest, candidates, asOf, k }: { person: Person; interest?: string; candidates: CourseCandidate[]; asOf: string; k: number }): CourseMatchResult {
  return recommendCoursesFor(seekerProfile(person, asOf), interest, candidates, k);
}

export function recommendCoursesFor(p: SeekerProfile, interest: string | undefined, candidates: CourseCandidate[], k: number): CourseMatchResult {
  const excluded: Record<CourseExclusion, number> = { withdrawn: 0, ended: 0, startup: 0, irrelevant: 0 };
  const intent = learningIntent(p, interest);
  const noStartup = p.person.wantsStartup === false && p.startupStage !== 'iyb';
  const words = queryWords(intent);
  const suitable: CourseMatch[] = [];
  for (const c of candidates) {
    if (c.status !== 'active') {
      excluded.withdrawn++;
      continue;
    }
    if (c.endsOn && c.endsOn < p.asOf) {
      excluded.ended++;
      continue;
    }
    const { breakdown, notes, stage, coverage: covered, subjectFit } = scoreCourse(p, c, intent, words);
    if (stage && noStartup) {
      excluded.startup++;
      continue;
    }
    const stageMatch = breakdown.some((x) => x.criterion === 'startupStage');
    if (intent && covered < MIN_KEYWORD_COVERAGE && c.similarity < MIN_SIMILARITY && !stageMatch) {
      excluded.irrelevant++;
      continue;
    }
    const score = Math.round(breakdown.reduce((s, x) => s + x.points, 0) * 10_000) / 10_000;
    suitable.push({ course: c, score, reasons: breakdown.map((x) => x.reason), notes, breakdown, ...(subjectFit !== undefined ? { subjectFit } : {}) });
  }
  const sim = (m: CourseMatch) => (intent ? m.course.similarity : 0);
  suitable.sort(
    (a, b) =>
      (b.subjectFit ?? 0) - (a.subjectFit ?? 0) ||
      b.score - a.score ||
      sim(b) - sim(a) ||
      ((a.course.startsOn ?? '9999') < (b.course.startsOn ?? '9999') ? -1 : (a.course.startsOn ?? '9999') > (b.course.startsOn ?? '9999') ? 1 : 0) ||
      a.course.title.localeCompare(b.course.title, 'zh') ||
      (a.course.id < b.course.id ? -1 : a.course.id > b.course.id ? 1 : 0),
  );
  return { matches: suitable.slice(0, k), suitable: suitable.length, considered: candidates.length, excluded };
}
