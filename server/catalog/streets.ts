/**
 * The towns and streets (镇街) of 渝北区, Chongqing, that the district's employment service works
 * through (the 两江新区-administered streets are left out). Used to normalise the street of a vacancy or course and a seeker's preferred street, so that
 * “两路”, “两路街道” and “渝北区两路街道” meet.
 */
export const YUBEI_STREETS = [
  '双龙湖街道', '回兴街道', '双凤桥街道', '龙溪街道', '龙山街道', '龙塔街道', '大竹林街道', '悦来街道',
  '两路街道', '王家街道', '仙桃街道', '人和街道', '天宫殿街道', '翠云街道', '宝圣湖街道', '礼嘉街道',
  '木耳镇', '兴隆镇', '古路镇', '石船镇', '统景镇', '大湾镇', '洛碛镇', '玉峰山镇', '龙兴镇', '茨竹镇', '大盛镇',
] as const;

const SUFFIX = /(街道|街道办事处|镇人民政府|镇)$/;
const byShortName = new Map(YUBEI_STREETS.map((s) => [s.replace(SUFFIX, ''), s]));

/**
 * The official name of a 渝北区 town or street, or the trimmed input when it is not one
 * (a vacancy elsewhere keeps its own wording). Empty input gives undefined.
 */
export function normaliseStreet(input: string | null | undefined): string | undefined {
  const s = (input ?? '').normalize('NFKC').replace(/\s+/g, '').replace(/^(重庆市)?(渝北区)?/, '');
  if (!s) return undefined;
  return byShortName.get(s.replace(SUFFIX, '')) ?? s;
}

/** The streets around 江北国际机场 and the 空港 area (the demo data's airport posts are there). */
export const AIRPORT_STREETS = ['两路街道', '双凤桥街道', '宝圣湖街道'] as const;

/**
 * Places people name that are not one 镇街: the area and the streets it covers. Short street
 * names (两路, 回兴, 龙兴) are recognised from YUBEI_STREETS itself.
 */
export const YUBEI_AREAS: readonly { name: string; says: readonly string[]; streets: readonly string[] }[] = [
  { name: '空港', says: ['空港新城', '空港工业园', '空港', '江北国际机场', '江北机场', '机场', '临空'], streets: AIRPORT_STREETS },
  { name: '仙桃数据谷', says: ['仙桃数据谷', '数据谷', '仙桃'], streets: ['仙桃街道'] },
  { name: '礼嘉', says: ['礼嘉'], streets: ['礼嘉街道'] },
  { name: '悦来', says: ['悦来', '国博'], streets: ['悦来街道'] },
  { name: '统景', says: ['统景温泉', '统景'], streets: ['统景镇'] },
];
