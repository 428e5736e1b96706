/**
 * Answers cite clauses inline as 【yb2022-38:2.2.2】 (server/agent/guardrails/grounding.ts). The
 * chat page shows each marker as a chip that opens the clause; this splits text into plain runs
 * and citation markers.
 */

const CLAUSE_ID = /[a-z0-9-]+:(?:att\d+(?:\.\d+)*|\d+(?:\.\d+)*)/;
const MARKER = /【([^【】]{3,200})】/g;
const SEPARATORS = /[、，,；;\s]+/;

export type Segment = { kind: 'text'; text: string } | { kind: 'cite'; clauseIds: string[]; raw: string };

/** True when the whole string is one clause id such as `yb2022-38:att2.3`. */
export function isClauseId(s: string): boolean {
  const m = CLAUSE_ID.exec(s);
  return !!m && m.index === 0 && m[0].length === s.length;
}

/**
 * Splits `text` at citation markers. A marker holds one or more clause ids separated by 、，; or
 * spaces; a bracket that holds anything else (an ordinary 【注意】) stays text.
 */
export function splitCitations(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    const ids = m[1]!.split(SEPARATORS).filter(Boolean);
    if (!ids.length || !ids.every(isClauseId)) continue;
    if (m.index! > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    out.push({ kind: 'cite', clauseIds: ids, raw: m[0] });
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return mergeText(out);
}

/** Every clause id cited in `text`, in order of first mention. */
export function citedIds(text: string): string[] {
  const ids = splitCitations(text).flatMap((s) => (s.kind === 'cite' ? s.clauseIds : []));
  return [...new Set(ids)];
}

/** The clause's short label for a chip: `2.2.2` of yb2022-38, `附件2-3` for att2.3. */
export function clauseLabel(clauseId: string): string {
  const path = clauseId.slice(clauseId.indexOf(':') + 1);
  const att = /^att(\d+)(?:\.(\d+(?:\.\d+)*))?$/.exec(path);
  if (att) return att[2] ? `附件${att[1]}-${att[2]}` : `附件${att[1]}`;
  return path;
}

function mergeText(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out.at(-1);
    if (s.kind === 'text' && prev?.kind === 'text') prev.text += s.text;
    else out.push(s.kind === 'text' ? { ...s } : s);
  }
  return out;
}
