import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../server/policy/corpus.ts';
import { quoteFor, sentences, sentenceWith } from '../../server/policy/sentences.ts';

const clauses = new Map(loadCorpus().flatMap((d) => d.clauses).map((c) => [c.id, c.text]));
const text = (path: string) => {
  const t = clauses.get(`yb2022-38:${path}`);
  if (!t) throw new Error(`no clause ${path}`);
  return t;
};

describe('sentences', () => {
  it('splits 2.1.1 into its heading and its three rules, punctuation kept', () => {
    const s = sentences(text('2.1.1'));
    expect(s).toHaveLength(4);
    expect(s[0]).toBe('鼓励企业吸纳“一生一困”就业。');
    expect(s[2]).toBe('对招用应届高校毕业生，并连续缴纳半年及以上社会保险费的中小微企业，按规定给予2000元/人的一次性吸纳就业补贴。');
    expect(s.every((x) => x.endsWith('。'))).toBe(true);
    expect(s.join('')).toBe(text('2.1.1'));
  });

  it('keeps every character of every clause, in order', () => {
    for (const [id, t] of clauses) expect(sentences(t).join(''), id).toBe(t.replace(/\s+/g, ''));
  });

  it('makes a “——坚持…。” list item a sentence of its own (1.2)', () => {
    const s = sentences(text('1.2'));
    expect(s.filter((x) => x.startsWith('——坚持'))).toEqual([
      '——坚持问题导向，注重实效。',
      '——坚持精准聚焦，分类施策。',
      '——坚持政府主导，多元参与。',
      '——坚持改革创新，提质增效。',
    ]);
  });

  it('does not split inside quotes or brackets', () => {
    expect(sentences('他说“好。走吧！”然后离开。下一句？')).toEqual(['他说“好。走吧！”然后离开。', '下一句？']);
    expect(sentences('见附件（详见说明。）后执行。完')).toEqual(['见附件（详见说明。）后执行。', '完']);
    // 2.2.1 closes “（IYB培训)” with an ASCII bracket: still three sentences.
    expect(sentences(text('2.2.1'))).toHaveLength(3);
  });

  it('ends a line without end punctuation (附件1) as a sentence', () => {
    const s = sentences(text('att1'));
    expect(s[0]).toBe('组长：王静（区人力社保局党委专职副书记）');
  });
});

describe('sentenceWith', () => {
  it('finds the whole sentence holding a figure or phrase', () => {
    expect(sentenceWith(text('2.1.1'), '2000元/人')).toBe(
      '对招用应届高校毕业生，并连续缴纳半年及以上社会保险费的中小微企业，按规定给予2000元/人的一次性吸纳就业补贴。',
    );
    expect(sentenceWith(text('2.3.4'), '1500元')).toBe('其中，见习留用就业率达到50%以上，补贴标准提高到1500元/人/月。');
    const loan = sentenceWith(text('2.2.2'), /创业担保贷款/);
    expect(loan).toMatch(/^高校毕业生、城镇登记失业人员/);
    expect(loan).toMatch(/个人最高30万元、合伙企业最高110万元、小微企业最高300万元的创业担保贷款，并按规定享受财政贴息。$/);
  });

  it('answers undefined when no sentence holds the needle', () => {
    expect(sentenceWith(text('2.1.1'), '9999元')).toBeUndefined();
    expect(sentenceWith(text('2.1.1'), /不存在的短语/)).toBeUndefined();
  });

  it('reads full-width digits as digits', () => {
    expect(sentenceWith(text('2.2.2'), '８０００元/户')).toMatch(/按规定给予8000元\/户的一次性创业补助。$/);
  });
});

describe('quoteFor', () => {
  it('quotes the sentence with the figure the answer states, not the first one (2.1.1)', () => {
    const q = quoteFor(text('2.1.1'), '中小微企业招用应届高校毕业生，可按规定获得每人2000元的一次性吸纳就业补贴【yb2022-38:2.1.1】');
    expect(q).toBe('对招用应届高校毕业生，并连续缴纳半年及以上社会保险费的中小微企业，按规定给予2000元/人的一次性吸纳就业补贴。');
  });

  it('keeps the 1500元 rate whole, with the sentence its “其中” leans on (2.3.4)', () => {
    const q = quoteFor(text('2.3.4'), '留用率达到50%以上的，见习补贴提高到1500元/人/月。');
    expect(q).toBe(
      '指导就业见习基地做好协议签订、带教制度落实、待遇保障相关工作，对吸纳高校毕业生见习的，按规定给予1300元/人/月的补贴。' +
        '其中，见习留用就业率达到50%以上，补贴标准提高到1500元/人/月。',
    );
  });

  it('matches 30万元 and returns the loan sentence whole even when it is longer than max (2.2.2)', () => {
    const sentence = sentenceWith(text('2.2.2'), '30万元')!;
    expect(quoteFor(text('2.2.2'), '个人最高可申请30万元创业担保贷款', 40)).toBe(sentence);
    expect(sentence.length).toBeGreaterThan(40);
  });

  it('takes every sentence holding a stated figure while they fit', () => {
    const q = quoteFor(text('2.2.2'), '贷款个人最高30万元；一次性创业补助8000元');
    expect(q).toBe(sentences(text('2.2.2')).slice(1).join(''));
  });

  it('does not confuse 300万元 with 300元/人/月', () => {
    const q = quoteFor(text('2.1.2'), '示范街按300元/人/月给予绩效奖励');
    expect(q).toBe('开展创业就业示范街（山村）建设，对吸纳重点群体就业的，按照300元/人/月给予绩效奖励。');
  });

  it('matches a count written in words: 7个工作日 finds 七个工作日 (2.4.1)', () => {
    const q = quoteFor(text('2.4.1'), '失业登记会在7个工作日内办结');
    expect(q).toContain('公共就业服务机构在七个工作日内办结失业登记');
    expect(q.startsWith('在法定劳动年龄内')).toBe(true);
  });

  it('without figures, quotes the sentence sharing the most words with the answer (2.4.1)', () => {
    const q = quoteFor(text('2.4.1'), '有技能培训需求的，工作人员会推荐培训课程或项目');
    expect(q).toBe('对有技能培训需求的，推荐至少3个培训课程或项目。');
  });

  it('falls back to the first sentence, with the rule after a short heading', () => {
    const s = sentences(text('2.1.1'));
    expect(quoteFor(text('2.1.1'), '你好')).toBe(s[0]! + s[1]!);
    expect(quoteFor('第一句很长很长很长很长很长很长很长很长很长很长很长很长很长。第二句。', 'hello')).toBe('第一句很长很长很长很长很长很长很长很长很长很长很长很长很长。');
  });

  it('never cuts: every quote is made of whole sentences of its clause', () => {
    const answers = ['2000元', '30万元', '1500元', '创业担保贷款怎么申请', '', '3个岗位'];
    for (const [id, t] of clauses) {
      const all = sentences(t);
      for (const a of answers) {
        const q = quoteFor(t, a);
        expect(q.includes('……'), id).toBe(false);
        // Consume the quote sentence by sentence: each piece must be a whole sentence of the clause.
        let rest = q;
        while (rest) {
          const s = all.find((x) => rest.startsWith(x));
          expect(s, `${id} / ${a}: ${rest}`).toBeDefined();
          rest = rest.slice(s!.length);
        }
      }
    }
  });

  it('ignores years and dates in the answer', () => {
    const q = quoteFor(text('2.1.1'), '2022年5月13日起施行');
    const s = sentences(text('2.1.1'));
    expect(q).toBe(s[0]! + s[1]!);
  });
});
