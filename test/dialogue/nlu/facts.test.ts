import { describe, expect, it } from 'vitest';
import { extractEmployerFacts, extractPersonFacts, hireDate } from '../../../server/dialogue/nlu/facts.ts';

const asOf = '2026-11-30';

describe('offline fact extraction', () => {
  it.each([
    ['我是今年毕业的大学生，本科，重庆户口', { isCollegeGraduate: true, education: 'bachelor', graduationDate: '2026-06-30', hukou: 'chongqing' }],
    ['2025年毕业的大专生', { education: 'associate', graduationDate: '2025-06-30', isCollegeGraduate: true }],
    ['去年毕业的研究生，还没找到工作', { education: 'master', graduationDate: '2025-06-30', employmentStatus: 'unemployed', wantsJob: true }],
    ['我45岁，女，家里是低保户，已经办了失业登记', { age: 45, gender: 'female', dibaoFamily: true, registeredUnemployed: true }],
    ['我是男的，52岁，以前在去产能的厂里上班', { gender: 'male', age: 52, fromEliminatedCapacityEnterprise: true }],
    ['我们家是零就业家庭', { zeroEmploymentFamily: true }],
    ['我有残疾证', { disabled: true }],
    ['我家是脱贫户', { povertyAlleviated: true }],
    ['外地户口，在渝北打零工跑外卖', { hukou: 'other', employmentStatus: 'flexible' }],
    ['我想学门技术', { wantsTraining: true }],
    ['我想自己创业开个店', { wantsStartup: true }],
  ])('%s', (text, expected) => {
    expect(extractPersonFacts(text, asOf)).toMatchObject(expected);
  });

  it('reads a negation as false, not as the fact', () => {
    expect(extractPersonFacts('我不是低保户，也没有残疾', asOf)).toEqual({ dibaoFamily: false, disabled: false });
    expect(extractPersonFacts('还没有办失业登记', asOf).registeredUnemployed).toBe(false);
  });

  it('returns nothing it was not told', () => {
    expect(extractPersonFacts('创业担保贷款怎么申请？', asOf)).toEqual({});
  });

  it('reads a business: form, age in months, staff and insurance', () => {
    expect(extractPersonFacts('我开了个小饭馆，开了2年，招了3个员工，都交了社保，第一次创业，在渝北注册的', asOf)).toMatchObject({
      hasBusiness: true,
      employmentStatus: 'self_employed',
      business: { form: 'individual', startedOn: '2024-11-30', employees: 3, payingSocialInsurance: true, firstBusiness: true, registeredInChongqing: true },
    });
  });

  it('reads an employer and its hires', () => {
    const e = extractEmployerFacts('我们是小微企业，招了2个今年毕业的大学生，社保交了6个月，还在交', asOf);
    expect(e?.size).toBe('small');
    expect(e?.hires).toHaveLength(2);
    expect(e?.hires?.[0]).toMatchObject({ socialInsuranceMonths: 6, stillPaying: true, person: { isCollegeGraduate: true, graduationDate: '2026-06-30' } });
  });

  it('does not take a self-employed seeker for an employer', () => {
    expect(extractEmployerFacts('我开了个小店，招了3个员工', asOf)).toBeUndefined();
  });
  it('reads a 小微企业 as a small or micro enterprise, not an individual business', () => {
    expect(extractPersonFacts('我是前年毕业的大学生，在渝北注册了一家小微企业', asOf).business).toMatchObject({ form: 'small_micro', registeredInChongqing: true });
  });

  it('recognises an employer described at some length, and one with nothing said yet', () => {
    const e = extractEmployerFacts('我们是做软件的小公司，今年3月1号招了3个2026届的本科毕业生，社保已经连续交了7个月，还在交', asOf);
    expect(e?.size).toBe('small');
    expect(e?.hires).toHaveLength(3);
    expect(e?.hires?.[0]).toMatchObject({ hiredOn: '2026-03-01', socialInsuranceMonths: 7, stillPaying: true, person: { education: 'bachelor', graduationDate: '2026-06-30' } });
    expect(extractEmployerFacts('企业招应届大学生领那个一次性吸纳补贴，社保要交几个月？', asOf)).toEqual({});
    expect(extractEmployerFacts('我们家里没人上班', asOf)).toBeUndefined();
    expect(extractEmployerFacts('我本科学的是企业管理，今年毕业', asOf)).toBeUndefined();
  });

  it('reads who was hired from the whole sentence of the hire, with the date of the hire', () => {
    const e = extractEmployerFacts('我们公司2025年10月8日招了2个脱贫户，都是重庆户口，社保连续交了13个月，现在还在交', asOf);
    expect(e?.hires).toHaveLength(2);
    expect(e?.hires?.[1]).toMatchObject({ hiredOn: '2025-10-08', socialInsuranceMonths: 13, stillPaying: true, person: { povertyAlleviated: true, hukou: 'chongqing' } });
    const older = extractEmployerFacts('我们厂2025年9月1日招了1个大哥，入职时52岁，原来在淘汰落后产能的企业上班', asOf);
    expect(older?.hires?.[0]?.person).toMatchObject({ age: 52, gender: 'male', fromEliminatedCapacityEnterprise: true });
    expect(extractEmployerFacts('我们是微型企业，今年6月1号招了一个今年毕业的大专生', asOf)?.hires?.[0]?.person).toMatchObject({ education: 'associate', isCollegeGraduate: true });
  });

  it.each([
    ['今年6月1号入职的', '2026-06-01'],
    ['去年3月招的', '2025-03-01'],
    ['入职时间是2025年12月15日', '2025-12-15'],
    ['已经干了5个月了', '2026-06-30'],
    ['今年12月招', undefined],
  ])('dates a hire: %s', (text, expected) => {
    expect(hireDate(text, asOf)).toBe(expected);
  });

  it('reads an employer programme the employer is already in, not one it hopes for', () => {
    expect(extractEmployerFacts('我们企业刚被认定为更加充分更高质量就业基地', asOf)?.certifiedEmploymentBase).toBe(true);
    expect(extractEmployerFacts('我们公司想去评那个高质量就业基地', asOf)?.certifiedEmploymentBase).toBeUndefined();
    const shop = extractEmployerFacts('我们街上参加了创业就业示范街建设，我这个店招了2个退役军人', asOf);
    expect(shop).toMatchObject({ demoStreet: true, hires: [{ person: { veteran: true } }, { person: { veteran: true } }] });
  });
});
