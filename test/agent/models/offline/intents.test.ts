import { describe, expect, it } from 'vitest';
import { understand } from '../../../../server/agent/models/offline/intents.ts';

const asOf = '2026-11-30';
const intents = (t: string) => understand(t, asOf).intents;

describe('offline intents', () => {
  it.each([
    '老板拖欠了我三个月工资一直不给，我该怎么维权？',
    '我在厂里干活把手压伤了，公司不给我认定工伤',
    '公司无缘无故把我辞退了，一分钱补偿都不给，我想申请劳动仲裁',
    '干了半年公司一直不给我交社保，还扣押金',
    '公司发工资总是拖一两个礼拜，这个正常吗',
  ])('takes a labour dispute to a person: %s', (t) => {
    expect(intents(t)).toContain('dispute');
  });

  it.each(['劳动人事争议仲裁院的院长是谁', '见习期间单位发不发工资', '工伤保险是不是社保的一种', '上个月被公司裁员了，失业登记要带啥子'])(
    'does not take %s for a dispute',
    (t) => {
      expect(intents(t)).not.toContain('dispute');
    },
  );

  it.each(['我想找个客服的工作，最好是能坐办公室的', '帮我找份仓库管理的工作', '找个离家近的活路', '渝北有没有招聘保安的岗位'])('hears a request for work: %s', (t) => {
    expect(intents(t)).toContain('jobs');
  });

  it.each(['找工作老是怕遇到骗子，你们有没有发布过典型侵权案例', '听说有个求职创业补贴，我能领吗', '我是今年毕业的大学生，还没找到工作'])(
    'does not take a mention of work for a request: %s',
    (t) => {
      expect(intents(t)).not.toContain('jobs');
    },
  );
});

describe('jobs versus events', () => {
  it('reads 招聘活动 / 招聘会 in a month as events, not a job search', () => {
    expect(understand('五月份有什么招聘活动？', '2026-11-30').intents).toEqual(['events']);
    expect(understand('有什么招聘会吗', '2026-11-30').intents).not.toContain('jobs');
    expect(understand('有什么招聘的岗位', '2026-11-30').intents).toContain('jobs');
  });
});
