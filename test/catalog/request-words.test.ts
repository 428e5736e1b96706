import { describe, expect, it } from 'vitest';
import { eventPeriod, jobSubject, placeOf } from '../../server/catalog/request-words.ts';
import { subjectFamily } from '../../server/catalog/subjects.ts';

describe('jobSubject: the work or skill asked for, from everyday wording', () => {
  it.each([
    ['我想找份软件开发的工作', '软件开发'],
    ['两路附近有没有仓库的活', '仓库'],
    ['有没有电工培训？', '电工'],
    ['想学直播带货', '直播带货'],
    ['我想找份仓库的工作', '仓库'],
    ['有没得叉车的活路噻', '叉车'],
    ['回兴那边有没有保安的岗位嘛', '保安'],
    ['离家近，我住回兴，想做保洁', '保洁'],
    ['请问有没有养老护理的培训班？', '养老护理'],
    ['想找个会计方面的工作', '会计'],
    ['我想学面点', '面点'],
    ['有啥子厨师的活没得', '厨师'],
    ['空港那边招不招仓管', '仓管'],
    ['想找个５０００以上的文员工作', '文员'],
    ['我想当飞行员', '飞行员'],
    ['下个月有没有电工培训', '电工'],
    ['有没有JAVA开发的岗位', 'java开发'],
  ])('%s → %s', (text, subject) => {
    expect(jobSubject(text)).toBe(subject);
  });

  it.each(['有啥子适合我的工作没得', '我想找工作', '有没有工作？', '帮我找个活路噻', '我45岁了，有没有适合我的岗位', '想找个兼职', '下个月有什么招聘活动？', '两路附近有没有招人的', '你好'])(
    '%s → nothing named',
    (text) => {
      expect(jobSubject(text)).toBeUndefined();
    },
  );

  it('reads everyday sayings into the thesaurus family', () => {
    expect(subjectFamily(jobSubject('我会写代码，想找个活'))?.name).toBe('软件开发');
    expect(subjectFamily(jobSubject('想找个开车的活路'))?.name).toBe('驾驶');
    expect(subjectFamily(jobSubject('想做带娃的工作'))?.name).toBe('育婴');
    expect(subjectFamily('软件测试')?.name).toBe('软件测试');
    expect(subjectFamily('前端开发')?.name).toBe('软件开发');
    expect(subjectFamily('飞行员')).toBeUndefined();
  });
});

describe('placeOf: 渝北 镇街 and areas', () => {
  it.each([
    ['两路附近有没有仓库的活', ['两路街道'], '两路街道'],
    ['我住回兴', ['回兴街道'], '回兴街道'],
    ['离家近，我住回兴', ['回兴街道'], '回兴街道'],
    ['龙兴镇有什么厂', ['龙兴镇'], '龙兴镇'],
    ['龙兴那边', ['龙兴镇'], '龙兴镇'],
    ['仙桃数据谷的软件公司', ['仙桃街道'], '仙桃数据谷'],
    ['礼嘉有没有', ['礼嘉街道'], '礼嘉街道'],
    ['悦来附近', ['悦来街道'], '悦来街道'],
    ['双龙湖街道的工作', ['双龙湖街道'], '双龙湖街道'],
    ['木耳镇那边', ['木耳镇'], '木耳镇'],
  ])('%s → %j', (text, streets, label) => {
    const p = placeOf(text)!;
    expect(p.streets).toEqual(streets);
    expect(p.label).toContain(label.replace('仙桃数据谷', '仙桃街道'));
  });

  it('knows the airport area as its three streets', () => {
    for (const t of ['空港那边有没有招人的', '机场附近的活', '江北机场']) {
      expect(placeOf(t)).toEqual({ streets: ['两路街道', '双凤桥街道', '宝圣湖街道'], label: '空港（两路街道、双凤桥街道、宝圣湖街道）' });
    }
  });

  it('names both when two places are said, and nothing for no place or an everyday word', () => {
    expect(placeOf('两路或者回兴都可以')!.streets).toEqual(['两路街道', '回兴街道']);
    expect(placeOf('我想找工作')).toBeUndefined();
    expect(placeOf('我想学种木耳')).toBeUndefined();
    expect(placeOf('渝北区')).toBeUndefined();
  });
});

describe('eventPeriod: the period a question about events names', () => {
  const dec = '2026-12-07';
  it.each([
    ['下个月有什么招聘活动？', dec, '2027-01-01', '2027-01-31', '2027年1月'],
    ['下月有啥子活动噻', dec, '2027-01-01', '2027-01-31', '2027年1月'],
    ['下个月', '2026-05-20', '2026-06-01', '2026-06-30', '2026年6月'],
    ['这个月有没得招聘会', dec, '2026-12-01', '2026-12-31', '2026年12月'],
    ['本月', '2026-04-02', '2026-04-01', '2026-04-30', '2026年4月'],
    ['这几天有什么活动', dec, '2026-12-07', '2026-12-21', '12月7日—12月21日（近两周）'],
    ['最近有招聘会吗', '2026-12-25', '2026-12-25', '2027-01-08', '2026年12月25日—2027年1月8日（近两周）'],
    ['春节后有没有招聘会', dec, '2027-02-01', '2027-03-31', '2027年2月—3月（春节后）'],
    ['过完年有啥子活动', '2027-01-10', '2027-02-01', '2027-03-31', '2027年2月—3月（春节后）'],
    ['年底有什么活动', '2026-06-01', '2026-11-01', '2026-12-31', '2026年11月—12月'],
    ['年底', dec, '2026-12-01', '2026-12-31', '2026年12月'],
    ['明年有哪些活动', dec, '2027-01-01', '2027-12-31', '2027年'],
    ['3月份有招聘会吗', dec, '2027-03-01', '2027-03-31', '2027年3月'],
    ['３月份', '2026-02-10', '2026-03-01', '2026-03-31', '2026年3月'],
    ['三月有没得', dec, '2027-03-01', '2027-03-31', '2027年3月'],
    ['十二月', dec, '2026-12-01', '2026-12-31', '2026年12月'],
    ['十一月份', dec, '2027-11-01', '2027-11-30', '2027年11月'],
    ['今年10月', '2026-03-01', '2026-10-01', '2026-10-31', '2026年10月'],
    ['明年3月', '2026-01-05', '2027-03-01', '2027-03-31', '2027年3月'],
    ['3到5月', dec, '2027-03-01', '2027-05-31', '2027年3月—5月'],
    ['11月到1月', '2026-10-01', '2026-11-01', '2027-01-31', '2026年11月—2027年1月'],
    ['上半年', dec, '2027-01-01', '2027-06-30', '2027年1月—6月'],
    ['上半年', '2026-03-01', '2026-01-01', '2026-06-30', '2026年1月—6月'],
    ['下半年', '2026-03-01', '2026-07-01', '2026-12-31', '2026年7月—12月'],
    ['下周', dec, '2026-12-14', '2026-12-20', '12月14日—12月20日'],
  ])('%s on %s → %s..%s', (text, asOf, from, to, label) => {
    expect(eventPeriod(text, asOf)).toEqual({ from, to, label });
  });

  it('names no period when none is said', () => {
    expect(eventPeriod('有什么招聘活动', '2026-12-07')).toBeUndefined();
    expect(eventPeriod('我想找份电工的工作', '2026-12-07')).toBeUndefined();
  });
});
