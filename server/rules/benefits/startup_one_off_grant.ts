/** 二（二）2 一次性创业补助 8000元/户: first business, operating 1–3 years, ≥3 employed, paying social insurance. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { all, any, fact, given, test } from '../logic.ts';
import { cond, defineBenefit, firstTrue, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f, groups: g } = t;

/** “高校毕业生等重点群体”: graduates, registered unemployed, and the 重点群体 of 二（一）2; outside them, ask. */
export default defineBenefit({
  code: 'startup_one_off_grant',
  audience: 'person',
  clauseId: 'yb2022-38:2.2.2',
  params: ['startupOneOffGrant', 'startupGrantOperatingMonths', 'startupGrantMinEmployees'],
  evaluate(_facts, { person: p }, asOf) {
    const me = p.person;
    const b = me.business;
    const grant = param('startupOneOffGrant', asOf);
    const amount = { value: grant, unit: t.units.yuanPerHousehold, text: t.amounts.perHousehold(grant) };
    if (p.hasBusiness.value === false) {
      return outcome(judge([cond(p.hasBusiness, q.firstBusiness, { failed: f.noBusiness })]), { citations: [this.clauseId] });
    }
    const options = [
      [p.collegeGraduate, g.collegeGraduate],
      [given(me.registeredUnemployed, 'person.registeredUnemployed'), g.registeredUnemployed],
      [p.keyGroup, g.keyGroup],
    ] as const;
    const listed = any(...options.map(([x]) => x));
    const months = p.businessMonths;
    const minEmployees = param('startupGrantMinEmployees', asOf);
    const operatingDetail = months === undefined ? undefined : months >= param('startupGrantOperatingMonths', asOf).maxExclusive ? f.operatingTooLong(months) : f.operating(months);
    const j = judge([
      cond(listed.value === false ? fact(undefined, []) : listed, q.grantGroups, {
        met: f.inGroup(firstTrue(options) ?? ''),
        unknown: listed.value === false ? t.notes.grantOtherGroups : undefined,
      }),
      cond(all(p.hasBusiness, given(b?.firstBusiness, 'person.business.firstBusiness')), q.firstBusiness, {
        met: f.firstBusiness(true),
        failed: f.firstBusiness(false),
      }),
      cond(p.businessFirstToThirdYear, q.operating, { met: operatingDetail, failed: operatingDetail }),
      cond(test(b?.employees, 'person.business.employees', (n) => n >= minEmployees), q.employs3, {
        met: b?.employees === undefined ? undefined : f.employees(b.employees),
        failed: b?.employees === undefined ? undefined : f.employees(b.employees),
      }),
      cond(given(b?.payingSocialInsurance, 'person.business.payingSocialInsurance'), q.businessInsured, {
        met: f.businessInsured(true),
        failed: f.businessInsured(false),
      }),
    ]);
    // Short of the head count: how many more people would meet it.
    const short = b?.employees !== undefined && b.employees < minEmployees ? [t.notes.employeesShort(minEmployees - b.employees, minEmployees)] : [];
    const notes = j.status === 'ineligible' ? short : [...short, t.notes.grantApply, t.notes.grantMunicipal];
    return outcome(j, { amount, notes, citations: [this.clauseId] });
  },
});
