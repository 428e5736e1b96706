import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import { recommendCoursesForPerson } from '../../jobs/recommend.ts';
import { PersonSchema } from '../../rules/facts.ts';
import { result, storedFacts, turnOf } from './context.ts';

/** 二（四）1 (at least 3 courses) and 二（三）3 (training subsidies) stand behind this recommendation. */
const CLAUSES = ['yb2022-38:2.4.1', 'yb2022-38:2.3.3'];

export const recommendTrainingTool = tool(
  async ({ k, interest }, config) => {
    const ctx = turnOf(config);
    const stored = PersonSchema.safeParse(await storedFacts(ctx));
    const person = stored.success ? stored.data : {};
    const found = await recommendCoursesForPerson(ctx, { person, interest, k, asOf: ctx.asOf });
    const matches = found.matches.map(({ breakdown: _b, similarity: _s, ...m }) => m);
    return result({ matches, ...(found.shortfall ? { shortfall: found.shortfall } : {}), citations: CLAUSES });
  },
  {
    name: 'recommend_training',
    description: '按求职者情况和想学的方向推荐在办的培训课程（职业技能培训、创业培训GYB/SYB/IYB等），不足3个时如实说明原因。',
    schema: z.object({
      k: z.number().int().min(1).max(10).default(5).describe('推荐课程数'),
      interest: z.string().max(100).optional().describe('想学的方向，如“电商直播”“养老护理”'),
    }),
  },
);
