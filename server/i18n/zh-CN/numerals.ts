/**
 * Numbers in Chinese numerals, as the plan writes counts (七个工作日, 三个月) and as people say
 * amounts (八千块, 两千的, 一千五). Up to 99 999 999.
 */
const DIGITS = '零一二三四五六七八九';
const PLACES = ['', '十', '百', '千'] as const;

/** 0–9999 in numerals; `lead` false inside a larger number (1 0005 → 一万零五, 十 as 一十). */
function group(n: number, lead: boolean): string {
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const place = PLACES[3 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += lead && out === '' && d === 1 && place === '十' ? '十' : `${DIGITS[d]}${place}`;
  });
  return out;
}

/** 7 → 七, 12 → 十二, 500 → 五百, 1300 → 一千三百, 2000 → 二千, 600000 → 六十万, 10005 → 一万零五. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100_000_000) throw new Error(`no Chinese numeral for ${n}`);
  if (n === 0) return '零';
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  if (!high) return group(low, true);
  return `${group(high, true)}万${low === 0 ? '' : `${low < 1000 ? '零' : ''}${group(low, false)}`}`;
}

/**
 * How people say an amount: the numerals, 两 for a leading 二 before 百/千/万 (两千), and the short
 * form that drops the last place (一千五 for 一千五百, 两千五). 2000 → 二千, 两千; 1500 → 一千五百, 一千五.
 */
export function spokenNumerals(n: number): string[] {
  const full = chineseNumeral(n);
  const forms = [full];
  const short = /^(.+[千万])([一二三四五六七八九])[百千]$/u.exec(full);
  if (short && !full.includes('零')) forms.push(`${short[1]}${short[2]}`);
  for (const f of [...forms]) if (/^二[百千万]/u.test(f)) forms.push(`两${f.slice(1)}`);
  return [...new Set(forms)];
}
