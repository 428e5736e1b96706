import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationGuideTool } from '../../../server/agent/tools/application-guide.ts';
import { withTurn, type ToolContext } from '../../../server/agent/tools/context.ts';
import { TOOLS_BY_NAME } from '../../../server/agent/tools/index.ts';
import type { Database } from '../../../server/db/client.ts';
import { policyClauses } from '../../../server/db/schema/index.ts';
import { forgetClauseTexts } from '../../../server/policy/clause-texts.ts';
import { openTestDatabase } from '../../support/db.ts';

interface Out {
  guides: {
    code: string;
    name: string;
    side: string;
    where: { text: string; source: string | null; municipal: boolean };
    bring: { items: string[]; text: string; source: string | null; municipal: boolean };
    time: { text: string; source: string | null; municipal: boolean };
    notes: { text: string; source: string; municipal: boolean }[];
    rule: { clauseId: string; sentence: string };
    text: string;
  }[];
  citations: string[];
  message?: string;
}

const call = async (input: Record<string, unknown>, config?: unknown) => JSON.parse(String(await applicationGuideTool.invoke(input as never, config as never))) as Out;

let database: Database;
const turn = () => withTurn({ database } as ToolContext);

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('get_application_guide', () => {
  it('is registered with the agent tools', () => {
    expect(TOOLS_BY_NAME.get('get_application_guide')).toBe(applicationGuideTool);
  });

  it('returns a guide per benefit code asked for, with the rule sentence and its clause cited', async () => {
    const out = await call({ benefitCodes: ['employer_hiring_subsidy_graduates_sme', 'internship_post'] }, turn());
    expect(out.guides.map((g) => g.code)).toEqual(['employer_hiring_subsidy_graduates_sme', 'internship_post']);
    const [sme, post] = out.guides;
    expect(sme).toMatchObject({
      name: '一次性吸纳就业补贴（中小微企业招用应届高校毕业生）',
      side: 'employer',
      rule: {
        clauseId: 'yb2022-38:2.1.1',
        sentence: '对招用应届高校毕业生，并连续缴纳半年及以上社会保险费的中小微企业，按规定给予2000元/人的一次性吸纳就业补贴。',
      },
    });
    expect(post!.side).toBe('person');
    expect(post!.rule.clauseId).toBe('yb2022-38:2.3.4');
    expect(out.citations).toEqual(['yb2022-38:2.1.1', 'yb2022-38:2.3.4']);
    for (const g of out.guides) {
      expect(g.text).toContain('以区就业和人才中心审核为准');
      expect(g.text).toContain('人工');
    }
  });

  it('answers a service, alone or with benefits', async () => {
    const out = await call({ service: '职业指导', benefitCodes: ['unemployment_registration'] }, turn());
    expect(out.guides.map((g) => [g.code, g.name])).toEqual([
      ['unemployment_registration', '失业登记'],
      ['guidance', '职业指导'],
    ]);
    expect(out.guides[0]!.bring.municipal).toBe(true);
    expect(out.guides[0]!.time.text).toContain('七个工作日');
    // The guidance note stands on 2.4.4: cited too.
    expect(out.citations).toEqual(expect.arrayContaining(['yb2022-38:2.4.1', 'yb2022-38:2.4.4']));
  });

  it('works without a turn, from the corpus files', async () => {
    const out = await call({ benefitCodes: ['internship_subsidy'] });
    expect(out.guides[0]).toMatchObject({ side: 'employer', rule: { clauseId: 'yb2022-38:2.3.4' } });
    expect(out.guides[0]!.rule.sentence).toContain('1300元/人/月');
  });

  it('asks what to look up when given nothing', async () => {
    const out = await call({}, turn());
    expect(out.guides).toEqual([]);
    expect(out.message).toMatch(/请说明/);
  });

  it('refuses unknown codes and services through its schema, as data naming the field in Chinese', async () => {
    for (const [input, field, label] of [
      [{ benefitCodes: ['pension_bonus'] }, 'benefitCodes.0', '要查询办理指引的补贴或服务项目代码'],
      [{ service: 'housing' }, 'service', '就业服务'],
      [{ service: 'jobs' }, 'service', '就业服务'], // the engine's code is not what the model is offered
      [{ benefitCodes: 'internship_post' }, 'benefitCodes', '要查询办理指引的补贴或服务项目代码'],
    ] as const) {
      const out = (await call(input, turn())) as unknown as { error: string; errors: { field: string; label: string }[]; guides?: unknown };
      expect(out.guides).toBeUndefined();
      expect(out.errors).toEqual([expect.objectContaining({ field, label })]);
      expect(out.error).toContain(label);
    }
  });

  it("quotes the database's clause text when it holds the needle, else the files'", async () => {
    const id = 'yb2022-38:2.2.3';
    const [row] = await database.db.select({ text: policyClauses.text }).from(policyClauses).where(eq(policyClauses.id, id));
    const edited = row!.text.replace('提供一定数量的创业工位。', '提供一定数量的创业工位（名额按年度公布）。');
    await database.db.update(policyClauses).set({ text: edited }).where(eq(policyClauses.id, id));
    forgetClauseTexts(database);
    expect((await call({ benefitCodes: ['entrepreneurship_workspace'] }, turn())).guides[0]!.rule.sentence).toBe(
      '每年向有创业意愿的高校毕业生，提供一定数量的创业工位（名额按年度公布）。',
    );
    await database.db.update(policyClauses).set({ text: '强化创业场地支持。' }).where(eq(policyClauses.id, id));
    forgetClauseTexts(database);
    expect((await call({ benefitCodes: ['entrepreneurship_workspace'] }, turn())).guides[0]!.rule.sentence).toBe(
      '每年向有创业意愿的高校毕业生，提供一定数量的创业工位。',
    );
    await database.db.update(policyClauses).set({ text: row!.text }).where(eq(policyClauses.id, id));
    forgetClauseTexts(database);
  });
});
