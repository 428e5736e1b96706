/**
 * Personal identifiers are masked before any text reaches a model, a log or the transcript:
 * 身份证号 (18 digits with a valid ISO 7064 checksum), 手机号, and bank card numbers (16–19 digits
 * passing Luhn). What an ID number says about the person (birth date, gender) is kept as facts, so
 * masking it loses nothing the rules need.
 */
export interface Redaction {
  text: string;
  found: { kind: 'id_number' | 'phone' | 'bank_card'; masked: string }[];
  idFacts?: { birthDate: string; gender: 'male' | 'female' };
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
  if (ID_CHECK[sum % 11] !== id[17]!.toUpperCase()) return false;
  const y = Number(id.slice(6, 10)), m = Number(id.slice(10, 12)), d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
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

const maskMiddle = (s: string, keepStart: number, keepEnd: number) =>
  s.slice(0, keepStart) + '*'.repeat(Math.max(0, s.length - keepStart - keepEnd)) + s.slice(s.length - keepEnd);

/** Runs of digits (and a trailing X for ID numbers), with spaces or dashes inside card numbers. */
const CANDIDATE = /(?<![\dA-Za-z])(\d[\d -]{9,22}[\dXx])(?![\dA-Za-z])/g;

export function redactPii(input: string): Redaction {
  const found: Redaction['found'] = [];
  let idFacts: Redaction['idFacts'];
  // Only full-width digits are folded; the rest of the text (Chinese punctuation) stays as typed.
  const folded = input.replace(/[０-９Ｘｘ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  const text = folded.replace(CANDIDATE, (match) => {
    const compact = match.replace(/[ -]/g, '');
    if (compact.length === 18 && isValidIdNumber(compact)) {
      idFacts ??= {
        birthDate: `${compact.slice(6, 10)}-${compact.slice(10, 12)}-${compact.slice(12, 14)}`,
        gender: Number(compact[16]) % 2 === 1 ? 'male' : 'female',
      };
      const masked = maskMiddle(compact, 3, 2);
      found.push({ kind: 'id_number', masked });
      return masked;
    }
    if (/^1[3-9]\d{9}$/.test(compact)) {
      const masked = maskMiddle(compact, 3, 4);
      found.push({ kind: 'phone', masked });
      return masked;
    }
    if (/^\d{16,19}$/.test(compact) && isLuhn(compact)) {
      const masked = maskMiddle(compact, 0, 4);
      found.push({ kind: 'bank_card', masked });
      return masked;
    }
    return match;
  });
  return { text, found, ...(idFacts ? { idFacts } : {}) };
}
