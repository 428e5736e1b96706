import { describe, expect, it } from 'vitest';
import { ToolCallAssembler } from '../../../server/agent/loop/assemble.ts';

type Piece = { index?: number; id?: string; name?: string; args?: string };
const assemble = (...chunks: Piece[][]) => {
  const a = new ToolCallAssembler();
  for (const c of chunks) a.push(c.map((p) => ({ ...p, type: 'tool_call_chunk' as const })));
  return a.finish().map(({ id, name, args, error }) => ({ id, name, args, ...(error ? { error: error.split(':')[0] } : {}) }));
};

describe('tool calls assembled as each server streams them', () => {
  it('OpenAI: id and name on the first piece, arguments in pieces by index', () => {
    expect(assemble([{ index: 0, id: 'call_a', name: 'search_policy', args: '' }], [{ index: 0, args: '{"query":' }], [{ index: 0, args: '"失业登记"}' }])).toEqual([
      { id: 'call_a', name: 'search_policy', args: { query: '失业登记' } },
    ]);
  });

  it('Qwen/DashScope: id and name repeated on every piece', () => {
    expect(assemble([{ index: 0, id: 'call_q', name: 'list_events', args: '{"mon' }], [{ index: 0, id: 'call_q', name: 'list_events', args: 'th":"2026-12"}' }])).toEqual([
      { id: 'call_q', name: 'list_events', args: { month: '2026-12' } },
    ]);
  });

  it('lmdeploy/sglang: two calls reusing index 0, told apart by their ids — or by a new name without ids', () => {
    expect(assemble([{ index: 0, id: 'c1', name: 'record_profile_facts', args: '{"facts":{}}' }], [{ index: 0, id: 'c2', name: 'check_eligibility', args: '{}' }]).map((c) => c.name)).toEqual([
      'record_profile_facts',
      'check_eligibility',
    ]);
    const noIds = assemble([{ index: 0, name: 'record_profile_facts', args: '{"facts":{}}' }], [{ index: 0, name: 'check_eligibility', args: '{}' }]);
    expect(noIds.map((c) => c.name)).toEqual(['record_profile_facts', 'check_eligibility']);
    expect(new Set(noIds.map((c) => c.id)).size).toBe(2);
  });

  it('servers that send no id get one made up; Ollama sends a whole call in one piece', () => {
    const [call] = assemble([{ index: 0, name: 'search_policy' }], [{ index: 0, args: '{"query":"x"}' }]);
    expect(call).toMatchObject({ name: 'search_policy', args: { query: 'x' } });
    expect(call!.id).toMatch(/^call_\d+$/);
    expect(assemble([{ id: 'call_o1', name: 'search_policy', args: '{"query":"y"}' }], [{ id: 'call_o2', name: 'list_events', args: '{}' }]).map((c) => c.id)).toEqual(['call_o1', 'call_o2']);
  });

  it('keeps truncated or non-object arguments as an error instead of repairing them', () => {
    expect(assemble([{ index: 0, id: 'c', name: 'check_eligibility', args: '{"benefitCodes": [' }])[0]).toMatchObject({ args: {}, error: 'arguments are not valid JSON' });
    expect(assemble([{ index: 0, id: 'c', name: 'check_eligibility', args: '[1,2]' }])[0]).toMatchObject({ error: 'arguments must be a JSON object' });
    expect(assemble([{ index: 0, id: 'c', name: 'list_events', args: '' }])[0]).toMatchObject({ args: {} });
  });
});
