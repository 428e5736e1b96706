import { z } from 'zod';
import { matchVacanciesForPerson, resolvePlace, subjectOf } from '../../catalog/recommend.ts';
import { VacancyMatch } from '../../contract/catalog.ts';
import { catalogOutput, catalogResult, toolRow } from './catalog-output.ts';
import { storedPerson, turnOf } from './context.ts';
import { defineTool } from './define.ts';

/** The service standard (二（四）1) this recommendation delivers on. */
const CLAUSE = 'yb2022-38:2.4.1';

/** One result as the API's contract answers it (VacancyMatch), less the matcher's working. */
export const VacancyOutput = toolRow(VacancyMatch);
export type VacancyOutput = z.infer<typeof VacancyOutput>;

export const MatchVacanciesOutput = catalogOutput(VacancyOutput);
export type MatchVacanciesOutput = z.infer<typeof MatchVacanciesOutput>;

/**
 * Live vacancies ranked for the seeker's recorded profile by the deterministic matcher (hard
 * filters, then weighted criteria with reasons). The subject (软件开发, 仓库 …) is widened through
 * the occupation thesaurus; a place keeps the posts to its 镇街. Fewer than three suitable posts
 * come back as a `shortfall` with its reason, never padded, and the nearest posts (the same
 * subject elsewhere in 渝北, or a related one) as `alternatives`, each with why it is offered.
 */
export const matchVacanciesTool = defineTool({
  name: 'match_vacancies',
  description:
    '按求职者已记录的情况匹配渝北区在招岗位（学历、人群、镇街、岗位类型、技能），返回排序结果和匹配理由；岗位方向按同义词扩展（如“软件开发”含前端、Java开发）；不足3个时如实说明原因，另列备选岗位（alternatives）。',
  input: z.object({
    k: z.number().int().min(1).max(10).optional().describe('推荐岗位数，默认5'),
    intent: z.string().max(200).optional().describe('本轮说到的求职意向，如“仓库管理”'),
    subject: z.string().max(50).optional().describe('想做的工作或技能，只写方向词，如“软件开发”“电工”'),
    place: z.string().max(50).optional().describe('想在哪里工作：渝北的镇街或片区，如“两路”“空港”'),
  }),
  output: MatchVacanciesOutput,
  async run({ k = 5, intent, subject, place }, config) {
    const ctx = turnOf(config);
    const said = subjectOf(subject, intent);
    const person = { ...(await storedPerson(ctx)), ...(said ? { jobIntent: said } : {}) };
    const found = await matchVacanciesForPerson(ctx, { person, k, asOf: ctx.asOf, subject: said, place: resolvePlace(place) });
    return catalogResult(found, [CLAUSE]);
  },
});
