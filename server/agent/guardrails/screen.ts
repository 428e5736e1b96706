/**
 * Input screening before any model sees a message. Deterministic patterns, checked in order of
 * harm: distress (a person at once, with a hotline), attempts to subvert the assistant, an explicit
 * request for a person, then questions outside the service's scope. Patterns are data here so a
 * supervisor's finding becomes a one-line change with a test.
 */
export type Screening =
  | { verdict: 'ok' }
  | { verdict: 'distress'; matched: string }
  | { verdict: 'injection'; matched: string }
  | { verdict: 'person_requested'; matched: string }
  | { verdict: 'out_of_scope'; matched: string; kind: 'other_city' | 'unrelated' };

const DISTRESS = [
  /不想活/, /活不下去/, /自杀/, /轻生/, /想死/, /结束(自己的)?生命/, /跳楼/, /割腕/, /寻短见/, /撑不下去了/,
  /活着(还)?(没|没有)(什么|啥|啥子)?意思/, /活着(好|太|真)(累|难|没劲)/, /生无可恋/, /不如死了/, /想不开/, /了结(自己|一切)/,
  /kill myself/i, /suicid/i,
];

const INJECTION = [
  /忽略.{0,8}(指令|指示|提示|规则|设定|要求)/,
  /(无视|忘记|忘掉).{0,8}(指令|规则|设定|限制)/,
  /(系统|初始|原始|隐藏)(提示词|提示|指令|prompt)/i,
  /(输出|打印|显示|告诉我|泄露|复述).{0,10}(提示词|prompt|指令|设定)/i,
  /(你现在是|从现在起你是|扮演|假装你是).{0,20}(没有限制|不受限制|黑客|管理员|开发者|dan\b|另一个)/i,
  /开发者模式|越狱|jailbreak|\bDAN\b/i,
  /ignore (all |any )?(the )?(previous|prior|above|earlier) (instructions|prompts|rules)/i,
  /disregard (your|all|the) (instructions|rules|guidelines)/i,
  /(reveal|print|show|repeat|output) (me )?(your|the) (system )?(prompt|instructions)/i,
  /you are now|act as (an? )?(unrestricted|different)|developer mode|pretend (that )?you are/i,
  /(其他|别的|所有|另一个)(人|用户|求职者|会话).{0,10}(资料|信息|数据|记录|电话|身份证|聊天)/,
  /(other|another|all) (users?|seekers?|people)'?s? (data|records|information|conversations|phone)/i,
  /<\s*script|javascript:|onerror\s*=/i,
  /(select|union|drop|insert|delete)\s.{0,40}\b(from|table|into)\b/i,
];

/** 客服 as a job (找个客服的工作, 客服岗位) is not a request for one. */
const NOT_A_JOB = '(?![^，,。？?！!]{0,3}(工作|岗位|职位|专员|的活))';
const PERSON = [
  /转人工/,
  new RegExp(`人工(?!智能)(客服|服务|坐席)?${NOT_A_JOB}`),
  /(找|要|转|接|换|叫)(个|一个)?真人|真人(客服|服务|来|回答)|(和|跟|同)真人(聊|说|谈|沟通)/,
  new RegExp(`(找|要|联系|转|请)[^，,。？?！!]{0,4}(工作人员|客服|人工|专人|指导员|职业指导师)${NOT_A_JOB}`),
  /(和|跟|找)(个)?人(说|聊|谈)/,
  /(找|要|联系|请)(个|一个|位|一位)?(老师|真人|工作人员)(跟|和|给|帮|来)我/,
  /talk to (a )?(human|person|agent)/i,
];

const CITY = /(北京|上海|广州|深圳|天津|成都|杭州|武汉|西安|南京|苏州|长沙|郑州|贵阳|昆明|广东|浙江|江苏|四川|湖北|湖南|河南|云南|贵州)/;
const POLICY_WORDS = /(政策|补贴|补助|贷款|社保|失业登记|失业(保险)?金|失业保险|医保|养老保险|最低工资|就业|人才|落户|公积金)/;
/** Right after the city: 的, 那边, 市, 高新区 … — the question is about that place. */
const ABOUT_CITY = /^.{0,3}(的|那边|当地|那里|市|区|省|新区)/;
const LOCAL = /(渝北|重庆|两江|本区|你们这)/;
const UNRELATED = [
  /(写|帮我写|生成|起草).{0,12}(代码|程序|作文|诗|小说|论文|文章|总结|报告|情书|检讨|演讲稿|文案|周报|日报|读后感|请假条|假条|借条|欠条)(?![^，,。？?！!]{0,2}(工作|岗位|职位|的活|活路))/,
  /(天气|股票|基金|彩票|算命|星座|菜谱|做菜|游戏攻略|电影推荐|明星|八卦)/,
  /(翻译|translate).{0,10}(成|为|into)/i,
  /(数学题|写作业|做作业|作业题|家庭作业|考试答案)/,
];

export function screenInput(text: string): Screening {
  const first = (patterns: RegExp[]) => patterns.map((p) => p.exec(text)?.[0]).find(Boolean);
  let m: string | undefined;
  if ((m = first(DISTRESS))) return { verdict: 'distress', matched: m };
  if ((m = first(INJECTION))) return { verdict: 'injection', matched: m };
  if ((m = first(PERSON))) return { verdict: 'person_requested', matched: m };
  const city = CITY.exec(text)?.[0];
  const afterCity = city ? text.slice(text.indexOf(city) + city.length) : '';
  if (city && POLICY_WORDS.test(text) && !LOCAL.test(text) && (ABOUT_CITY.test(afterCity) || POLICY_WORDS.test(afterCity.slice(0, 6)))) {
    return { verdict: 'out_of_scope', matched: city, kind: 'other_city' };
  }
  if ((m = first(UNRELATED))) return { verdict: 'out_of_scope', matched: m, kind: 'unrelated' };
  return { verdict: 'ok' };
}
