import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import { mergeSeekerFacts } from '../../chat/queries.ts';
import { PersonSchema } from '../../rules/facts.ts';
import { result, turnOf } from './context.ts';

/**
 * Saves what the seeker said about themselves on their profile, validated against the person-facts
 * schema. Invalid facts come back as data for the model to correct, not as an exception.
 */
export const recordProfileFactsTool = tool(
  async ({ facts }, config) => {
    const ctx = turnOf(config);
    const parsed = PersonSchema.safeParse(facts);
    if (!parsed.success) {
      return result({ saved: [], errors: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) });
    }
    if (parsed.data.graduationDate && parsed.data.graduationDate > ctx.asOf && !parsed.data.isCollegeGraduate) {
      // An expected graduation later this year is fine; it only means not yet 应届 for past-dated rules.
    }
    const merged = await mergeSeekerFacts(ctx.database, { seekerId: ctx.seekerId, facts: parsed.data });
    ctx.facts?.set(merged);
    return result({ saved: Object.keys(parsed.data), facts: merged });
  },
  {
    name: 'record_profile_facts',
    description: '记录求职者本人在对话中说到的个人情况（年龄、户籍、学历、毕业时间、是否低保/零就业/残疾/脱贫、是否登记失业、创业情况等）。只记录本人明确说过的。',
    schema: z.object({ facts: PersonSchema.describe('本轮新说到的个人情况') }),
  },
);
