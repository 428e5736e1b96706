/**
 * What a personal identifier is, and how one is read as typed: 身份证号 (18 digits with a valid
 * ISO 7064 checksum; the 15-digit first-generation number), 手机号, and bank card numbers (Luhn).
 * Shared by the guardrail that masks them in a seeker's words (server/agent/guardrails/pii.ts) and
 * the ledger that stores them with consent (server/ledger/identity.ts).
 *
 * People type numbers in many ways: grouped with spaces, dashes or dots, in full-width digits, in
 * Chinese digits (一三八…, 幺 for 1, 〇/零 for 0) or mixed. `shadowOf` reads every digit-like
 * character as an ASCII digit, one character for one, so positions in the shadow are those of the text.
 */

/** What an ID number says about its holder. */
export interface IdFacts {
  birthDate: string;
  gender: 'male' | 'female';
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** 18 characters shaped like an ID number: an area code (first digit 1–8), a real birth date, a check character. */
export function isIdShaped(id: string): boolean {
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

/** The birth date and gender an ID number (18 digits, or the 15 of the first generation) states; the gender digit is odd for a man. */
export function idNumberFacts(id: string): IdFacts | undefined {
  const of = (birthDate: string, genderDigit: string): IdFacts => ({ birthDate, gender: Number(genderDigit) % 2 === 1 ? 'male' : 'female' });
  if (id.length === 18) return of(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, id[16]!);
  if (id.length === 15) return of(`19${id.slice(6, 8)}-${id.slice(8, 10)}-${id.slice(10, 12)}`, id[14]!);
  return undefined;
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
export const foldFullWidth = (s: string) => s.replace(/[０-９Ｘｘ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/** The text with every digit-like character as an ASCII digit, character for character. */
export const shadowOf = (s: string) => foldFullWidth(s).replace(/[〇零一幺二三四五六七八九壹贰叁肆伍陆柒捌玖]/g, (ch) => CHINESE_DIGITS[ch]!);

/** What may stand between the groups of one number: up to two spaces, dashes or dots (ASCII or full-width). */
export const SEP = '[ \\t\\u00a0\\u3000\\-\\u2010-\\u2015\\uff0d.\\uff0e\\u00b7]{1,2}';

/** A phone number as typed (spaces, dashes, dots, +86/0086, full-width or Chinese digits) → its 11 digits, or undefined. */
export function normalizePhone(input: string): string | undefined {
  const digits = shadowOf(input.trim()).replace(new RegExp(SEP, 'g'), '').replace(/^\+/, '');
  return /^(?:0086|86)?(1[3-9]\d{9})$/.exec(digits)?.[1];
}

/** An ID number as typed (spaces, dashes, full-width digits, a lowercase x) → 18 characters with an uppercase X. */
export function normalizeIdNumber(input: string): string {
  return shadowOf(input.trim()).replace(new RegExp(SEP, 'g'), '').toUpperCase();
}
