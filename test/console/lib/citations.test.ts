import { describe, expect, test } from 'vitest';
import { citedIds, clauseLabel, isClauseId, splitCitations } from '../../../console/lib/citations.ts';

describe('citation markers in answers', () => {
  test('【yb2022-38:2.2.2】 becomes a citation between the text around it', () => {
    expect(splitCitations('一次性创业补助8000元/户【yb2022-38:2.2.2】，请向区就业和人才中心申请。')).toEqual([
      { kind: 'text', text: '一次性创业补助8000元/户' },
      { kind: 'cite', clauseIds: ['yb2022-38:2.2.2'], raw: '【yb2022-38:2.2.2】' },
      { kind: 'text', text: '，请向区就业和人才中心申请。' },
    ]);
  });

  test('several ids in one marker, attachment rows, and markers at the edges', () => {
    expect(splitCitations('【yb2022-38:2.1.1、yb2022-38:att2.3】见上')).toEqual([
      { kind: 'cite', clauseIds: ['yb2022-38:2.1.1', 'yb2022-38:att2.3'], raw: '【yb2022-38:2.1.1、yb2022-38:att2.3】' },
      { kind: 'text', text: '见上' },
    ]);
    expect(citedIds('A【yb2022-38:1.3】B【yb2022-38:1.3】C【yb2022-38:att1】')).toEqual(['yb2022-38:1.3', 'yb2022-38:att1']);
  });

  test('brackets that hold no clause id stay text', () => {
    expect(splitCitations('【注意】材料请带齐【yb2022-38】')).toEqual([{ kind: 'text', text: '【注意】材料请带齐【yb2022-38】' }]);
    expect(isClauseId('yb2022-38:2.2.2')).toBe(true);
    expect(isClauseId('yb2022-38:2.2.2x')).toBe(false);
    expect(isClauseId('<b>:1')).toBe(false);
  });

  test('chip labels: the clause path, and 附件 for attachments', () => {
    expect(clauseLabel('yb2022-38:2.2.2')).toBe('2.2.2');
    expect(clauseLabel('yb2022-38:att2.14')).toBe('附件2-14');
    expect(clauseLabel('yb2022-38:att1')).toBe('附件1');
  });
});
