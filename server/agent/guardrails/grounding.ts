/**
 * Output grounding: an answer may cite only clauses that were retrieved or returned by a tool, and
 * every money figure, percentage and duration in it must appear in a tool result or a cited clause.
 * Years and dates are not figures (they come from the seeker or the calendar).
 */
export interface GroundingInput {
  answer: string;
  allowedClauseIds: Set<string>;
  /** Tool outputs and clause texts the answer may draw on. */
  evidence: string[];
}

export interface Grounding {
  ok: boolean;
  citations: string[];
  unknownCitations: string[];
  ungroundedFigures: string[];
}

export const CITATION = /【([a-z0-9-]+:[a-z0-9.]+)】/g;
/** A number with a unit of money, share or duration; `万` forms keep their unit. */
const FIGURE = /(\d+(?:\.\d+)?)\s*(万元|万|亿元|元|%|％|个工作日|工作日|个月|年|天|日|人|户|岁)/g;

export function citationsIn(text: string): string[] {
  return [...new Set([...text.matchAll(CITATION)].map((m) => m[1]!))];
}

function isDateLike(text: string, index: number, num: string, unit: string): boolean {
  if (unit === '年' && num.length === 4) return true; // 2026年
  if ((unit === '日' || unit === '月') && /\d月$|\d年$/.test(text.slice(Math.max(0, index - 4), index))) return true; // 6月30日
  return /\d{4}-\d{2}-?$/.test(text.slice(Math.max(0, index - 8), index));
}

export function checkGrounding({ answer, allowedClauseIds, evidence }: GroundingInput): Grounding {
  const citations = citationsIn(answer);
  const unknownCitations = citations.filter((id) => !allowedClauseIds.has(id));
  const haystack = evidence.join('\n').normalize('NFKC').replace(/\s+/g, '');
  const ungroundedFigures: string[] = [];
  const withoutCitations = answer.replace(CITATION, '').normalize('NFKC');
  for (const m of withoutCitations.matchAll(FIGURE)) {
    const [whole, num, unit] = m as unknown as [string, string, string];
    if (isDateLike(withoutCitations, m.index!, num, unit)) continue;
    const standalone = new RegExp(`(?<![\\d.])${num.replace('.', '\\.')}(?![\\d])`);
    if (!standalone.test(haystack)) ungroundedFigures.push(whole.replace(/\s+/g, ''));
  }
  return { ok: unknownCitations.length === 0 && ungroundedFigures.length === 0, citations, unknownCitations, ungroundedFigures };
}
