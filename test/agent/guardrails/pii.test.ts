import { describe, expect, it } from 'vitest';
import { redactPii } from '../../../server/agent/guardrails/pii.ts';
import { isLuhn, isValidIdNumber } from '../../../server/privacy/identifiers.ts';
import { PII_CASES } from './pii-cases.ts';

// A checksum-valid ID number for a woman born 1990-03-07 (made up, not a real person's).
const ID = '110105199003072426';

describe('PII redaction', () => {
  it('recognises an ID number only with a valid checksum and date', () => {
    expect(isValidIdNumber(ID)).toBe(true);
    expect(isValidIdNumber('110105199003072421')).toBe(false); // wrong check digit
    expect(isValidIdNumber('11010519900307242X')).toBe(false);
    expect(isValidIdNumber('110105199002302420')).toBe(false); // 30 February (checksum aside)
  });

  it('masks an ID number and keeps its birth date and gender as facts', () => {
    const r = redactPii(`我的身份证是${ID}，想问问补贴`);
    expect(r.text).not.toContain(ID);
    expect(r.text).toContain('110*************26');
    expect(r.idFacts).toEqual({ birthDate: '1990-03-07', gender: 'female' });
    expect(r.found).toEqual([{ kind: 'id_number', masked: '110*************26' }]);
  });

  it('masks mobile numbers, also with spaces or dashes', () => {
    expect(redactPii('电话13812345678').text).toBe('电话138****5678');
    expect(redactPii('电话 138-1234-5678 找我').text).toContain('138****5678');
  });

  it('masks bank card numbers that pass Luhn and leaves other long numbers', () => {
    expect(isLuhn('6222020200112345678')).toBe(false);
    const card = '4111111111111111';
    expect(isLuhn(card)).toBe(true);
    expect(redactPii(`卡号${card}`).text).toBe('卡号************1111');
    expect(redactPii('订单号1234567890123456').text).toBe('订单号1234567890123456');
  });

  it('leaves ordinary text, amounts and dates alone', () => {
    const text = '我2024年6月毕业，想问8000元创业补助和30万元贷款';
    expect(redactPii(text)).toEqual({ text, found: [] });
  });

  it('normalises full-width digits before matching', () => {
    expect(redactPii('电话１３８１２３４５６７８').text).toBe('电话138****5678');
  });
});

describe('PII screen: the formats people type (pii-cases.ts)', () => {
  it.each(PII_CASES)('$format: $input', ({ input, output, kind }) => {
    const r = redactPii(input);
    expect(r.text).toBe(output);
    if (kind) expect(r.found.map((f) => f.kind)).toContain(kind);
    else expect(r.found).toEqual([]);
  });

  it('masks every positive format and leaves every negative alone (the n of n the report gives)', () => {
    const positives = PII_CASES.filter((c) => c.kind);
    const negatives = PII_CASES.filter((c) => !c.kind);
    const masked = positives.filter((c) => redactPii(c.input).text === c.output).length;
    const untouched = negatives.filter((c) => redactPii(c.input).text === c.input).length;
    console.info(`PII screen: ${masked} of ${positives.length} formats masked; ${untouched} of ${negatives.length} negatives left as typed`);
    expect([masked, untouched]).toEqual([positives.length, negatives.length]);
  });
});

describe('identity fields take the same formats (ledger/identity.ts borrows the screen’s reading)', () => {
  it('a phone typed grouped, with +86 or in full-width digits is stored as its 11 digits', async () => {
    const { PhoneField, IdNumberField } = await import('../../../server/ledger/identity.ts');
    for (const typed of ['138 1234 5678', '+86 138-1234-5678', '0086 13812345678', '１３８１２３４５６７８', '138.1234.5678']) expect(PhoneField.parse(typed)).toBe('13812345678');
    expect(PhoneField.safeParse('1381234567').success).toBe(false);
    for (const typed of ['50011219900307118x', '500112 19900307 118X', '５００１１２１９９００３０７１１８ｘ']) expect(IdNumberField.parse(typed)).toBe('50011219900307118X');
    expect(IdNumberField.safeParse('500112199003071234').success).toBe(false); // wrong check digit
  });
});
