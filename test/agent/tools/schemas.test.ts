/**
 * What an open model is sent for the tools, as @langchain/openai sends it (`convertToOpenAITool`,
 * the same conversion `bindTools` makes): small, flat, described in Chinese, optional where optional.
 */
import { convertToOpenAITool } from '@langchain/core/utils/function_calling';
import { ChatOpenAI } from '@langchain/openai';
import { describe, expect, it } from 'vitest';
import { TOOLS, TOOLS_BY_NAME } from '../../../server/agent/tools/index.ts';

const wire = () => TOOLS.map((t) => convertToOpenAITool(t));
const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x));

/** Bytes of every tool's schema, sent with each model call: 36 662 before this budget (check_eligibility alone 23 998). */
const TOTAL_BUDGET = 16_000;
const TOOL_BUDGET = 4_500;

interface Node {
  type?: string | string[];
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
  required?: string[];
  enum?: unknown[];
  anyOf?: Node[];
  oneOf?: Node[];
  nullable?: boolean;
}

/** Every property of a tool's parameters, at any depth, with its path. */
function properties(node: Node, at = ''): [string, Node][] {
  const out: [string, Node][] = [];
  for (const [k, p] of Object.entries(node.properties ?? {})) {
    out.push([`${at}${k}`, p]);
    if (p.properties) out.push(...properties(p, `${at}${k}.`));
    if (p.items?.properties) out.push(...properties(p.items, `${at}${k}[].`));
  }
  return out;
}

const CJK = /[\u4e00-\u9fff]/u;

describe('tool schemas on the wire', () => {
  it('are measured as ChatOpenAI sends them', () => {
    const model = new ChatOpenAI({ model: 'qwen-stub', apiKey: 'not-needed' });
    const sent = (model as unknown as { invocationParams(o: unknown): { tools: unknown[] } }).invocationParams({ tools: TOOLS }).tools;
    expect(JSON.stringify(sent)).toBe(JSON.stringify(wire()));
  });

  it(`fit the budget: all tools under ${TOTAL_BUDGET} bytes, each under ${TOOL_BUDGET}`, () => {
    const sizes = Object.fromEntries(wire().map((t) => [t.function.name, bytes(t)]));
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    console.log(`tool schemas: ${total} bytes in all`, sizes);
    expect(total).toBeLessThan(TOTAL_BUDGET);
    for (const [name, size] of Object.entries(sizes)) expect(size, name).toBeLessThan(TOOL_BUDGET);
  });

  it('describe every tool and every field in Chinese, with no description in English alone', () => {
    for (const t of wire()) {
      expect(t.function.description, t.function.name).toMatch(CJK);
      for (const [path, p] of properties(t.function.parameters as Node)) {
        expect(p.description, `${t.function.name}.${path} has no description`).toBeTruthy();
        expect(p.description, `${t.function.name}.${path}: “${p.description}”`).toMatch(CJK);
      }
    }
  });

  it('make optional fields optional: nothing with a default is required, and nothing is nullable', () => {
    const required: Record<string, string[]> = {};
    for (const t of wire()) {
      const params = t.function.parameters as Node;
      required[t.function.name] = params.required ?? [];
      const text = JSON.stringify(params);
      expect(text, t.function.name).not.toContain('"default"');
      expect(text, t.function.name).not.toContain('"null"');
      expect(text, t.function.name).not.toContain('"nullable"');
      expect(text, t.function.name).not.toContain('"$schema"');
      for (const [path, p] of properties(params)) expect(p.required ?? [], `${t.function.name}.${path}`).toEqual([]);
    }
    // Only what a call cannot do without: the words searched, the reason for a handoff.
    expect(Object.entries(required).filter(([, r]) => r.length)).toEqual([
      ['search_policy', ['query']],
      ['request_counsellor', ['reason']],
    ]);
  });

  it('keep the person and the employer apart, each flat: a hire is a few facts, not the person schema', () => {
    const params = (name: string) => convertToOpenAITool(TOOLS_BY_NAME.get(name)!).function.parameters as Node;
    expect(Object.keys(params('check_eligibility').properties!)).toEqual(['benefitCodes', 'group']);
    const employer = params('check_employer_eligibility');
    const hire = employer.properties!.hires!.items!;
    expect(Object.keys(hire.properties!).length).toBeLessThanOrEqual(20);
    for (const [name, node] of [
      ['record_profile_facts', params('record_profile_facts')],
      ['a hire', hire],
      ['an intern', employer.properties!.internships!.items!],
    ] as const) {
      for (const [path, p] of Object.entries(node.properties!)) expect(p.type, `${name}.${path}`).not.toBe('object');
    }
    // Flat: no field of a person (or a hire) is itself an object.
    expect(params('record_profile_facts').properties).not.toHaveProperty('facts');
    expect(params('record_profile_facts').properties).toHaveProperty('businessStartedOn');
  });

  it('offer closed sets as enums, in the words a seeker uses', () => {
    const record = convertToOpenAITool(TOOLS_BY_NAME.get('record_profile_facts')!).function.parameters as Node;
    expect(record.properties!.hukou!.enum).toEqual(['重庆', '外地']);
    expect(record.properties!.education!.enum).toEqual(['初中', '高中', '中专', '大专', '本科', '硕士', '博士']);
    expect(record.properties!.employmentStatus!.enum).toEqual(['未就业', '已就业', '灵活就业', '自主创业']);
    expect(record.properties!.originalRetirementAge!.enum).toEqual([50, 55, 60]);
    const employer = convertToOpenAITool(TOOLS_BY_NAME.get('check_employer_eligibility')!).function.parameters as Node;
    expect(employer.properties!.size!.enum).toEqual(['微型', '小型', '中型', '大型']);
    expect(employer.properties!.hires!.items!.properties!.hukou!.enum).toEqual(['重庆', '外地']);
    const group = convertToOpenAITool(TOOLS_BY_NAME.get('check_eligibility')!).function.parameters as Node;
    expect(group.properties!.group!.items!.enum).toContain('脱贫人口');
  });
});
