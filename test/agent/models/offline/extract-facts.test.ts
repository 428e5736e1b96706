import { describe, expect, it } from 'vitest';
import { extractEmployerFacts, extractPersonFacts } from '../../../../server/agent/models/offline/extract-facts.ts';

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
});
