/**
 * How references read for each audience. The seeker page turns 【clause】 markers into chips; a
 * counsellor's drafted reply is sent as plain text, so its references are written out in words
 * the way the chips read (“依据：鼓励企业吸纳“一生一困”就业，条款2.1.1”).
 */
import { zh } from '../../i18n/zh-CN/index.ts';
import { CITATION } from '../../agent/guardrails/grounding.ts';

/** The clause's own label: 2.1.1, or 附件2-5 for an attachment row (as the seeker page's chips). */
export function clauseLabel(clauseId: string): string {
  const path = clauseId.slice(clauseId.indexOf(':') + 1);
  const att = /^att(\d+)(?:\.(\d+(?:\.\d+)*))?$/.exec(path);
  if (att) return att[2] ? `附件${att[1]}-${att[2]}` : `附件${att[1]}`;
  return path;
}

export function spokenReferences(text: string, citations: { clauseId: string; title: string }[]): string {
  const titles = new Map(citations.map((c) => [c.clauseId, c.title]));
  return text.replace(new RegExp(CITATION.source, 'g'), (_, id: string) => zh.dialogue.joints.copilotRef(clauseLabel(id), titles.get(id) ?? ''));
}
