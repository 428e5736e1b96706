import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import { matchVacanciesForPerson } from '../../jobs/recommend.ts';
import { PersonSchema } from '../../rules/facts.ts';
import { result, storedFacts, turnOf } from './context.ts';

/** The service standard (二（四）1) this recommendation delivers on. */
const CLAUSE = 'yb2022-38:2.4.1';

/**
 * Live vacancies ranked for the seeker's recorded profile by the deterministic matcher (hard
 * filters, then weighted criteria with reasons). Fewer than three suitable posts come back as a
 * `shortfall` with its reason, never padded.
 */
export const matchVacanciesTool = tool(
  async ({ k, intent }, config) => {
    const ctx = turnOf(config);
    const stored = PersonSchema.safeParse(await storedFacts(ctx));
    const person = { ...(stored.success ? stored.data : {}), ...(intent ? { jobIntent: intent } : {}) };
    const found = await matchVacanciesForPerson(ctx, { person, k, asOf: ctx.asOf });
    const matches = found.matches.map(({ breakdown: _b, similarity: _s, ...m }) => m);
    return result({ matches, ...(found.shortfall ? { shortfall: found.shortfall } : {}), citations: [CLAUSE] });
  },
  {
    name: 'match_vacancies',
    description: '按求职者已记录的情况匹配渝北区在招岗位（学历、人群、镇街、岗位类型、技能），返回排序结果和匹配理由；不足3个时如实说明原因。',
    schema: z.object({
      k: z.number().int().min(1).max(10).default(5).describe('推荐岗位数'),
      intent: z.string().max(200).optional().describe('本轮说到的求职意向，如“仓库管理”“软件测试”'),
    }),
  },
);
