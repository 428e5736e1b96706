/**
 * How much of an agent-drafted reply the counsellor changed before sending: the character-level
 * edit (Levenshtein) distance between draft and sent text over the longer of the two. 0 means sent
 * as drafted, 1 means nothing of the draft survived. Characters, not words: Chinese has no spaces.
 */
export function editRatio(draft: string, sent: string): number {
  const a = [...draft];
  const b = [...sent];
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return Math.round((previous[b.length]! / longer) * 1000) / 1000;
}
