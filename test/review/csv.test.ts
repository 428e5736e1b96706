import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from '../../server/review/csv.ts';

describe('CSV for Excel', () => {
  it.each([
    ['plain', '准确', '准确'],
    ['comma', '好,但', '"好,但"'],
    ['quote', '他说"可以"', '"他说""可以"""'],
    ['newline', '第一行\n第二行', '"第一行\n第二行"'],
    ['formula', '=1+1', "'=1+1"],
    ['plus', '+86 138', "'+86 138"],
    ['minus text', '-5分', "'-5分"],
    ['at', '@SUM(A1)', "'@SUM(A1)"],
    ['formula with comma', '=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['leading space', ' 空格', '" 空格"'],
  ])('writes %s as text', (_name, value, cell) => expect(csvCell(value)).toBe(cell));

  it('leaves numbers and dates as they are, empty for nothing', () => {
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(4.5)).toBe('4.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
  });

  it('starts with a BOM, ends rows with CRLF, keeps the column order', () => {
    const csv = toCsv([{ key: 'b', label: '乙' }, { key: 'a', label: '甲' }], [{ a: 1, b: '二' }]);
    expect(csv).toBe(`${BOM}乙,甲\r\n二,1\r\n`);
  });
});
