/**
 * The dialogue state (server/dialogue/state.ts) in words, for the case page's 对话状态 panel and
 * the counsellor's corrections of a seeker's facts (PATCH /api/staff/cases/:id/facts).
 */

const roles = { seeker: '求职者', employer: '用人单位', staff: '工作人员' } as const;

/** How the role was decided (ROLE_SOURCES). */
const roleSources = {
  default: '默认按求职者接待',
  inferred: '根据对话内容判断',
  stated: '咨询人自己说明',
  counsellor: '职业指导员更正',
  channel: '由咨询入口确定（工作人员问答）',
} as const;

/** Services a conversation can be about besides benefits (SERVICES). */
const services = {
  jobs: '岗位推荐',
  training: '职业技能培训',
  events: '招聘和就业服务活动',
  recruitment: '单位招聘',
  unemployment_registration: '失业登记',
  guidance: '职业指导',
  startup: '创业服务',
  programme: '“一生一困”就业帮扶',
  layoff: '企业规模性裁员服务',
  rights: '就业权益保护',
} as const;

/** Values of enumerated facts that have no wording elsewhere in the dictionary. */
const values = {
  hukou: { chongqing: '重庆市户籍', other: '外地户籍' },
  gender: { male: '男', female: '女' },
  certificate: {
    vocational_qualification: '职业资格证书',
    special_ability: '专项能力证书',
    skill_level: '职业技能等级证书',
    none: '无证书',
  },
  industry: { agriculture: '农业', industry: '工业', wholesale: '批发业', retail: '零售业', software_it: '软件和信息技术服务业', other: '其他行业' },
  employmentStatus: { unemployed: '未就业', employed: '已就业', flexible: '灵活就业', self_employed: '自主创业' },
  retirementAge: (n: number) => `${n}岁`,
} as const;

export const dialogueState = {
  roles,
  roleSources,
  services,
  values,
  errors: {
    nothingToCorrect: '请至少更正一项情况（个人情况或咨询身份）',
  },
  validation: {
    role: '咨询身份只能更正为求职者或用人单位',
  },
  /** The 400 of a correction: the fact in words, then what is wrong with the value. */
  invalidFact: (label: string, detail: string) => `“${label}”填写不正确：${detail}`,
  panel: {
    title: '对话状态',
    role: '咨询身份',
    roleSource: (how: string) => `（${how}）`,
    topic: '正在咨询',
    facts: '已了解的情况',
    asked: '上次询问',
    none: '暂无',
    edit: '更正',
    save: '保存',
    cancel: '取消',
    correctRole: '更正咨询身份',
    saved: '已更正',
    corrections: '更正记录',
    correction: (who: string, label: string, from: string, to: string) => `${who}将“${label}”由“${from}”更正为“${to}”`,
    unknownValue: '未知',
  },
} as const;
