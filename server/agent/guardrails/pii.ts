/**
 * Personal identifiers are masked before any text reaches a model, a log or the transcript:
 * 身份证号 (18 digits with a valid ISO 7064 checksum, 18 digits shaped like one with a mistyped
 * check digit, and the 15-digit first-generation number), 手机号 (also with +86 / 0086), and bank
 * card numbers (16–19 digits passing Luhn). What an ID number says about the person (birth date,
 * gender) is kept as facts, so masking it loses nothing the rules need.
 *
 * People type numbers in many ways: grouped with spaces, dashes or dots, after a prefix (tel、电话、
 * 手机、ID:), in full-width digits, in Chinese digits (一三八…, 幺 for 1, 〇/零 for 0) or mixed.
 * The screen reads a shadow of the text in which every digit-like character is an ASCII digit (one
 * character for one, so positions agree), splits each run of digits into its typed groups and
 * masks the longest consecutive groups that form an identifier. What an identifier is, is
 * server/privacy/identifiers.ts (the ledger checks the same way). The test table of formats is
 * test/agent/guardrails/pii-cases.ts.
 */
import { foldFullWidth, idNumberFacts, isIdShaped, isLuhn, isValidIdNumber, isValidOldIdNumber, SEP, shadowOf, type IdFacts } from '../../privacy/identifiers.ts';

export interface Redaction {
  text: string;
  found: { kind: 'id_number' | 'phone' | 'bank_card'; masked: string }[];
  idFacts?: IdFacts;
}

/** A run of digit groups, optionally after a +, optionally ending in an ID number's X. */
const RUN = new RegExp(`(?<![\\d])\\+?\\d+(?:${SEP}\\d+)*[Xx]?`, 'g');
const GROUP = /\d+[Xx]?/g;

const maskMiddle = (s: string, keepStart: number, keepEnd: number) =>
  s.slice(0, keepStart) + '*'.repeat(Math.max(0, s.length - keepStart - keepEnd)) + s.slice(s.length - keepEnd);

interface Hit {
  kind: Redaction['found'][number]['kind'];
  masked: string;
  /** The + before the groups belongs to the number (a country code). */
  withPlus?: boolean;
  idFacts?: Redaction['idFacts'];
}

/**
 * A card number as people group it: one block, blocks of four (the last shorter), or 6 + the rest —
 * and not a list of round amounts (1000 2000 3000 4000), which Luhn passes one time in ten.
 */
function cardLayout(groups: string[]): boolean {
  if (groups.length === 1) return true;
  if (groups.slice(0, -1).every((g) => g.endsWith('00'))) return false;
  return groups.slice(0, -1).every((g) => g.length === 4) || (groups.length === 2 && groups[0]!.length === 6);
}

/** What the digits of consecutive groups are, if anything personal; `spelled`: some were typed as Chinese digits. */
function classify(groups: string[], spelled: boolean): Hit | undefined {
  const digits = groups.join('');
  if (digits.length === 18 && isValidIdNumber(digits)) {
    return { kind: 'id_number', masked: maskMiddle(digits, 3, 2), idFacts: idNumberFacts(digits) };
  }
  if (digits.length === 15 && isValidOldIdNumber(digits)) {
    return { kind: 'id_number', masked: maskMiddle(digits, 3, 2), idFacts: idNumberFacts(digits) };
  }
  const phone = /^(0086|86)?(1[3-9]\d{9})$/.exec(digits);
  if (phone) {
    const national = maskMiddle(phone[2]!, 3, 4);
    return phone[1] ? { kind: 'phone', masked: `+86 ${national}`, withPlus: true } : { kind: 'phone', masked: national };
  }
  // No amount or date is spelled as a run of ten or more Chinese digits: such a run that starts like
  // a mobile number is one, even with a digit too many or too few (一三八一二三四五六七八九).
  if (spelled && /^1[3-9]\d{8,10}$/.test(digits)) return { kind: 'phone', masked: maskMiddle(digits, 3, 4) };
  // A mistyped check digit still leaves a person's number: masked, but no facts read from it.
  if (digits.length === 18 && isIdShaped(digits)) return { kind: 'id_number', masked: maskMiddle(digits, 3, 2) };
  if (/^\d{16,19}$/.test(digits) && isLuhn(digits) && cardLayout(groups)) return { kind: 'bank_card', masked: maskMiddle(digits, 0, 4) };
  return undefined;
}

/** Most groups one identifier spans: a card number typed digit by digit. */
const MAX_GROUPS = 19;

export function redactPii(input: string): Redaction {
  const found: Redaction['found'] = [];
  let idFacts: Redaction['idFacts'];
  // Full-width digits are folded everywhere, as before; Chinese digits only inside what is masked.
  const text = foldFullWidth(input);
  const shadow = shadowOf(text);
  const edits: { start: number; end: number; replacement: string }[] = [];
  for (const run of shadow.matchAll(RUN)) {
    const runStart = run.index;
    const plus = run[0].startsWith('+');
    const groups = [...run[0].matchAll(GROUP)].map((g) => ({ start: runStart + g.index, end: runStart + g.index + g[0].length, digits: g[0] }));
    for (let i = 0; i < groups.length; ) {
      let matched = false;
      for (let j = Math.min(groups.length - 1, i + MAX_GROUPS - 1); j >= i; j--) {
        const span = groups.slice(i, j + 1);
        // An X ends an ID number: only the span's last group may carry one.
        if (span.slice(0, -1).some((g) => /[Xx]$/.test(g.digits))) continue;
        const spelled = span.some((g) => /[^\dXx]/.test(text.slice(g.start, g.end)));
        const hit = classify(span.map((g) => g.digits), spelled);
        if (!hit) continue;
        const start = i === 0 && plus && hit.withPlus ? runStart : groups[i]!.start;
        edits.push({ start, end: groups[j]!.end, replacement: hit.masked });
        found.push({ kind: hit.kind, masked: hit.masked });
        if (hit.idFacts) idFacts ??= hit.idFacts;
        i = j + 1;
        matched = true;
        break;
      }
      if (!matched) i++;
    }
  }
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  out += text.slice(at);
  return { text: out, found, ...(idFacts ? { idFacts } : {}) };
}
