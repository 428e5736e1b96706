/** 二（四）1 失业登记: working age, able and wanting to work, out of work — processed within 7 working days. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { given } from '../logic.ts';
import { cond, defineBenefit, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f } = t;

/**
 * The plan addresses 一生一困, but registration is open to every working-age unemployed person
 * (DOMAIN.md: 失业登记), so group membership is not a condition here.
 */
export default defineBenefit({
  code: 'unemployment_registration',
  audience: 'person',
  clauseId: 'yb2022-38:2.4.1',
  params: ['registrationWorkingDays', 'minimumWorkingAge'],
  evaluate(_facts, { person: p }, asOf) {
    const me = p.person;
    const age = p.age === undefined ? undefined : f.age(p.age);
    const j = judge([
      cond(p.withinWorkingAge, q.workingAge, { met: age, failed: age }),
      cond(given(me.ableToWork, 'person.ableToWork'), q.ableToWork, { met: f.ableToWork(true), failed: f.ableToWork(false) }),
      cond(given(me.wantsJob, 'person.wantsJob'), q.wantsJob, { met: f.wantsJob(true), failed: f.wantsJob(false) }),
      cond(p.unemployed, q.jobless, { met: f.status('unemployed'), failed: me.employmentStatus && f.status(me.employmentStatus) }),
    ]);
    const notes =
      j.status === 'ineligible'
        ? []
        : [
            ...(me.registeredUnemployed ? [t.notes.alreadyRegistered] : []),
            t.notes.registrationDeadline(param('registrationWorkingDays', asOf)),
            t.notes.registrationMunicipal,
          ];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
