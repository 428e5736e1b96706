import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { loadCorpus } from '../../server/policy/corpus.ts';
import {
  applicationGuide,
  benefitGuide,
  generalRule,
  GUIDE_CODES,
  GUIDE_FILE,
  GuideError,
  guideText,
  isService,
  parseGuide,
  SERVICES,
  type GuideCode,
} from '../../server/policy/guide.ts';
import { sentences } from '../../server/policy/sentences.ts';
import { benefitByCode, BENEFIT_CODES, EMPLOYER_BENEFITS, PERSON_BENEFITS } from '../../server/rules/engine.ts';

const corpus = loadCorpus();
const clauses = new Map(corpus.flatMap((d) => d.clauses).map((c) => [c.id, c]));
const raw = () => parse(readFileSync(GUIDE_FILE, 'utf8')) as Record<string, Record<string, unknown>>;
/** A service's entry as written in the file; a benefit's as its module gives it (with its side and clause). */
const entryOf = (code: GuideCode) => (isService(code) ? raw()[code]! : (benefitGuide(code) as unknown as Record<string, unknown>));

describe('the guide data', () => {
  it('covers every benefit (from its module) and the four services (from the file), and nothing else', () => {
    expect(BENEFIT_CODES.length).toBeGreaterThanOrEqual(22);
    expect(Object.keys(raw()).sort()).toEqual([...SERVICES].sort());
    for (const code of GUIDE_CODES) expect(applicationGuide(code).code).toBe(code);
  });

  it('fails loudly on a missing service, an unknown code, a benefit in the file, or a municipal fact without its source', () => {
    const { guidance: _dropped, ...rest } = raw();
    expect(() => parseGuide(rest)).toThrow(GuideError);
    expect(() => parseGuide(rest)).toThrow(/guidance/);
    expect(() => parseGuide({ ...raw(), pension_bonus: raw().jobs })).toThrow(/unknown code pension_bonus/);
    expect(() => parseGuide({ ...raw(), incubator_award: raw().jobs })).toThrow(/incubator_award \(a benefit is guided from its module\)/);
    const unsourced = raw();
    unsourced.guidance = { ...unsourced.guidance, notes: [{ text: '建立职业指导工作室', municipal: true }] };
    expect(() => parseGuide(unsourced)).toThrow(/guidance\.notes\.0.*source/);
    const badSide = raw();
    badSide.jobs = { ...badSide.jobs, side: 'government' };
    expect(() => parseGuide(badSide)).toThrow(/jobs\.side/);
  });

  it('takes a benefit’s guide from its module, on its audience’s side, with amounts from its parameters', () => {
    expect(benefitGuide('internship_subsidy', '2026-11-30')).toMatchObject({ side: 'employer', rule: { clause: 'yb2022-38:2.3.4' } });
    expect(benefitGuide('internship_subsidy', '2026-11-30').notes.map((n) => n.text)).toContain('其中，见习留用就业率达到50%以上，补贴标准提高到1500元/人/月');
    expect(benefitGuide('unemployment_registration', '2026-11-30').time?.text).toBe('公共就业服务机构在七个工作日内办结失业登记');
  });

  it("finds each rule's needle in its clause and returns a whole sentence of it", () => {
    for (const code of GUIDE_CODES) {
      const { clauseId, sentence } = generalRule(code, corpus);
      const clause = clauses.get(clauseId);
      expect(clause, code).toBeDefined();
      expect(sentences(clause!.text), code).toContain(sentence);
      const needle = (entryOf(code).rule as { needle: string }).needle;
      expect(sentence, code).toContain(needle);
    }
  });

  it('quotes the sentence of the rule, not the first of the clause', () => {
    expect(generalRule('employer_hiring_subsidy_graduates_sme', corpus)).toEqual({
      clauseId: 'yb2022-38:2.1.1',
      sentence: '对招用应届高校毕业生，并连续缴纳半年及以上社会保险费的中小微企业，按规定给予2000元/人的一次性吸纳就业补贴。',
    });
    const loan = generalRule('startup_guaranteed_loan', corpus);
    expect(loan.clauseId).toBe('yb2022-38:2.2.2');
    expect(loan.sentence).toContain('个人最高30万元、合伙企业最高110万元、小微企业最高300万元的创业担保贷款');
    expect(generalRule('internship_subsidy', corpus).sentence).toContain('1300元/人/月');
    expect(generalRule('startup_one_off_grant', corpus).sentence).toMatch(/8000元\/户的一次性创业补助。$/);
  });

  it('cites the clause each benefit is defined on', () => {
    for (const code of BENEFIT_CODES) expect(generalRule(code, corpus).clauseId, code).toBe(benefitByCode.get(code)!.clauseId);
  });

  it('fails loudly when the corpus lacks the clause or the needle', () => {
    expect(() => generalRule('internship_subsidy', new Map())).toThrow(/not in the corpus/);
    expect(() => generalRule('internship_subsidy', new Map([['yb2022-38:2.3.4', { text: '组织开展就业见习。' }]]))).toThrow(/holds/);
  });

  it('puts each benefit on the right side', () => {
    expect(applicationGuide('internship_subsidy').side).toBe('employer');
    expect(applicationGuide('internship_post').side).toBe('person');
    for (const code of EMPLOYER_BENEFITS) expect(applicationGuide(code).side, code).toBe('employer');
    for (const code of PERSON_BENEFITS) expect(applicationGuide(code).side, code).toBe('person');
    for (const code of BENEFIT_CODES) expect(applicationGuide(code).side, code).toBe(benefitByCode.get(code)!.audience);
    for (const code of SERVICES) expect(applicationGuide(code).side, code).toBe('person');
  });

  it("takes every text said to be the seed's from its clause (the text or its 责任科室（单位）)", () => {
    for (const code of GUIDE_CODES) {
      const entry = entryOf(code);
      const ruleClause = (entry.rule as { clause: string }).clause;
      const items = [entry.where, entry.time, ...((entry.notes as unknown[]) ?? [])] as ({ text: string; municipal: boolean; clause?: string } | undefined)[];
      for (const item of items) {
        if (!item || item.municipal) continue;
        const clause = clauses.get(item.clause ?? ruleClause)!;
        const grounded = clause.text.includes(item.text) || item.text === clause.units.join('、');
        expect(grounded, `${code}: ${item.text}`).toBe(true);
      }
    }
  });
});

describe('applicationGuide', () => {
  it('失业登记: where, what to bring (municipal, with its source) and the seed’s seven working days', () => {
    const g = applicationGuide('unemployment_registration');
    expect(g.name).toBe('失业登记');
    expect(g.where).toMatchObject({ text: '任一街道（乡镇）公共就业服务机构', municipal: false });
    expect(g.where.source).toContain('【yb2022-38:2.4.1】');
    expect(g.bring.items).toEqual(expect.arrayContaining(['身份证或社会保障卡', '户口簿']));
    expect(g.bring.items.some((i) => i.includes('学历证明'))).toBe(true);
    expect(g.bring).toMatchObject({ municipal: true, source: zh.guide.sources.servicePackage2023 });
    expect(g.time.text).toContain('七个工作日');
    expect(g.time.municipal).toBe(false);
  });

  it('says the centre will tell what to bring where nothing is known, and that its review decides', () => {
    const g = applicationGuide('employment_base_grant');
    expect(g.bring).toEqual({ items: [], text: zh.guide.defaults.bring, source: null, municipal: false });
    expect(g.bring.text).toContain('区就业和人才中心');
    expect(g.time).toEqual({ text: '以区就业和人才中心审核为准', source: null, municipal: false });
    expect(g.where.text).toBe('区就业和人才中心、各镇街');
  });

  it('marks municipal notes with their source documents', () => {
    const hiring = applicationGuide('employer_hiring_subsidy_key_groups');
    expect(hiring.notes).toContainEqual(
      expect.objectContaining({ municipal: true, source: '渝人社办〔2020〕188号；渝府办发〔2023〕57号', text: expect.stringContaining('只享受一次') }),
    );
    const intern = applicationGuide('internship_subsidy');
    expect(intern.notes.some((n) => n.municipal && /1—12个月/.test(n.text) && /见习基地/.test(n.text))).toBe(true);
    for (const code of GUIDE_CODES) {
      for (const n of applicationGuide(code).notes) expect(n.source, `${code}: ${n.text}`).toBeTruthy();
    }
  });

  it('names services from the dictionary', () => {
    expect(SERVICES.map((s) => applicationGuide(s).name)).toEqual(['岗位推荐', '培训报名', '职业指导', '活动报名']);
  });

  it('shows every guide with 以区就业和人才中心审核为准 and the offer of a person', () => {
    for (const code of GUIDE_CODES) {
      const g = applicationGuide(code);
      const text = guideText(g);
      expect(text, code).toContain('以区就业和人才中心审核为准');
      expect(text, code).toContain(zh.guide.offer);
      expect(text, code).toContain(g.rule.sentence);
      for (const n of g.notes.filter((x) => x.municipal)) expect(text, code).toContain(`市级规定，来源：${n.source}`);
    }
  });
});
