/**
 * The weights of vacancy and course matching, in one place.
 *
 * A match's score is the sum, over the criteria it meets, of `weight × value`, where `value` is in
 * [0, 1] (1 = fully met; similarity and skill overlap are partial). Every criterion that earns
 * points adds exactly one Chinese reason, and each match lists its criteria with their points
 * (`breakdown`), so a score is always explained by its reasons: take a criterion away and the
 * score drops by its points. Criteria the seeker gave no facts for earn nothing (unknown is not a
 * match), so scores compare within one seeker's list, not across seekers.
 *
 * Hard filters come before any score and are not weighted: withdrawn, expired, education below the
 * minimum, a group the post explicitly excludes, and posts restricted to groups the seeker is known
 * not to belong to (见习, 公益性, 基层). See match.ts.
 */

export const VACANCY_WEIGHTS = {
  /** Cosine similarity of the seeker's intent/skills/major text and the post's text (pgvector). Only when the seeker said what they want. */
  semantic: 0.25,
  /** Share of the seeker's intent words (IDF-weighted) found in the post's title, description, skills and majors (keywords.ts). */
  keywords: 0.15,
  /** The post is aimed at a group the seeker belongs to (适合人群 ∩ the seeker's groups). */
  group: 0.15,
  /**
   * The kind of post fits: one the seeker asked for, or the programme's posts for their group —
   * 见习 for 离校未就业高校毕业生 and 失业青年, 公益性 for 就业困难人员, 基层 for 高校毕业生/困难人员.
   */
  workType: 0.15,
  /** In the 镇街 the seeker prefers. */
  location: 0.1,
  /** Skills and major overlap the post's skills and majors; full points at SKILLS_FULL_AT matches. */
  skills: 0.1,
  /** The seeker's education is known and meets the post's stated minimum (a post without a minimum earns nothing here). */
  education: 0.05,
  /** The top of the wage range reaches the wage the seeker asked for. */
  wage: 0.05,
} as const;

export const COURSE_WEIGHTS = {
  /** Similarity of what the seeker wants to learn (interest, else intent/skills/major) and the course text. */
  semantic: 0.3,
  /** Share of those words found in the course's title, category and description. */
  keywords: 0.15,
  /** 创业培训 of the seeker's stage: GYB (graduates' startup awareness), SYB/网络创业 (wants to start), IYB (has a business). */
  startupStage: 0.2,
  /** Aimed at a group the seeker belongs to. */
  group: 0.1,
  /** Subsidised (补贴性) training, for a seeker in the 一生一困 programme (二（三）3). */
  subsidised: 0.1,
  /** In the 镇街 the seeker prefers. */
  location: 0.1,
  /** A “智能+技能” new-skills course (网络营销, 现代服务, 大数据, 智能化: 二（三）2) for a graduate. */
  newSkills: 0.05,
} as const;

export type VacancyCriterion = keyof typeof VACANCY_WEIGHTS;
export type CourseCriterion = keyof typeof COURSE_WEIGHTS;

/**
 * Relevance, when the seeker said what they want: a post is suitable only with word evidence (at
 * least MIN_KEYWORD_COVERAGE of their words in its text), a skill or major in common, or a
 * similarity of at least MIN_SIMILARITY on its own. Anything else is unrelated: counted in the
 * shortfall, never shown as padding. The similarity floor is high because the local hashed
 * embedding gives unrelated short queries up to ~0.25 by collision; revisit it with a remote model.
 */
export const MIN_KEYWORD_COVERAGE = 0.5;
export const MIN_SIMILARITY = 0.45;

/** Skill/major matches that earn the skills criterion in full. */
export const SKILLS_FULL_AT = 2;

/** Suitable results the plan asks for (二（四）1: 推荐至少3个就业岗位 / 至少3个培训课程). */
export const WANTED = 3;

/** Candidates fetched from the HNSW index per request before the exact filters and scoring. */
export const CANDIDATES = 200;
