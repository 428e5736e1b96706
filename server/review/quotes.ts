import { sentences } from '../policy/sentences.ts';

/**
 * Is a citation's quote made of whole sentences of its clause? Quotes used to be cut at a fixed
 * length, mid-sentence and even mid-figure (“按规定给予20……”); answers stored then still show them.
 * A quote is whole when it can be read off as a run of the clause's own sentences.
 */
export function isWholeQuote(quote: string, clauseText: string): boolean {
  const all = sentences(clauseText);
  let rest = quote.trim();
  if (!rest) return false;
  while (rest) {
    const next = all.find((s) => rest.startsWith(s));
    if (!next) return false;
    rest = rest.slice(next.length).trimStart();
  }
  return true;
}

/** The key a (clause, quote) pair is known by in SQL: `clauseId|quote`. */
export const quoteKey = (clauseId: string, quote: string) => `${clauseId}|${quote}`;
