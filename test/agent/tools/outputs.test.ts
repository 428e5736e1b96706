/**
 * Every tool's result is what its output schema says (server/agent/tools/outputs.ts): each tool run
 * on real inputs against the embedded database (the corpus, the demo catalog, a seeker and a
 * conversation of its own), its JSON parsed with the tool's schema. The schemas are strict, so a
 * field a tool adds or drops without its schema fails here, and with it the types the composer and
 * the console read the outputs by.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { withTurn, type ToolContext } from '../../../server/agent/tools/context.ts';
import { flatFromEmployer } from '../../../server/agent/tools/fields.ts';
import { TOOLS, TOOLS_BY_NAME } from '../../../server/agent/tools/index.ts';
import { ToolRefusal, TOOL_OUTPUTS, type ToolName, type ToolOutputs } from '../../../server/agent/tools/outputs.ts';
import { caseEscalation } from '../../../server/cases/open-case.ts';
import { loadDemoDataIfEmpty } from '../../../server/catalog/demo-load.ts';
import { createSession } from '../../../server/chat/queries.ts';
import type { Database } from '../../../server/db/client.ts';
import { localEmbedder } from '../../../server/embeddings/local.ts';
import { LiveBus } from '../../../server/live/bus.ts';
import { openTestDatabase } from '../../support/db.ts';
import { randomEmployer, seeded } from './random-facts.ts';

const AS_OF = '2026-12-07';
const embedder = localEmbedder();
let database: Database;
let base: Omit<ToolContext, 'facts'>;

beforeAll(async () => {
  database = await openTestDatabase({ corpus: true });
  await loadDemoDataIfEmpty(database, embedder, { asOf: AS_OF });
  const session = await createSession(database);
  base = { database, embedder, escalate: caseEscalation(database, new LiveBus(database)), seekerId: session.seekerId, conversationId: session.sessionId, asOf: AS_OF };
});
afterAll(() => database?.close());

/** The seeker's stored facts as the turn holds them; record_profile_facts replaces them, the others start from none. */
let facts: Record<string, unknown> = {};
const turn = () => withTurn({ ...base, facts: { get: () => facts, set: (f) => (facts = f) } });

/** The tool's JSON answer to `args`, unparsed. */
const call = async (name: ToolName, args: Record<string, unknown>) => JSON.parse(String(await TOOLS_BY_NAME.get(name)!.invoke(args as never, turn() as never))) as unknown;

/** Runs the tool and checks its result against its schema, naming what does not fit. */
async function checked<K extends ToolName>(name: K, args: Record<string, unknown>, known: Record<string, unknown> = {}): Promise<ToolOutputs[K]> {
  if (name !== 'record_profile_facts') facts = known;
  const out = await call(name, args);
  const parsed = (TOOL_OUTPUTS[name] as z.ZodType).safeParse(out);
  expect(parsed.success, `${name}(${JSON.stringify(args)}): ${JSON.stringify(parsed.error?.issues, null, 1)}`).toBe(true);
  return out as ToolOutputs[K];
}

describe('tool outputs, each parsed with its tool’s schema', () => {
  it('names a schema for every tool, the one the tool carries', () => {
    expect(Object.keys(TOOL_OUTPUTS).sort()).toEqual(TOOLS.map((t) => t.name).sort());
    for (const tool of TOOLS) expect(tool.output, tool.name).toBe(TOOL_OUTPUTS[tool.name as ToolName]);
  });

  it('search_policy', async () => {
    const out = await checked('search_policy', { query: '一次性创业补助多少钱', k: 3 });
    expect(out.hits.length).toBeGreaterThan(0);
  });

  it('record_profile_facts, with a field refused and a key it does not have', async () => {
    await checked('record_profile_facts', { hukou: '重庆', education: '本科', isCollegeGraduate: true, graduationDate: '2026-06-30', employmentStatus: '未就业' });
    const out = await checked('record_profile_facts', { age: 300, skills: ['叉车'], sessionId: 'x' });
    expect(out.errors?.length).toBeGreaterThan(0);
    expect(out.notSaved).toBeDefined();
    expect(out.ignored).toEqual(['sessionId']);
  });

  it('check_eligibility, for the seeker, for benefits named and for a group', async () => {
    const own = await checked('check_eligibility', {}, { hukou: 'chongqing', isCollegeGraduate: true, graduationDate: '2026-06-30', employmentStatus: 'unemployed', hasBusiness: true });
    expect(own.bearing).toBeDefined();
    await checked('check_eligibility', { benefitCodes: ['startup_one_off_grant', 'employer_hiring_subsidy_key_groups'] });
    const group = await checked('check_eligibility', { group: ['脱贫人口', '残疾人'] });
    expect(group.group).toEqual(['脱贫人口', '残疾人']);
  });

  it('check_employer_eligibility, on employers as a model describes them', async () => {
    const rand = seeded(17);
    await checked('check_employer_eligibility', {});
    for (let i = 0; i < 20; i++) await checked('check_employer_eligibility', flatFromEmployer(randomEmployer(rand)));
    const out = await checked('check_employer_eligibility', { size: '小型', hires: [{ isCollegeGraduate: true, hiredOn: '2026-03-01', socialInsuranceMonths: 6 }] });
    expect(out.hires).toBe(1);
  });

  it('match_vacancies, with results, and with a shortfall and alternatives', async () => {
    const found = await checked('match_vacancies', { subject: '软件开发', k: 5 });
    expect(found.matches.length).toBeGreaterThan(0);
    const short = await checked('match_vacancies', { subject: '软件开发', place: '洛碛', k: 5 });
    expect(short.shortfall).toBeDefined();
    expect(short.alternatives.length).toBeGreaterThan(0);
  });

  it('recommend_training, with results, and with a shortfall and alternatives', async () => {
    const found = await checked('recommend_training', { interest: '直播带货', k: 5 });
    expect(found.matches.length).toBeGreaterThan(0);
    // One welding course: a shortfall, and the related courses offered apart.
    const few = await checked('recommend_training', { subject: '焊工', k: 5 });
    expect(few.shortfall).toBeDefined();
    expect(few.alternatives.length).toBeGreaterThan(0);
  });

  it('list_events, for a month, a period in words and the rest of a year', async () => {
    const month = await checked('list_events', { month: 3 });
    expect(month.events.length).toBeGreaterThan(0);
    expect(month.calendarYear).toBeDefined();
    await checked('list_events', { when: '下个月' });
    await checked('list_events', { from: '2026-12-01', to: '2027-02-28' });
    await checked('list_events', {});
  });

  it('get_application_guide, for benefits and a service, and for nothing asked', async () => {
    const out = await checked('get_application_guide', { benefitCodes: ['startup_one_off_grant', 'employer_social_insurance_subsidy'], service: '岗位推荐' });
    expect(out.guides).toHaveLength(3);
    expect((await checked('get_application_guide', {})).message).toBeDefined();
  });

  it('request_counsellor, opening the case and finding it open', async () => {
    const first = await checked('request_counsellor', { reason: '想找人工聊聊' });
    const again = await checked('request_counsellor', { reason: '还是想找人工' });
    expect(again.caseId).toBe(first.caseId);
  });

  it('a refusal, for arguments that fail the input schema', async () => {
    const out = await call('search_policy', { query: '', k: 99 });
    expect(ToolRefusal.safeParse(out).success).toBe(true);
  });

  it('are strict: a field no schema names fails', async () => {
    const out = (await call('search_policy', { query: '创业担保贷款' })) as Record<string, unknown>;
    expect(TOOL_OUTPUTS.search_policy.safeParse(out).success).toBe(true);
    expect(TOOL_OUTPUTS.search_policy.safeParse({ ...out, extra: 1 }).success).toBe(false);
  });
});
