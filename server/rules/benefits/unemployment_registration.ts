/** 二（四）1 失业登记: working age, able and wanting to work, out of work — processed within 7 working days. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { given } from '../logic.ts';
import { paramValue } from '../parameters/index.ts';
import { cond, defineBenefit, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f } = t;

/** The working days are the service standard's (../parameters/service.ts), which the ledger reads too. */
const parameters = {};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    unemployment_registration: typeof parameters;
  }
}

const text = {
  quotes: { workingAge: '在法定劳动年龄内', wantsJob: '有就业要求', jobless: '处于无业状态' },
  notes: {
    deadline: (days: number) => `公共就业服务机构应在${days}个工作日内办结失业登记，可在任一街道（乡镇）公共就业服务机构办理`,
    alreadyRegistered: '已办理失业登记，可继续享受登记失业人员的就业服务',
    municipal: t.reasons.municipal(
      '在重庆市任一街道（乡镇）公共就业服务机构或网上（全渝通办）办理，携带身份证或社会保障卡、户口簿，高校毕业生另带学历证明',
      t.sources.servicePackage2023,
    ),
  },
};

/**
 * The plan addresses 一生一困, but registration is open to every working-age unemployed person
 * (docs/domain.md: 失业登记), so group membership is not a condition here.
 */
export default defineBenefit({
  code: 'unemployment_registration',
  order: 10,
  audience: 'person',
  clauseId: 'yb2022-38:2.4.1',
  name: '失业登记',
  parameters,
  uses: ['registrationWorkingDays', 'minimumWorkingAge'],
  text,
  guide: (asOf) => ({
    needle: '办理失业登记',
    where: { text: '任一街道（乡镇）公共就业服务机构', municipal: false },
    bring: { items: ['失业登记表', '身份证或社会保障卡', '户口簿', '学历证明（高校毕业生等需要时）'], municipal: true, source: 'servicePackage2023' },
    time: { text: `公共就业服务机构在${t.numeral(paramValue('registrationWorkingDays', asOf))}个工作日内办结失业登记`, municipal: false },
    notes: [
      { text: '也可在网上办理（“全渝通办”）', municipal: true, source: 'servicePackage2023' },
      { text: '多数就业困难人员类别在办理失业登记时一并认定，零就业家庭另需填写申请表', municipal: true, source: 'servicePackage2023' },
    ],
  }),
  evaluate(_facts, { person: p }, asOf) {
    const me = p.person;
    const age = p.age === undefined ? undefined : f.age(p.age);
    const j = judge([
      cond(p.withinWorkingAge, text.quotes.workingAge, { met: age, failed: age }),
      cond(given(me.ableToWork, 'person.ableToWork'), q.ableToWork, { met: f.ableToWork(true), failed: f.ableToWork(false) }),
      cond(given(me.wantsJob, 'person.wantsJob'), text.quotes.wantsJob, { met: f.wantsJob(true), failed: f.wantsJob(false) }),
      cond(p.unemployed, text.quotes.jobless, { met: f.status('unemployed'), failed: me.employmentStatus && f.status(me.employmentStatus) }),
    ]);
    const notes =
      j.status === 'ineligible'
        ? []
        : [...(me.registeredUnemployed ? [text.notes.alreadyRegistered] : []), text.notes.deadline(param('registrationWorkingDays', asOf)), text.notes.municipal];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
