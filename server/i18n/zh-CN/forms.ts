/**
 * Forms staff fill in (issue 16, "forms"): the Chinese names of fields the server names in its
 * errors, date and reference checks, length counters, confirmations, catalogue editing, password
 * reset and the console's 404.
 */

/** Field names as staff read them, keyed by the request's field path (numeric segments dropped). */
const labels: Record<string, string> = {
  dueOn: '回访日期',
  nextDueOn: '下次回访日期',
  note: '备注',
  outcome: '回访结果',
  employmentStatus: '就业状态',
  goals: '援助目标',
  steps: '援助步骤',
  'steps.text': '步骤内容',
  'steps.dueOn': '步骤期限',
  'steps.owner': '步骤负责人',
  'steps.doneAt': '步骤完成日期',
  kind: '服务类型',
  deliveredOn: '服务日期',
  refId: '推荐的岗位或课程',
  title: '名称',
  employer: '用人单位',
  appliedOn: '申请日期',
  completedOn: '办结日期',
  benefit: '政策项目',
  username: '用户名',
  displayName: '姓名',
  role: '角色',
};

export const forms = {
  labels,
  date: {
    notPast: (today: string) => `不能早于今天（${today}）`,
    notFuture: (today: string) => `不能晚于今天（${today}）`,
    notAfter: (last: string) => `不能晚于 ${last}`,
    notBefore: (first: string) => `不能早于 ${first}`,
    beforeApplied: '不能早于申请日期',
    format: '请填写日期，格式为 年-月-日（例如 2026-12-31）',
  },
  ref: {
    vacancy: '找不到这个岗位，请从列表中选择',
    course: '找不到这个课程，请从列表中选择',
  },
  /** A text box's length as the person types: “1980/2000”. */
  count: (n: number, max: number) => `${n}/${max}`,
  countLabel: (max: number) => `已输入字数（最多${max}字）`,
  tooLong: (max: number) => `不能超过${max}个字`,
  /** Numbers with their units. */
  units: {
    daysOverdue: (n: number) => `已逾期 ${n} 天`,
    remaining: (n: number) => `还差 ${n} 次`,
    dueBy: (d: string) => `${d} 前`,
  },
  /** The ledger's employment statuses (server/ledger/profile.ts LEDGER_EMPLOYMENT_STATUSES). */
  employmentStatus: { unemployed: '未就业', employed: '已就业', flexible: '灵活就业', self_employed: '自主创业', in_training: '参加培训', unknown: '未知' } as Record<string, string>,
  /** Who viewed what, in words: the access log's fields. */
  identityFields: { name: '姓名', phone: '手机号码', idNumber: '身份证号码' } as Record<string, string>,
  picker: {
    label: '选择岗位或课程',
    options: '可选的岗位或课程',
    matches: '本人匹配结果',
    catalog: '岗位/课程库',
    search: '搜索岗位或课程名称',
    none: '没有找到，请换个关键词',
    chosen: (title: string) => `已选：${title}`,
    choose: '选择',
    change: '重新选择',
    required: '请先从列表中选择一个岗位或课程',
  },
  plan: {
    removeStep: '删除此步骤',
    removeStepLabel: (n: number) => `删除步骤 ${n}`,
    outcomeLabel: '回访结果',
    saveOutcome: '保存回访结果',
  },
  confirm: {
    ok: '确定',
    cancel: '取消',
    withdrawTitle: '下架确认',
    withdraw: (title: string) => `确定下架“${title}”吗？下架后求职者将看不到它，可随时恢复。`,
    disableTitle: '停用账号确认',
    disable: (name: string) => `确定停用账号“${name}”吗？该账号的所有登录会立即失效，可随时重新启用。`,
  },
  catalog: {
    add: { vacancies: '新增岗位', courses: '新增课程' },
    edit: '编辑',
    editTitle: { vacancies: '编辑岗位', courses: '编辑课程' },
    save: '保存',
    saved: '已保存',
    created: '已新增',
    template: '下载导入模板（CSV）',
    templateFile: (name: string) => `${name}导入模板.csv`,
    templateHelp: '模板第一行是导入时可识别的中文列名。',
    sourceManual: 'manual',
  },
  reset: {
    button: '重置密码',
    title: '重置密码确认',
    confirm: (name: string) => `确定为“${name}”重置密码吗？将生成一次性密码，该账号的所有登录立即失效，下次登录时必须修改密码。`,
    doneTitle: '一次性密码',
    done: (username: string) => `账号 ${username} 的一次性密码如下，只显示这一次，请当面或通过安全渠道告知本人：`,
    created: (username: string) => `账号 ${username} 已创建。一次性密码如下，只显示这一次，请当面或通过安全渠道告知本人：`,
    copy: '复制密码',
    copied: '已复制',
    close: '我已记下，关闭',
  },
  notFound: {
    title: '页面不存在',
    text: '您打开的地址没有对应的页面，可能是链接有误或页面已移动。',
    links: '您可以前往：',
    chat: '在线咨询首页',
    console: '工作台首页',
    queue: '待办队列',
    ledger: '实名制台账',
  },
  unknownFields: (keys: readonly string[]) => `不能识别的字段：${keys.join('、')}`,
  resetSelf: '不能重置自己的密码，请在“修改密码”页面修改。',
  login: {
    setupPending: '系统尚未完成初始设置，请联系系统管理员。',
  },
} as const;
