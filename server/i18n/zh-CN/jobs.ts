/**
 * Vacancies, training courses and events: labels of the shared codes, the canonical Chinese column
 * names of the import files, import and validation messages, the reasons and notes of a match, and
 * the honest shortfall message with the counsellor path.
 */

const centre = '区就业和人才中心';
const guidance = `${centre}职业指导科`;
const training = `${centre}培训鉴定科`;

const education = {
  junior_high: '初中',
  high_school: '高中',
  vocational: '中专',
  associate: '大专',
  bachelor: '本科',
  master: '硕士',
  doctor: '博士',
} as const;

const workTypes = {
  full_time: '全职',
  part_time: '兼职/零工',
  internship: '见习岗位',
  grassroots: '基层岗位',
  public_welfare: '公益性岗位',
} as const;

const groups = {
  graduate: '高校毕业生',
  current_graduate: '应届高校毕业生',
  unemployed_graduate: '离校未就业高校毕业生',
  youth: '失业青年',
  difficulty: '就业困难人员',
  '4050': '“4050”人员',
  disabled: '残疾人',
  dibao: '低保家庭成员',
  zero_employment_family: '零就业家庭成员',
  poverty_alleviated: '脱贫人口',
  veteran: '退役军人',
  migrant_worker: '农民工',
  retired_fisher: '退捕渔民',
} as const;

const statuses = { active: '在招', withdrawn: '已下架', expired: '已过期' } as const;

/** The canonical Chinese column of each import field (the documented Chinese header set). */
const columns = {
  vacancy: {
    sourceId: '岗位编号',
    title: '岗位名称',
    employer: '用人单位',
    description: '岗位描述',
    district: '区县',
    street: '镇街',
    address: '工作地址',
    educationMin: '学历要求',
    majors: '专业要求',
    skills: '技能要求',
    wageMin: '薪资下限',
    wageMax: '薪资上限',
    headcount: '招聘人数',
    workType: '岗位类型',
    suitableGroups: '适合人群',
    excludedGroups: '不适合人群',
    contact: '联系方式',
    postedOn: '发布日期',
    expiresOn: '截止日期',
    status: '状态',
  },
  course: {
    sourceId: '课程编号',
    title: '课程名称',
    provider: '培训机构',
    category: '培训类别',
    description: '课程简介',
    street: '镇街',
    address: '培训地点',
    startsOn: '开班日期',
    endsOn: '结束日期',
    subsidised: '补贴性培训',
    fee: '培训费用',
    seats: '招生人数',
    contact: '联系方式',
    suitableGroups: '适合人群',
    status: '状态',
  },
  event: {
    sourceId: '活动编号',
    name: '活动名称',
    year: '年度',
    timeText: '活动时间',
    months: '月份',
    startsOn: '开始日期',
    endsOn: '结束日期',
    departments: '参与部门',
    location: '活动地点',
    description: '活动简介',
  },
} as const;

const yuan = (n: number) => `${n}元`;
const wageRange = (min: number | null, max: number | null) =>
  min !== null && max !== null ? (min === max ? `${min}元/月` : `${min}–${max}元/月`) : min !== null ? `${min}元/月起` : max !== null ? `最高${max}元/月` : '面议';

export const jobs = {
  centre,
  guidance,
  education,
  workTypes,
  groups,
  statuses,
  columns,
  demo: '演示数据',
  /** The query text when a seeker has said nothing about the work they want. */
  neutralQuery: '招聘 岗位 就业',
  wageRange,
  validation: {
    text: '应为文字',
    required: '必填',
    maxLength: (n: number) => `不能超过${n}个字符`,
    date: '应为有效日期，例如 2026-12-31 或 2026/12/31',
    integer: '应为整数',
    positive: '应为正整数',
    nonNegative: '不能为负数',
    yesNo: '应为 是/否（或 true/false）',
    oneOf: (values: readonly string[]) => `应为以下之一：${values.join('、')}`,
    month: '月份应为1到12之间的整数',
    year: '年度应为2000到2100之间的整数',
    wageOrder: '不能低于薪资下限',
    expiresBeforePosted: '不能早于发布日期',
    endsBeforeStarts: '不能早于开始日期',
    tooManyItems: (n: number) => `最多${n}项`,
    sourceFormat: '只能包含字母、数字和 - _ . :，以字母或数字开头，最长64个字符',
    sourceReserved: (source: string) => `来源“${source}”为系统保留，请换一个来源名称`,
    uuid: '应为有效的编号（UUID）',
    dataForFormat: (format: string) => (format === 'csv' ? 'CSV 格式时 data 应为文本' : 'JSON 格式时 data 应为数组或 JSON 文本'),
    month1to12: '应为1到12之间的整数',
  },
  import: {
    emptyFile: '文件为空，没有表头',
    unterminatedQuote: '引号未闭合：这一行开始的字段一直到文件末尾都没有结束引号',
    strayQuote: '引号位置不正确：带引号的字段在结束引号后还有其他字符',
    tooManyColumns: (found: number, expected: number) => `本行有${found}列，多于表头的${expected}列`,
    missingColumn: (label: string, field: string) => `缺少必需的列：${label}（${field}）`,
    duplicateColumn: (header: string) => `列名重复：${header}`,
    unknownColumn: (header: string) => `无法识别的列“${header}”，已忽略`,
    duplicateId: (line: number) => `编号与第${line}行重复，本行未导入`,
    jsonInvalid: (detail: string) => `不是有效的 JSON：${detail}`,
    jsonNotArray: 'JSON 应为数组（每个元素一行记录）',
    itemNotObject: '每个元素应为对象',
    tooManyRows: (n: number) => `一次最多导入${n}行，请分批导入`,
    feedFailed: (status: number) => `岗位源返回 HTTP ${status}`,
    bodyType: '请求体应为 JSON（{ source, format, data }）或 CSV 文本（Content-Type: text/csv，并在地址中带 ?source=）',
  },
  /** Why a post or course suits the seeker; each reason earns the points of one criterion. */
  reasons: {
    semantic: (intent: string, similarity: number) => `与您的求职意向“${intent}”的语义相似度：${similarity.toFixed(2)}`,
    semanticCourse: (interest: string, similarity: number) => `与您想学的“${interest}”的语义相似度：${similarity.toFixed(2)}`,
    keywords: (words: string[]) => `岗位信息包含您提到的“${words.join('”“')}”`,
    courseKeywords: (words: string[]) => `课程内容包含您提到的“${words.join('”“')}”`,
    keywordsFamily: (words: string[], said: string) => `岗位信息包含“${words.join('”“')}”，与您说的“${said}”同属一类`,
    courseKeywordsFamily: (words: string[], said: string) => `课程内容包含“${words.join('”“')}”，与您想学的“${said}”同属一类`,
    educationMet: (person: string, min: string) => `学历符合：${person}≥${min}`,
    educationOpen: (person: string) => `学历不限，您的学历为${person}`,
    street: (street: string) => `位于渝北区${street}`,
    internshipForGraduate: '见习岗位，适合离校未就业毕业生',
    internshipForYouth: '见习岗位，面向失业青年',
    publicWelfareForDifficulty: '公益性岗位，面向就业困难人员',
    grassrootsForYishengYikun: '基层岗位，面向高校毕业生和困难人员',
    desiredWorkType: (label: string) => `岗位类型符合您的意向：${label}`,
    groups: (labels: string[]) => `面向${labels.join('、')}，与您的情况相符`,
    skills: (matched: string[]) => `技能/专业匹配：${matched.join('、')}`,
    wage: (range: string, expected: number) => `薪资${range}，达到您期望的${expected}元/月`,
    subsidised: '补贴性培训，“一生一困”人员可按规定申请职业培训补贴',
    startupStage: (stage: string) => `${stage}，适合您目前的创业阶段`,
    newSkills: '“智能+技能”新职业培训（网络营销、现代服务、大数据、智能化）',
  },
  /** What the seeker should still check; notes earn no points. */
  notes: {
    educationUnknown: (min: string) => `要求${min}及以上学历，请确认您的学历`,
    wageNegotiable: '薪资面议',
    wageBelowExpectation: (range: string, expected: number) => `薪资${range}，低于您期望的${expected}元/月`,
    publicWelfareToConfirm: '公益性岗位须经认定为就业困难人员，请向所在镇街或区就业和人才中心确认',
    internshipToConfirm: '见习岗位面向离校2年内未就业高校毕业生和16–24岁失业青年，请确认您的情况',
    grassrootsToConfirm: '基层岗位面向我市高校毕业生和困难人员，请确认您的情况',
    expiresSoon: (date: string) => `报名截止 ${date}`,
    startupStageOther: (stage: string) => `${stage}，与您目前的创业阶段不完全对应`,
    courseStarts: (date: string) => `开班日期 ${date}`,
    fee: (fee: number) => `培训费用 ${yuan(fee)}`,
  },
  startupStages: {
    gyb: '创业意识培训（GYB）',
    syb: '创办你的企业培训（SYB）',
    iyb: '改善你的企业培训（IYB）',
    online: '网络创业培训',
  },
  /** Fewer than three suitable results (二（四）1: 推荐至少3个就业岗位 / 培训课程): said plainly, never padded. */
  shortfall: {
    counsellor: `可联系${guidance}，由职业指导员结合您的情况人工推荐岗位，也可到所在镇街公共就业服务机构登记求职意向`,
    counsellorCourses: `可联系${training}或${guidance}，了解近期开班的培训课程和项目`,
    vacancies: (found: number) => (found === 0 ? '目前没有找到适合您的在招岗位' : `目前只找到${found}个适合您的在招岗位`),
    courses: (found: number) => (found === 0 ? '目前没有找到适合您的培训课程' : `目前只找到${found}个适合您的培训课程`),
    because: (parts: string[]) => (parts.length ? `：${parts.join('；')}` : ''),
    empty: '岗位库中暂无在招岗位',
    emptyCourses: '课程库中暂无可报名的课程',
    excluded: {
      education: (n: number) => `${n}个岗位的学历要求高于您的学历`,
      excludedGroup: (n: number) => `${n}个岗位注明不适合您所属的人群`,
      restricted: (n: number) => `${n}个岗位仅面向特定人群（见习、公益性或基层岗位）`,
      irrelevant: (n: number) => `${n}个岗位与您的求职意向、技能或专业不相关`,
      irrelevantCourses: (n: number) => `${n}个课程与您想学的内容不相关`,
      startup: (n: number) => `${n}个创业培训与您目前的创业阶段不对应`,
    },
  },
  events: {
    calendar: '“一生一困”就业服务活动安排',
  },
  /** Places a seeker names: an area covering several 镇街. */
  place: {
    area: (name: string, streets: string[]) => `${name}（${streets.join('、')}）`,
  },
  /** Periods asked about (eventPeriod, list_events). */
  period: {
    year: (y: number) => `${y}年`,
    month: (y: number, m: number) => `${y}年${m}月`,
    months: (y: number, from: number, to: number) => `${y}年${from}月—${to}月`,
    span: (y1: number, m1: number, y2: number, m2: number) => `${y1}年${m1}月—${y2}年${m2}月`,
    days: (y1: number | undefined, m1: number, d1: number, y2: number | undefined, m2: number, d2: number) =>
      `${y1 ? `${y1}年` : ''}${m1}月${d1}日—${y2 ? `${y2}年` : ''}${m2}月${d2}日`,
    noted: (label: string, note: string) => `${label}（${note}）`,
    afterSpringFestival: '春节后',
    nextTwoWeeks: '近两周',
  },
  /** Results offered in place of matches when fewer than three fit: each says why it is offered. */
  alternatives: {
    elsewhere: (place: string, street: string | null) => `不在${place}，备选：位于渝北区${street ?? '其他镇街'}`,
    related: (subject: string, family: string) => `与“${subject}”相近的“${family}”方向，备选`,
    shortfallElsewhere: (n: number, place: string) => `另有${n}个相关岗位不在${place}`,
  },
} as const;
