import { describe, expect, it } from 'vitest';
import { maskIdentity, maskIdNumber, maskName, maskPhone } from '../../server/ledger/mask.ts';

describe('identity as shown outside the access-logged full view', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['李', '李*'],
  ])('name %s reads %s', (name, masked) => expect(maskName(name)).toBe(masked));

  it('keeps the phone’s first 3 and last 4 digits, the ID number’s first 3 and last 2', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskIdNumber('110105199003072426')).toBe('110*************26');
    expect(maskIdNumber('11010519900307242X')).toBe('110*************2X');
  });

  it('leaves unknown fields unknown', () => {
    expect(maskIdentity({ name: null, phone: null, idNumber: null })).toEqual({ name: null, phone: null, idNumber: null });
  });
});
