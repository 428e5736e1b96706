import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, CorpusError, loadCorpus } from '../../server/policy/corpus.ts';

/** The official document as published (a copy of shared/seed/000_5bf098a2144e0e9c.txt), kept with the corpus. */
const seedText = readFileSync(new URL('../../policy-corpus/sources/yb2022-38.txt', import.meta.url), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, '');

/** The clause ids of the contract (docs/architecture.md), in document order. */
const CONTRACT_IDS = [
  '1.1', '1.2', '1.3',
  ...[1, 2, 3, 4, 5].flatMap((s) => [1, 2, 3, 4].map((i) => `2.${s}.${i}`)),
  '3.1', '3.2', '3.3', '3.4', 'att1',
  ...Array.from({ length: 24 }, (_, i) => `att2.${i + 1}`),
].map((p) => `yb2022-38:${p}`);

function withBrokenCopy(mutate: (doc: any) => void) {
  const doc = JSON.parse(readFileSync(join(CORPUS_DIR, 'yb2022-38.json'), 'utf8'));
  mutate(doc);
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  writeFileSync(join(dir, 'yb2022-38.json'), JSON.stringify(doc));
  return dir;
}

describe('policy corpus', () => {
  const [doc] = loadCorpus();

  it('holds every clause id of the contract, in document order', () => {
    expect(doc!.clauses.map((c) => c.id)).toEqual(CONTRACT_IDS);
  });

  it('carries the document metadata', () => {
    expect(doc).toMatchObject({ docKey: 'yb2022-38', number: '渝北人社发〔2022〕38号', issuer: '重庆市渝北区人力资源和社会保障局', issuedOn: '2022-05-13' });
  });

  it('quotes the official text verbatim: every 1.x, 2.x and 3.x clause is in the seed', () => {
    for (const c of doc!.clauses.filter((c) => /^\d/.test(c.path))) {
      expect(squash(seedText), c.id).toContain(squash(c.text));
    }
  });

  it('names the responsible units of every 2.x clause', () => {
    for (const c of doc!.clauses.filter((c) => c.path.startsWith('2.'))) expect(c.units.length, c.id).toBeGreaterThan(0);
    expect(doc!.clauses.find((c) => c.path === '2.2.2')!.units).toEqual(['区就业和人才中心', '各镇街']);
  });

  it('turns 附件2 into 24 structured events with months and departments', () => {
    expect(doc!.events).toHaveLength(24);
    const spring = doc!.events.find((e) => e.seq === 5)!;
    expect(spring).toMatchObject({ name: '春风行动', months: [1, 2, 3], clauseId: 'yb2022-38:att2.5', year: 2022 });
    expect(spring.departments).toContain('区总工会');
    expect(doc!.events.find((e) => e.seq === 10)!.months).toEqual([3, 4, 5, 6, 9, 10, 11]);
  });

  it('fails loudly on a duplicate clause', () => {
    const dir = withBrokenCopy((d) => d.clauses.push({ ...d.clauses[0] }));
    expect(() => loadCorpus(dir)).toThrow(/duplicate clause 1\.1/);
  });

  it('fails loudly on a missing numbered item', () => {
    const dir = withBrokenCopy((d) => (d.clauses = d.clauses.filter((c: any) => c.path !== '2.3.2')));
    expect(() => loadCorpus(dir)).toThrow(/2\.3\.2 is missing/);
  });

  it('fails loudly on empty text', () => {
    const dir = withBrokenCopy((d) => (d.clauses[3].text = '  '));
    expect(() => loadCorpus(dir)).toThrow(CorpusError);
  });

  it('fails loudly on a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(dir, 'broken.json'), '{ "docKey": ');
    expect(() => loadCorpus(dir)).toThrow(/broken\.json: not valid JSON/);
  });

  it('fails loudly on an event without its clause', () => {
    const dir = withBrokenCopy((d) => d.events.push({ ...d.events[0], seq: 25 }));
    expect(() => loadCorpus(dir)).toThrow(/event 25 has no clause att2\.25/);
  });
});
