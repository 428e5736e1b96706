/**
 * The case page as a working day's workspace (issue 16): who said what in the transcript as staff
 * read it, the side panel's tabs, the seeker's earlier conversations, adding a fact that was not
 * known yet, and closing a case with an outcome chosen and confirmed.
 */
export const caseWorkspace = {
  /** Who said a line, as staff read the transcript (the seeker page says 我 for the seeker). */
  roles: { seeker: '求职者', assistant: '智能助手', counsellor: '职业指导人员', system: '系统消息' },
  /** The counsellor's own lines, beside their name. */
  counsellorLine: (name: string | null | undefined, mine: boolean) => `职业指导人员${name ? ' · ' + name : ''}${mine ? '（我）' : ''}`,
  newLines: '有新消息，回到最新',
  tabsLabel: '个案资料',
  tabs: {
    facts: '求职者情况',
    eligibility: '资格核对',
    matches: '推荐',
    notes: '备注',
    plan: '计划和回访',
    history: '往来记录',
    reassign: '转交',
    assign: '指派',
  },
  history: {
    title: '此前的对话',
    none: '没有其他对话',
    started: '开始于',
    lastActive: '最后活动',
    messages: (n: number) => `${n}条消息`,
    noCase: '未转人工',
    read: '查看对话',
    hide: '收起',
    loading: '正在加载对话…',
    cleared: '该对话内容已按保存期限清除',
    caseEvents: '本个案的处理记录',
    conversationStatus: { bot: '智能助手服务中', queued: '等待人工', counsellor: '人工服务中' } as Record<string, string>,
  },
  addFact: {
    title: '补充情况',
    field: '补充哪一项',
    value: '内容',
    choose: '请选择',
    submit: '补充',
    none: '各项情况均已了解',
  },
  resolve: {
    title: '结案',
    open: '结案…',
    outcome: '结案结果（必选）',
    note: '结案说明（可选）',
    next: '下一步：确认',
    confirm: (outcome: string) => `确认以“${outcome}”结案？结案后该个案关闭，结果记入实名制台账。`,
    confirmButton: '确认结案',
    back: '返回修改',
    cancel: '取消',
    pickOne: '请选择结案结果',
    done: (outcome: string) => `已结案：${outcome}`,
  },
} as const;
