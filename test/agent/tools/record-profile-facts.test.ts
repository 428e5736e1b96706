import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTurn, type ToolContext } from '../../../server/agent/tools/context.ts';
import { recordProfileFactsTool } from '../../../server/agent/tools/record-profile-facts.ts';
import type { Database } from '../../../server/db/client.ts';
import { seekers } from '../../../server/db/schema/index.ts';
import { openTestDatabase } from '../../support/db.ts';

let database: Database;
const AS_OF = '2026-11-30';

beforeAll(async () => {
  database = await openTestDatabase({ corpus: false });
});
afterAll(async () => {
  await database?.close();
});

async function seeker(facts: Record<string, unknown> = {}) {
  const [row] = await database.db.insert(seekers).values({ facts }).returning({ id: seekers.id });
  const turn = withTurn({ database, asOf: AS_OF, seekerId: row!.id } as ToolContext);
  const record = async (args: Record<string, unknown>) => JSON.parse(String(await recordProfileFactsTool.invoke(args as never, turn)));
  const stored = async () => (await database.db.select({ facts: seekers.facts }).from(seekers).where(eq(seekers.id, row!.id)))[0]!.facts;
  return { record, stored };
}

describe('record_profile_facts', () => {
  it('takes flat fields in Chinese words and stores the engine’s facts', async () => {
    const s = await seeker();
    const out = await s.record({ hukou: '重庆', education: '本科', isCollegeGraduate: true, graduationDate: '2026-06-30', employmentStatus: '未就业' });
    expect(out.saved).toEqual(['户籍', '最高学历（中专含职高、技校）', '是否为高校毕业生（大专及以上）', '高校毕业（离校）日期', '目前的就业状态']);
    expect(await s.stored()).toEqual({ hukou: 'chongqing', education: 'bachelor', isCollegeGraduate: true, graduationDate: '2026-06-30', employmentStatus: 'unemployed' });
    // What the model is told is known: its own fields and words, no engine value.
    expect(out.known).toMatchObject({ hukou: '重庆', education: '本科', employmentStatus: '未就业' });
    expect(JSON.stringify(out)).not.toMatch(/chongqing|bachelor|unemployed/);
  });

  it('adds a business detail to the business already recorded', async () => {
    const s = await seeker({ hasBusiness: true, business: { form: 'individual', employees: 3 } });
    await s.record({ businessStartedOn: '2025-03-01', firstBusiness: true });
    expect(await s.stored()).toEqual({ hasBusiness: true, business: { form: 'individual', employees: 3, startedOn: '2025-03-01', firstBusiness: true } });
  });

  it('returns what fails as data naming the field in Chinese, and saves the rest', async () => {
    const s = await seeker();
    const out = await s.record({ hukou: '北京', birthDate: '1990-02-30', age: -3, dibaoFamily: true, businessStartedOn: '2027-01-01' });
    expect(out.errors).toEqual([
      { field: 'age', label: '年龄（周岁）', message: '不能为负数' },
      { field: 'birthDate', label: '出生日期', message: '应为 YYYY-MM-DD 格式的有效日期' },
      { field: 'hukou', label: '户籍', message: '应为以下之一：重庆、外地' },
      { field: 'businessStartedOn', label: '所创办主体的成立（开业）日期', message: `不能晚于评估日期 ${AS_OF}` },
    ]);
    expect(out.notSaved).toContain('户籍应为以下之一：重庆、外地');
    expect(out.error).toBeUndefined();
    expect(out.saved).toEqual(['是否为低保家庭成员']);
    expect(await s.stored()).toEqual({ dibaoFamily: true });
  });

  it('names the keys it does not take instead of dropping them silently (the old `facts` wrapper)', async () => {
    const s = await seeker();
    const out = await s.record({ facts: { hukou: 'chongqing' }, disabled: true });
    expect(out.ignored).toEqual(['facts']);
    expect(out.note).toContain('facts');
    expect(await s.stored()).toEqual({ disabled: true });
  });
});
