import { z } from 'zod';
import { zh } from '../../i18n/zh-CN/index.ts';
import { clauseTexts } from '../../policy/clause-texts.ts';
import { applicationGuide, GUIDE_CODES, GuideError, guideClauses, guideText, SERVICES, type ClauseTextSource, type GuideCode } from '../../policy/guide.ts';
import { BENEFIT_CODES } from '../../rules/engine.ts';
import type { ToolContext } from './context.ts';
import { defineTool } from './define.ts';

/** Services are named to the model in Chinese (岗位推荐), each meaning one guide code. */
const SERVICE_BY_NAME = new Map<string, (typeof SERVICES)[number]>(SERVICES.map((code) => [zh.guide.serviceNames[code], code]));
const SERVICE_NAMES = [...SERVICE_BY_NAME.keys()] as [string, ...string[]];

/** The turn when the call runs in one; the guide needs none (its texts fall back to the corpus files). */
function turnIfAny(config: unknown): ToolContext | undefined {
  return (config as { configurable?: { turn?: ToolContext } } | undefined)?.configurable?.turn;
}

/** A text with where it comes from (server/policy/guide.ts `Sourced`): `source` null when the dictionary's default is said. */
const Sourced = z.strictObject({ text: z.string(), source: z.string().nullable(), municipal: z.boolean() });

/** One guide (server/policy/guide.ts `ApplicationGuide`) with the whole of it as one text. */
const Guide = z.strictObject({
  code: z.enum(GUIDE_CODES),
  name: z.string(),
  side: z.enum(['person', 'employer']),
  sideText: z.string(),
  where: Sourced,
  bring: Sourced.extend({ items: z.array(z.string()) }),
  time: Sourced,
  notes: z.array(Sourced),
  rule: z.strictObject({ clauseId: z.string(), sentence: z.string() }),
  confirm: z.string(),
  offer: z.string(),
  text: z.string(),
});

/** A guide per code asked about, and the clauses they rest on; `message` when nothing was asked. */
export const ApplicationGuideOutput = z.strictObject({ guides: z.array(Guide), citations: z.array(z.string()), message: z.string().optional() });
export type ApplicationGuideOutput = z.infer<typeof ApplicationGuideOutput>;

/**
 * How to apply for benefits or a service: who applies, where, what to bring, how long, the
 * municipal facts with their sources, and the clause sentence stating the rule, quoted whole.
 * Clause texts are the database's (what citations quote) when the turn has one, else the corpus
 * files'; a clause the database lacks is read from the files.
 */
export const applicationGuideTool = defineTool({
  name: 'get_application_guide',
  description:
    '查询补贴或服务的办理指引：由谁申请、在哪里办、带什么材料、办理时限、市级规定（注明来源）和方案原文。回答“怎么申请、去哪里办、带什么材料”时使用；以区就业和人才中心审核为准。',
  input: z.object({
    benefitCodes: z.array(z.enum(BENEFIT_CODES)).optional().describe('要查询办理指引的补贴或服务项目代码'),
    service: z.enum(SERVICE_NAMES, { error: zh.rules.validation.oneOf(SERVICE_NAMES) }).optional().describe(`就业服务：${SERVICE_NAMES.join('、')}之一`),
  }),
  output: ApplicationGuideOutput,
  async run({ benefitCodes, service }, config) {
    const serviceCode = service ? SERVICE_BY_NAME.get(service as (typeof SERVICE_NAMES)[number]) : undefined;
    const codes: GuideCode[] = [...new Set<GuideCode>([...(benefitCodes ?? []), ...(serviceCode ? [serviceCode] : [])])];
    if (!codes.length) return { guides: [], citations: [], message: zh.guide.noSelection };
    const ids = [...new Set(codes.flatMap(guideClauses))];
    const turn = turnIfAny(config);
    let corpus: ClauseTextSource | undefined;
    if (turn) {
      const texts = await clauseTexts(turn.database, ids);
      if (ids.every((id) => texts.has(id))) corpus = texts;
    }
    const guides = codes.map((code) => {
      let g;
      try {
        g = applicationGuide(code, corpus);
      } catch (e) {
        // The database's text of the clause lacks the rule's needle (an edited version): the files' text.
        if (!(e instanceof GuideError) || !corpus) throw e;
        g = applicationGuide(code);
      }
      return { ...g, text: guideText(g) };
    });
    return { guides, citations: ids };
  },
});
