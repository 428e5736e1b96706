import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { eligibilityRoutes } from '../../server/routes/eligibility.ts';
import { errorHandler } from '../../server/http/on-error.ts';
import { BENEFIT_CODES, EMPLOYER_BENEFITS, PERSON_BENEFITS } from '../../server/rules/engine.ts';
import { today } from '../../server/rules/dates.ts';

const logged: unknown[] = [];
const app = new Hono().route('/api/eligibility', eligibilityRoutes).onError(errorHandler((e) => logged.push(e)));

const JSON_HEADERS = { 'content-type': 'application/json' };
const post = (body: unknown, headers: Record<string, string> = JSON_HEADERS) =>
  app.request('/api/eligibility', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

async function expect400(body: unknown, field: string, headers?: Record<string, string>) {
  const res = await post(body, headers);
  const json = (await res.json()) as { error: { code: string; message: string; field?: string } };
  expect(res.status, JSON.stringify(json)).toBe(400);
  expect(json.error.code).toBe('bad_request');
  expect(json.error.field).toBe(field);
  expect(json.error.message).toMatch(/[\u4e00-\u9fff]/);
  return json.error;
}

describe('POST /api/eligibility', () => {
  it('answers person facts with the 14 person benefits in contract order, each in the contract shape', async () => {
    const res = await post({ asOf: '2026-11-30', person: { isCollegeGraduate: true, employmentStatus: 'unemployed' } });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { asOf: string; benefits: Record<string, unknown>[]; explanation: string };
    expect(json.asOf).toBe('2026-11-30');
    expect(json.benefits.map((b) => b.code)).toEqual([...PERSON_BENEFITS]);
    for (const b of json.benefits) {
      expect(Object.keys(b).sort()).toEqual(['amount', 'audience', 'citations', 'code', 'missingFacts', 'name', 'reasons', 'status']);
      expect(b.audience).toBe('person');
      expect(['eligible', 'ineligible', 'unknown']).toContain(b.status);
      expect(Array.isArray(b.reasons) && Array.isArray(b.missingFacts) && Array.isArray(b.citations)).toBe(true);
      expect(b.citations).not.toHaveLength(0);
    }
    expect(json.explanation).toMatch(/【yb2022-38:2\.\d\.\d】/);
  });

  it('answers employer facts with the 8 employer benefits in order', async () => {
    const json = (await (await post({ asOf: '2026-11-30', employer: { size: 'small' } })).json()) as { benefits: { code: string }[] };
    expect(json.benefits.map((b) => b.code)).toEqual([...EMPLOYER_BENEFITS]);
  });

  it('lists all 22 benefits when given both kinds of facts, or none', async () => {
    for (const body of [{ asOf: '2026-11-30' }, { asOf: '2026-11-30', person: {}, employer: {} }]) {
      const json = (await (await post(body)).json()) as { benefits: { code: string }[] };
      expect(json.benefits.map((b) => b.code)).toEqual([...BENEFIT_CODES]);
    }
  });

  it('lets `audience` force the list', async () => {
    const json = (await (await post({ asOf: '2026-11-30', person: { age: 30 }, audience: 'employer' })).json()) as { benefits: { code: string }[] };
    expect(json.benefits.map((b) => b.code)).toEqual([...EMPLOYER_BENEFITS]);
    const both = (await (await post({ asOf: '2026-11-30', person: { age: 30 }, audience: 'both' })).json()) as { benefits: unknown[] };
    expect(both.benefits).toHaveLength(22);
  });

  it('uses today in China when asOf is not given', async () => {
    const json = (await (await post({ person: {} })).json()) as { asOf: string };
    expect([today(), today(Date.now() - 60_000)]).toContain(json.asOf);
  });

  it('sums per-hire subsidies: two qualifying hires give 12000元', async () => {
    const hire = (person: object) => ({ person, hiredOn: '2025-09-01', socialInsuranceMonths: 14, stillPaying: true });
    const json = (await (
      await post({ asOf: '2026-11-30', employer: { size: 'small', hires: [hire({ dibaoFamily: true }), hire({ povertyAlleviated: true })] } })
    ).json()) as { benefits: { code: string; amount: { value: number } }[] };
    expect(json.benefits.find((b) => b.code === 'employer_hiring_subsidy_key_groups')!.amount.value).toBe(12000);
  });

  describe('400 naming the field', () => {
    it('graduation after asOf', () => expect400({ asOf: '2026-11-30', person: { graduationDate: '2027-06-30' } }, 'person.graduationDate'));
    it('birth after asOf', () => expect400({ asOf: '2026-11-30', person: { birthDate: '2026-12-01' } }, 'person.birthDate'));
    it('business started after asOf', () =>
      expect400({ asOf: '2026-11-30', person: { business: { startedOn: '2027-01-01' } } }, 'person.business.startedOn'));
    it('negative employees', () => expect400({ asOf: '2026-11-30', person: { business: { employees: -1 } } }, 'person.business.employees'));
    it('fractional employees', () => expect400({ person: { business: { employees: 2.5 } } }, 'person.business.employees'));
    it('unknown enum value', async () => {
      const error = await expect400({ person: { gender: 'unknown' } }, 'person.gender');
      expect(error.message).toContain('male');
    });
    it('unknown employer size', () => expect400({ employer: { size: 'huge' } }, 'employer.size'));
    it('impossible date', () => expect400({ person: { birthDate: '2026-02-30' } }, 'person.birthDate'));
    it('malformed date', () => expect400({ asOf: '30/11/2026' }, 'asOf'));
    it('a boolean given as a string', () => expect400({ person: { dibaoFamily: 'yes' } }, 'person.dibaoFamily'));
    it('hire after asOf', () => expect400({ asOf: '2026-11-30', employer: { hires: [{ hiredOn: '2026-12-01' }] } }, 'employer.hires.0.hiredOn'));
    it('a hired person born after the hire date', () =>
      expect400({ asOf: '2026-11-30', employer: { hires: [{ hiredOn: '2020-01-01', person: { birthDate: '2021-01-01' } }] } }, 'employer.hires.0.person.birthDate'));
    it('more months of insurance than months employed', () =>
      expect400({ asOf: '2026-11-30', employer: { hires: [{ hiredOn: '2026-05-20', socialInsuranceMonths: 8 }] } }, 'employer.hires.0.socialInsuranceMonths'));
    it('leaving before being hired', () =>
      expect400({ asOf: '2026-11-30', employer: { hires: [{ hiredOn: '2026-05-20', leftOn: '2026-05-01' }] } }, 'employer.hires.0.leftOn'));
    it('leaving after asOf', () => expect400({ asOf: '2026-11-30', employer: { hires: [{ leftOn: '2026-12-01' }] } }, 'employer.hires.0.leftOn'));
    it('negative insurance months', () => expect400({ employer: { hires: [{ socialInsuranceMonths: -3 }] } }, 'employer.hires.0.socialInsuranceMonths'));
    it('a retention rate given as a percentage', () => expect400({ employer: { retentionRate: 50 } }, 'employer.retentionRate'));
    it('an age that contradicts the birth date', () => expect400({ asOf: '2026-11-30', person: { birthDate: '1990-01-01', age: 30 } }, 'person.age'));
    it('graduating before being born', () =>
      expect400({ asOf: '2026-11-30', person: { birthDate: '2000-01-01', graduationDate: '1999-06-30' } }, 'person.graduationDate'));
    it('an intern graduating after asOf', () =>
      expect400({ asOf: '2026-11-30', employer: { internships: [{ person: { graduationDate: '2027-06-30' } }] } }, 'employer.internships.0.person.graduationDate'));
    it('certification after asOf', () =>
      expect400({ asOf: '2026-11-30', employer: { employmentBaseCertifiedOn: '2027-01-01' } }, 'employer.employmentBaseCertifiedOn'));
    it('application for registration after asOf', () =>
      expect400({ asOf: '2026-11-30', person: { unemploymentRegistrationAppliedOn: '2026-12-01' } }, 'person.unemploymentRegistrationAppliedOn'));
    it('hires that are not a list', () => expect400({ employer: { hires: {} } }, 'employer.hires'));
    it('too many hires', () => expect400({ employer: { hires: Array.from({ length: 501 }, () => ({})) } }, 'employer.hires'));
    it('an unknown audience', () => expect400({ audience: 'everyone' }, 'audience'));
    it('a body that is not JSON', () => expect400('{"person": ', '(body)'));
    it('an empty body', () => expect400('', '(body)'));
    it('a body that is not sent as JSON', () => expect400('person=1', '(body)', { 'content-type': 'application/x-www-form-urlencoded' }));
    it('a body sent as plain text', () => expect400('{}', '(body)', {}));
    it('no body at all', async () => {
      const res = await app.request('/api/eligibility', { method: 'POST' });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { field: string } }).error.field).toBe('(body)');
    });
    it('a JSON array instead of an object', () => expect400([], '(body)'));
    it('JSON null', () => expect400('null', '(body)'));
  });

  it('never answers 500, whatever the body', async () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const junk = [null, true, false, 0, -1, 1.5, 1e12, '', 'x', '2026-11-30', '2026-13-01', [], {}, [{}], { a: 1 }];
    const keys = ['birthDate', 'age', 'gender', 'graduationDate', 'business', 'hires', 'employees', 'size', 'retentionRate', 'internships', 'hiredOn', 'person'];
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const value = (depth: number): unknown =>
      depth > 2 || rand() < 0.5 ? pick(junk) : Object.fromEntries(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => [pick(keys), value(depth + 1)]));
    for (let i = 0; i < 300; i++) {
      const body = { asOf: rand() < 0.3 ? pick(junk) : '2026-11-30', person: value(0), employer: value(0) };
      const res = await post(body);
      expect([200, 400], JSON.stringify(body)).toContain(res.status);
    }
    expect(logged).toEqual([]);
  });
});
