import { NUM, parseNumber } from './numbers.ts';

/**
 * How long social insurance has been paid, in months, as people say it: 社保交了两个月, 交了半年社保,
 * 社保缴了一年半, 社保都交了一年多了, 交了8个月的社保. A date beside the word (10月入职的，社保…) is not
 * a duration: a bare 月 counts only after 社保 and its verb, and before 社保 only as 个月 or 年.
 * “一年多” is at least a year and a month — what “1年以上” asks.
 */
export function insuranceMonths(raw: string): number | undefined {
  const text = raw.normalize('NFKC');
  const after = new RegExp(`社保[^，,。；;？?]{0,6}?(?:${NUM}\\s*(个多月|个月|月|年半|年多|年)|(半年))`, 'u').exec(text);
  const before = after ? null : new RegExp(`(?:${NUM}\\s*(个多月|个月|年半|年多|年)|(半年))(?:的)?(?:社保|社会保险)`, 'u').exec(text);
  const m = after ?? before;
  if (!m) return undefined;
  if (m[3]) return 6;
  const n = parseNumber(m[1]!);
  if (n === undefined) return undefined;
  switch (m[2]) {
    case '年':
      return n * 12;
    case '年半':
      return n * 12 + 6;
    case '年多':
      return n * 12 + 1;
    case '个多月':
      return n;
    default:
      return n;
  }
}
