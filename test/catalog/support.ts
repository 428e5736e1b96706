import type { Embedder } from '../../server/embeddings/index.ts';
import { localEmbedder } from '../../server/embeddings/local.ts';

/** The local embedder, counting the documents it is asked to embed (the real one, not a mock). */
export function countingEmbedder(model?: string): Embedder & { documents: number; calls: number } {
  const inner = localEmbedder();
  const e = {
    model: model ?? inner.model,
    documents: 0,
    calls: 0,
    async embedDocuments(texts: string[]) {
      e.documents += texts.length;
      e.calls++;
      return inner.embedDocuments(texts);
    },
    embedQuery: (text: string) => inner.embedQuery(text),
  };
  return e;
}

/** A vacancy row for JSON imports, with defaults a test can override. */
export const vacancy = (sourceId: string, extra: Record<string, unknown> = {}) => ({
  sourceId,
  title: '仓库管理员',
  employer: '重庆临空物流有限公司',
  description: '负责货物出入库登记和盘点',
  street: '两路街道',
  educationMin: 'high_school',
  wageMin: 4500,
  wageMax: 6000,
  headcount: 2,
  workType: 'full_time',
  suitableGroups: ['4050'],
  skills: ['仓储管理', '叉车'],
  postedOn: '2026-11-01',
  expiresOn: '2027-01-31',
  ...extra,
});
