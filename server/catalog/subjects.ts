/**
 * The occupation and skill thesaurus: each subject family (the work or skill a seeker names) with
 * the words that show a post or course is about it, and the families close to it (offered as
 * alternatives when the family itself has too few results). Data, not logic: add a family or a
 * word here and jobSubject, matching and the full-text search all follow.
 *
 * `words` are matched as substrings of the folded text (NFKC, lower case) of a post's title,
 * description, skills and majors, or a course's title, category and description, so keep them
 * specific: “开发工程师”, not “开发” (市场开发 is sales). `says` are everyday ways of naming the
 * family that rarely appear in a post (写代码, 修车, 带娃); they find the family but are not
 * searched for. Longer words win when a seeker's words name several families (软件测试 over 软件).
 */
import { fold } from './fields.ts';

export interface SubjectFamily {
  /** The family's name, as a seeker would say it. */
  name: string;
  /** Words whose presence in a post's or course's text shows it is about this family. */
  words: readonly string[];
  /** Everyday wording that names the family but is not searched for in the text. */
  says?: readonly string[];
  /** Families close to this one, in order: where alternatives come from. */
  near?: readonly string[];
}

export const SUBJECT_FAMILIES: readonly SubjectFamily[] = [
  { name: '软件开发', words: ['软件开发', '开发工程师', '程序员', '编程', 'java', '前端', '后端', '小程序', '软件工程师'], says: ['写代码', '码农', '搞it', '做it', '程序开发', 'it行业', 'it方面', 'it类', 'it岗位', '开发'], near: ['软件测试', '大数据', '网络运维'] },
  { name: '软件测试', words: ['软件测试', '测试工程师', '测试用例', '测试见习'], says: ['测试', '做测试'], near: ['软件开发', '大数据'] },
  { name: '大数据', words: ['大数据', '数据分析', 'hadoop', '数据处理', '可视化报表', '分析报告'], says: ['数据'], near: ['软件开发', '数据标注'] },
  { name: '数据标注', words: ['数据标注', '标注员', '标注工具', '人工智能训练师', '语料'], says: ['标注', '人工智能', 'ai训练'], near: ['大数据', '客服'] },
  { name: '网络运维', words: ['网络安全', '运维工程师', '防火墙', '网络设备', 'linux'], says: ['运维', '网管'], near: ['软件开发', '大数据'] },
  { name: '电工', words: ['电工', '低压电工', '电工证', '电气', '配电', '电路', '电机控制'], says: ['电路维修', '水电工', '水电'], near: ['设备维修', '工业机器人', '焊工'] },
  { name: '焊工', words: ['焊工', '电焊', '焊接', '熔化焊', '气体保护焊', '电弧焊'], says: ['烧焊'], near: ['数控', '设备维修', '电工'] },
  { name: '数控', words: ['数控', '车床', '车工', 'cnc', '机加工', '加工零件'], says: ['开机床'], near: ['焊工', '装配', '设备维修'] },
  { name: '汽车维修', words: ['汽车维修', '汽修', '汽车保养', '故障诊断'], says: ['修车', '修汽车'], near: ['设备维修', '电工'] },
  { name: '设备维修', words: ['设备维修', '机械维修', '维修技术员', '机修', '预防性保养'], says: ['修机器', '维修'], near: ['电工', '工业机器人', '汽车维修'] },
  { name: '工业机器人', words: ['工业机器人', '机器人', '示教编程', 'plc', '智能制造'], near: ['设备维修', '电工', '装配'] },
  { name: '装配', words: ['装配', '普工', '流水线', '产线', '操作工', 'smt', '贴片', '总装'], says: ['进厂', '厂里', '工厂', '打螺丝', '车间'], near: ['质检', '数控', '工业机器人'] },
  { name: '质检', words: ['质检', '质量检验', '检验员', '品管', '检验记录'], says: ['品检', '检验'], near: ['装配'] },
  { name: '仓库', words: ['仓库', '仓储', '库管', '仓管', '理货', '分拣', '出入库', 'wms'], says: ['库房', '仓库管理', '管仓库'], near: ['叉车', '物流', '装卸'] },
  { name: '叉车', words: ['叉车'], says: ['开叉车', '叉车工'], near: ['仓库', '装卸', '驾驶'] },
  { name: '物流', words: ['物流', '调度', '货运', '供应链', '快递', '快件', '配送', '报关', '订舱'], says: ['跑物流', '送快递', '快递员'], near: ['仓库', '驾驶', '装卸'] },
  { name: '装卸', words: ['装卸', '搬运', '装车'], says: ['下力', '棒棒', '扛包'], near: ['仓库', '叉车', '物流'] },
  { name: '驾驶', words: ['司机', '驾驶员', '驾驶', '驾照', '货车', '城配'], says: ['开车', '跑车', '开货车', '开大车', '跑运输'], near: ['物流', '叉车'] },
  { name: '机场地勤', words: ['地勤', '机场', '值机', '候机', '航空货运', '航空货物'], says: ['机场工作', '航空'], near: ['物流', '客服'] },
  { name: '保安', words: ['保安', '安保', '门卫', '巡逻', '消防安全'], says: ['看门', '守门'], near: ['保洁', '公共设施巡查'] },
  { name: '保洁', words: ['保洁', '清扫', '家政', '收纳', '家务', '钟点工', '家电清洗'], says: ['打扫卫生', '扫地', '做家务', '做清洁'], near: ['养老护理', '育婴', '绿化养护'] },
  { name: '养老护理', words: ['养老护理', '养老', '护工', '照护', '生活照料', '失能', '老人', '老年人'], says: ['照顾老人', '护理老人', '陪护'], near: ['保洁', '育婴', '护士', '康复'] },
  { name: '育婴', words: ['育婴', '月嫂', '育儿嫂', '婴幼儿', '早教'], says: ['带娃', '带小孩', '带孩子', '保姆'], near: ['保洁', '养老护理'] },
  { name: '护士', words: ['护士', '护理学', '病区', '医嘱', '护理见习'], says: ['医护', '当护士'], near: ['养老护理', '康复', '医院服务'] },
  { name: '康复', words: ['康复', '理疗', '康复治疗'], near: ['护士', '养老护理'] },
  { name: '医院服务', words: ['导诊', '药店', '药品', '药学', '门诊', '医院'], says: ['医药', '卖药'], near: ['护士', '客服', '销售'] },
  { name: '厨师', words: ['厨师', '烹调', '烹饪', '川菜', '热菜', '后厨', '中餐', '刀工'], says: ['炒菜', '做菜', '做饭', '掌勺', '厨房'], near: ['面点', '餐饮服务'] },
  { name: '面点', words: ['面点', '烘焙', '面包', '蛋糕', '甜点', '小面', '包子', '抄手'], says: ['做面包', '西点'], near: ['厨师', '餐饮服务'] },
  { name: '餐饮服务', words: ['餐厅服务', '服务员', '传菜', '点餐', '助餐', '送餐', '餐饮服务'], says: ['端盘子', '餐厅', '饭店'], near: ['厨师', '酒店服务', '销售'] },
  { name: '酒店服务', words: ['酒店', '客房', '民宿', '宾馆', '宾客接待', '温泉'], says: ['住宿'], near: ['餐饮服务', '旅游讲解'] },
  { name: '旅游讲解', words: ['讲解', '导游', '乡村旅游', '研学', '景点'], says: ['旅游'], near: ['酒店服务'] },
  { name: '会计', words: ['会计', '财务', '出纳', '凭证', '报销', '税务', '做账', '记账'], says: ['算账'], near: ['文员'] },
  { name: '文员', words: ['文员', '行政', '文秘', '办公软件', '公文', '办公室', '文件收发', '计算机操作员'], says: ['坐办公室', '打字', '录入', '前台'], near: ['会计', '客服', '社区服务'] },
  { name: '客服', words: ['客服', '客户服务', '呼叫中心', '话务', '售后', '在线解答'], says: ['接电话', '接线员'], near: ['销售', '文员', '直播带货'] },
  { name: '销售', words: ['销售', '营业员', '促销', '导购', '推销'], says: ['卖东西', '站柜台', '卖货'], near: ['收银', '客服', '直播带货'] },
  { name: '收银', words: ['收银', '收银员'], near: ['销售', '理货'] },
  { name: '理货', words: ['理货', '补货', '陈列'], near: ['仓库', '收银', '销售'] },
  { name: '直播带货', words: ['直播带货', '直播', '带货', '主播', '电商', '电子商务', '网络营销', '网店', '短视频'], says: ['做直播', '当主播', '开网店', '抖音', '淘宝', '网上卖', '网上销售', '在网上卖'], near: ['新媒体', '销售', '客服'] },
  { name: '新媒体', words: ['新媒体', '公众号', '短视频', '剪辑', '内容策划', '社群运营'], says: ['自媒体', '做视频', '拍视频'], near: ['直播带货'] },
  { name: '种植', words: ['种植', '农业', '植保', '果蔬', '园艺', '病虫害', '栽培'], says: ['种地', '种菜', '务农', '种果树'], near: ['直播带货', '绿化养护'] },
  { name: '绿化养护', words: ['绿化', '园林', '养护', '修剪'], says: ['种花', '种树'], near: ['保洁', '种植'] },
  { name: '公共设施巡查', words: ['巡查', '协管', '井盖', '公共设施'], near: ['保安', '社区服务'] },
  { name: '社区服务', words: ['社区工作者', '社区治理', '便民服务', '窗口', '乡村振兴', '居民服务', '就业服务协管'], says: ['社区', '基层', '村里'], near: ['文员', '公共设施巡查'] },
  { name: '无人机', words: ['无人机', '航拍', '多旋翼'], says: ['飞手'], near: ['种植'] },
  { name: '美容美发', words: ['美容', '美发', '理发', '烫染', '美甲', '化妆'], says: ['剪头发', '剃头'], near: ['健康管理'] },
  { name: '茶艺', words: ['茶艺', '茶叶', '冲泡', '茶事'], says: ['泡茶'], near: ['餐饮服务', '酒店服务'] },
  { name: '健康管理', words: ['健康管理', '健康监测', '健康指导'], near: ['养老护理', '康复'] },
  { name: '创业', words: ['创业', 'gyb', 'syb', 'iyb', '创办你的企业', '改善你的企业', '创业计划'], says: ['开店', '当老板', '自己干', '做生意', '自主创业'], near: ['直播带货'] },
];

const byName = new Map(SUBJECT_FAMILIES.map((f) => [f.name, f]));

/** Every word that names a family (its name, words and sayings), folded, longest first. */
const NAMING: { word: string; family: SubjectFamily }[] = SUBJECT_FAMILIES.flatMap((f) =>
  [f.name, ...f.words, ...(f.says ?? [])].map((w) => ({ word: fold(w), family: f })),
).sort((a, b) => b.word.length - a.word.length);

/** The thesaurus words (folded, longest first): jobSubject keeps them whole while stripping fillers. */
export const SUBJECT_WORDS: readonly string[] = [...new Set(NAMING.map((n) => n.word))];

export const subjectFamilyNamed = (name: string): SubjectFamily | undefined => byName.get(name);

/**
 * The family a seeker's subject belongs to: the longest thesaurus word in it (earliest on a tie),
 * so “软件开发”, “java开发”, “写代码” all give 软件开发 and “软件测试” gives 软件测试.
 */
export function subjectFamily(subject: string | undefined): SubjectFamily | undefined {
  const s = fold(subject ?? '');
  if (!s) return undefined;
  let best: { at: number; len: number; family: SubjectFamily } | undefined;
  for (const n of NAMING) {
    const at = s.indexOf(n.word);
    if (at < 0) continue;
    if (!best || n.word.length > best.len || (n.word.length === best.len && at < best.at)) best = { at, len: n.word.length, family: n.family };
  }
  return best?.family;
}

/** The longest thesaurus word in a text, as written there (电工 in 厂里当过电工), preferring a family's own words over its sayings. */
export function subjectWordIn(text: string): string | undefined {
  const s = fold(text);
  const hits = NAMING.filter((n) => s.includes(n.word));
  if (!hits.length) return undefined;
  const own = (n: (typeof NAMING)[number]) => n.family.words.some((w) => fold(w) === n.word) || fold(n.family.name) === n.word;
  return [...hits].sort((a, b) => b.word.length - a.word.length || Number(own(b)) - Number(own(a)))[0]!.word;
}

/** A subject with its family's words, ready for matching. */
export interface SubjectTerms {
  /** What the seeker said (“软件开发”). */
  said: string;
  family: SubjectFamily | undefined;
  /** Folded words whose presence shows relevance: the family's words, else the subject itself. */
  words: string[];
}

export function subjectTerms(said: string, family: SubjectFamily | undefined = subjectFamily(said)): SubjectTerms {
  const own = fold(said);
  const words = family ? [...new Set(family.words.map(fold))] : own.length >= 2 ? [own] : [];
  return { said, family, words };
}

/**
 * How far a text is about the subject: 1 when the title has the seeker's own words, 0.9 when it
 * has a family word, 0.7 when only the rest of the text does, 0 when in neither; with the words to show (what was said when the text has it,
 * else the family words found, sub-words of a found word left out).
 */
export function subjectHit(t: SubjectTerms, title: string, rest: string): { value: number; found: string[]; literal: boolean } {
  const head = fold(title);
  const body = fold(rest);
  const said = fold(t.said);
  const found = t.words.filter((w) => head.includes(w) || body.includes(w));
  // What the seeker said, in the title, is the closest (仓库管理 → 仓库管理员 before 理货员).
  const value = said && head.includes(said) ? 1 : found.some((w) => head.includes(w)) ? 0.9 : found.length ? 0.7 : 0;
  // What the seeker said, when the text has it in those words; else the family's words found.
  const literal = value > 0 && !!said && (head.includes(said) || body.includes(said));
  const shown = literal ? [t.said] : found.filter((w, _, all) => !all.some((o) => o !== w && o.includes(w)));
  return { value, found: shown, literal };
}

/** The text embedded and searched for a subject: what was said, then the family's words. */
export const subjectQueryText = (t: SubjectTerms) => [t.said, ...(t.family ? [t.family.name, ...t.family.words] : [])].join(' ');

/** The families near a subject's own, in the thesaurus order. */
export const nearFamilies = (t: SubjectTerms): SubjectFamily[] => (t.family?.near ?? []).flatMap((n) => (byName.has(n) ? [byName.get(n)!] : []));
