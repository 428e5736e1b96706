import { z } from 'zod';
import { recommendCoursesForPerson, resolvePlace } from '../../catalog/recommend.ts';
import { CourseMatch } from '../../contract/catalog.ts';
import { catalogOutput, catalogResult, toolRow } from './catalog-output.ts';
import { storedPerson, turnOf } from './context.ts';
import { defineTool } from './define.ts';

/** 二（四）1 (at least 3 courses) and 二（三）3 (training subsidies) stand behind this recommendation. */
const CLAUSES = ['yb2022-38:2.4.1', 'yb2022-38:2.3.3'];

/** One result as the API's contract answers it (CourseMatch), less the matcher's working. */
export const CourseOutput = toolRow(CourseMatch);
export type CourseOutput = z.infer<typeof CourseOutput>;

export const RecommendTrainingOutput = catalogOutput(CourseOutput);
export type RecommendTrainingOutput = z.infer<typeof RecommendTrainingOutput>;

export const recommendTrainingTool = defineTool({
  name: 'recommend_training',
  description:
    '按求职者情况和想学的方向推荐在办的培训课程（职业技能培训、创业培训GYB/SYB/IYB等），方向按同义词扩展（如“电工”含低压电工）；不足3个时如实说明原因，另列相近方向的备选课程（alternatives）。',
  input: z.object({
    k: z.number().int().min(1).max(10).optional().describe('推荐课程数，默认5'),
    interest: z.string().max(100).optional().describe('想学的方向，如“电商直播”“养老护理”'),
    subject: z.string().max(50).optional().describe('想学的技能，只写方向词，如“电工”'),
    place: z.string().max(50).optional().describe('希望在哪里上课：渝北的镇街或片区，如“两路”'),
  }),
  output: RecommendTrainingOutput,
  async run({ k = 5, interest, subject, place }, config) {
    const ctx = turnOf(config);
    const found = await recommendCoursesForPerson(ctx, { person: await storedPerson(ctx), interest, subject, place: resolvePlace(place), k, asOf: ctx.asOf });
    return catalogResult(found, CLAUSES);
  },
});
