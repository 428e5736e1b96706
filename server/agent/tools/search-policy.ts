import { z } from 'zod';
import { searchClauses } from '../../policy/search.ts';
import { turnOf } from './context.ts';
import { defineTool } from './define.ts';

/** The clauses found, whole, and their ids as the citations the answer may make. */
export const SearchPolicyOutput = z.strictObject({
  hits: z.array(z.strictObject({ clauseId: z.string(), title: z.string(), text: z.string() })),
  citations: z.array(z.string()),
});
export type SearchPolicyOutput = z.infer<typeof SearchPolicyOutput>;

export const searchPolicyTool = defineTool({
  name: 'search_policy',
  description: '检索渝北区“一生一困”政策条款原文，返回条款编号、标题和全文；回答时用【条款编号】引用。',
  input: z.object({
    query: z.string().min(1).max(500).describe('要检索的问题或关键词，用中文'),
    k: z.number().int().min(1).max(8).optional().describe('返回条款数，默认4'),
  }),
  output: SearchPolicyOutput,
  async run({ query, k = 4 }, config) {
    const ctx = turnOf(config);
    const hits = ctx.searchClauses ? await ctx.searchClauses(query, k) : await searchClauses(ctx.database, ctx.embedder, { query, k });
    return { hits: hits.map(({ clauseId, title, text }) => ({ clauseId, title, text })), citations: hits.map((h) => h.clauseId) };
  },
});
