import { z } from 'zod';
import { api, defineRoute, json, publicAccess } from '../api/define.ts';
import { ErrorBody } from '../contract/common.ts';
import { Clause, SearchResult } from '../contract/policy.ts';
import type { Database } from '../db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import { notFound } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { getClause } from '../policy/queries.ts';
import { searchClauses } from '../policy/search.ts';

export const MAX_QUERY_LENGTH = 500;

const SearchQuery = z.object({
  q: z.string().trim().min(1, '不能为空').max(MAX_QUERY_LENGTH, `不能超过${MAX_QUERY_LENGTH}个字符`),
  k: z.coerce.number().int('必须是整数').min(1, '最小为1').max(20, '最大为20').default(5),
});

const ClauseParam = z.object({
  clauseId: z.string().max(100).regex(/^[a-z0-9-]+:(\d+(\.\d+)*|att\d+(\.\d+)*)$/, '条款编号格式应为 yb2022-38:2.2.2'),
});

const tags = ['policy'];
const search = defineRoute({
  method: 'get',
  path: '/search',
  tags,
  summary: 'Hybrid (vector + full-text) search over the policy clauses',
  request: { query: SearchQuery },
  responses: { 200: json(SearchResult, 'The best clauses, best first') },
  ...publicAccess,
});
const clause = defineRoute({
  method: 'get',
  path: '/clauses/{clauseId}',
  tags,
  summary: 'One clause by id, with its document',
  request: { params: ClauseParam },
  responses: { 200: json(Clause, 'The clause'), 404: json(ErrorBody, 'No such clause') },
  ...publicAccess,
});

/** Policy retrieval: hybrid clause search and a clause by id. */
export function policyRoutes({ database, embedder }: { database: Database; embedder: Embedder }) {
  return api()
    .openapi(search, async (c) => {
      const { q, k } = c.req.valid('query');
      return c.json({ hits: await searchClauses(database, embedder, { query: q, k }) }, 200);
    })
    .openapi(clause, async (c) => {
      const { clauseId } = c.req.valid('param');
      const found = await getClause(database, { clauseId });
      if (!found) throw notFound(zh.errors.clauseNotFound(clauseId));
      return c.json(found, 200);
    });
}
