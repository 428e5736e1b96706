import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../server/catalog/csv.ts';

describe('parseCsv (RFC 4180)', () => {
  it('reads plain fields and numbers records by the line they start on', () => {
    expect(parseCsv('a,b,c\n1,2,3\n4,5,6\n')).toEqual({
      records: [
        { line: 1, cells: ['a', 'b', 'c'] },
        { line: 2, cells: ['1', '2', '3'] },
        { line: 3, cells: ['4', '5', '6'] },
      ],
    });
  });

  it('tolerates a UTF-8 BOM and CRLF line ends', () => {
    expect(parseCsv('\uFEFF岗位名称,用人单位\r\n仓库管理员,重庆临空物流有限公司\r\n').records).toEqual([
      { line: 1, cells: ['岗位名称', '用人单位'] },
      { line: 2, cells: ['仓库管理员', '重庆临空物流有限公司'] },
    ]);
  });

  it('reads quoted fields with commas, escaped quotes and embedded newlines, and keeps counting lines', () => {
    const text = 'id,text\n1,"a, b"\n2,"say ""hi"""\n3,"line one\r\nline two\nline three"\n4,last\n';
    expect(parseCsv(text).records).toEqual([
      { line: 1, cells: ['id', 'text'] },
      { line: 2, cells: ['1', 'a, b'] },
      { line: 3, cells: ['2', 'say "hi"'] },
      { line: 4, cells: ['3', 'line one\r\nline two\nline three'] },
      { line: 7, cells: ['4', 'last'] },
    ]);
  });

  it('keeps empty fields, a trailing empty field, and a last line without a newline', () => {
    expect(parseCsv('a,,c,\n,,,').records).toEqual([
      { line: 1, cells: ['a', '', 'c', ''] },
      { line: 2, cells: ['', '', '', ''] },
    ]);
  });

  it('skips blank lines but not a quoted empty field', () => {
    expect(parseCsv('a\n\n\r\n""\nb').records).toEqual([
      { line: 1, cells: ['a'] },
      { line: 4, cells: [''] },
      { line: 5, cells: ['b'] },
    ]);
  });

  it('marks a record with text after a closing quote (its cells as written) and goes on with the next line', () => {
    expect(parseCsv('a,b\n"x"y,2\n3,4').records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['"x"y', '2'], error: 'stray_quote' },
      { line: 3, cells: ['3', '4'] },
    ]);
    // the cells after the bad one are still read, a quoted field spanning lines included
    expect(parseCsv('id,b\n1,"x" y,"two\r\nlines"\n3,4').records).toEqual([
      { line: 1, cells: ['id', 'b'] },
      { line: 2, cells: ['1', '"x" y', 'two\r\nlines'], error: 'stray_quote' },
      { line: 4, cells: ['3', '4'] },
    ]);
  });

  it('is not misled by a quoted field that starts with an escaped quote, or by quotes inside an unquoted field', () => {
    expect(parseCsv('a,b\n"""急招"" 仓管",2\n5"寸,""""\n').records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['"急招" 仓管', '2'] },
      { line: 3, cells: ['5"寸', '"'] },
    ]);
  });

  it('counts a CRLF inside a quoted field as one line, however many such fields come before', () => {
    const text = 'a,b\r\n"1\r\n2","3\r\n4"\r\n\r\n"5\r\n6",x\r\nlast,y\r\n';
    expect(parseCsv(text).records.map((r) => r.line)).toEqual([1, 2, 6, 8]);
  });

  it('skips a line of unquoted spaces but keeps one of quoted spaces', () => {
    expect(parseCsv('a\n   \n"  "\nb').records).toEqual([
      { line: 1, cells: ['a'] },
      { line: 3, cells: ['  '] },
      { line: 4, cells: ['b'] },
    ]);
  });

  it('stops at an unterminated quote, naming the line where it opened', () => {
    const r = parseCsv('a,b\n1,2\n3,"open\nstill open\n');
    expect(r.records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
    expect(r.fatal).toEqual({ line: 3, error: 'unterminated_quote' });
    // after multi-line fields and blank lines, in the same record too, still the line where the quote opened
    expect(parseCsv('a\n"b\r\nc"\n\n\r\nd,"open\n').fatal).toEqual({ line: 6, error: 'unterminated_quote' });
    expect(parseCsv('a\n1,"x\r\ny","z""\n""open\n').fatal).toEqual({ line: 3, error: 'unterminated_quote' });
    expect(parseCsv('"open,a\nb').fatal).toEqual({ line: 1, error: 'unterminated_quote' });
  });

  it('reads old-Mac CR line ends and an empty file', () => {
    expect(parseCsv('a\rb\r').records.map((r) => [r.line, r.cells])).toEqual([
      [1, ['a']],
      [2, ['b']],
    ]);
    expect(parseCsv('')).toEqual({ records: [] });
    expect(parseCsv('\uFEFF')).toEqual({ records: [] });
  });
});
