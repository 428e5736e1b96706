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
 * masks the longest consecutive groups that form an identifier. The test table of formats is
 * test/agent/guardrails/pii-cases.ts.
 */
export interface Redaction {
  text: string;
  found: { kind: 'id_number' | 'phone' | 'bank_card'; masked: string }[];
  idFacts?: { birthDate: string; gender: 'male' | 'female' };
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** 18 characters shaped like an ID number: an area code (first digit 1–8), a real birth date, a check character. */
function isIdShaped(id: string): boolean {
  if (!/^[1-8]\d{16}[\dXx]$/.test(id)) return false;
  return isRealDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)));
}

export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
  if (ID_CHECK[sum % 11] !== id[17]!.toUpperCase()) return false;
  return isRealDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)));
}

/** The first-generation number (issued until 2004): area code, YYMMDD of a 19xx birth date, 3 digits; no check digit. */
export function isValidOldIdNumber(id: string): boolean {
  if (!/^[1-8]\d{14}$/.test(id)) return false;
  return isRealDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)));
}

export function isLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
    sum += n;
  }
  return sum % 10 === 0;
}

/** Chinese digits as typed in numbers, 幺 as read aloud for 1, and the financial forms. */
const CHINESE_DIGITS: Record<string, string> = {
  〇: '0', 零: '0', 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
  壹: '1', 贰: '2', 叁: '3', 肆: '4', 伍: '5', 陆: '6', 柒: '7', 捌: '8', 玖: '9',
};

/** Full-width digits and Ｘ to ASCII; every other character as it is. */
const foldFullWidth = (s: string) => s.replace(/[０-９Ｘｘ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/** The text with every digit-like character as an ASCII digit, character for character. */
const shadowOf = (s: string) => foldFullWidth(s).replace(/[〇零一幺二三四五六七八九壹贰叁肆伍陆柒捌玖]/g, (ch) => CHINESE_DIGITS[ch]!);

/** What may stand between the groups of one number: up to two spaces, dashes or dots (ASCII or full-width). */
const SEP = '[ \\t\\u00a0\\u3000\\-\\u2010-\\u2015\\uff0d.\\uff0e\\u00b7]{1,2}';
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

const facts = (birthDate: string, genderDigit: string): Redaction['idFacts'] => ({ birthDate, gender: Number(genderDigit) % 2 === 1 ? 'male' : 'female' });

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
    return { kind: 'id_number', masked: maskMiddle(digits, 3, 2), idFacts: facts(`${digits.slice(6, 10)}-${digits.slice(10, 12)}-${digits.slice(12, 14)}`, digits[16]!) };
  }
  if (digits.length === 15 && isValidOldIdNumber(digits)) {
    return { kind: 'id_number', masked: maskMiddle(digits, 3, 2), idFacts: facts(`19${digits.slice(6, 8)}-${digits.slice(8, 10)}-${digits.slice(10, 12)}`, digits[14]!) };
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

/** A phone number as typed (spaces, dashes, dots, +86/0086, full-width or Chinese digits) → its 11 digits, or undefined. */
export function normalizePhone(input: string): string | undefined {
  const digits = shadowOf(input.trim()).replace(new RegExp(SEP, 'g'), '').replace(/^\+/, '');
  return /^(?:0086|86)?(1[3-9]\d{9})$/.exec(digits)?.[1];
}

/** An ID number as typed (spaces, dashes, full-width digits, a lowercase x) → 18 characters with an uppercase X. */
export function normalizeIdNumber(input: string): string {
  return shadowOf(input.trim()).replace(new RegExp(SEP, 'g'), '').toUpperCase();
}
