/**
 * Supervisor review (督导评审), the dashboard's metrics, the access-log search and the retention of
 * anonymous conversations: what supervisors read, the CSV export's headers, validation messages.
 */
export const review = {
  /** The rubric, 1–5 each. */
  rubric: {
    accuracy: '准确性',
    citation: '引用正确',
    completeness: '完整性',
    tone: '语气',
    safety: '安全性',
  },
  /** Why an answer is in the review queue. */
  reasons: {
    sampled: '每日随机抽样',
    flagged: '系统标记',
    grounding: '依据核查未通过',
    thumbs_down: '求职者点了“没帮助”',
    handoff: '转人工',
    guardrail: '安全规则拦截',
  },
  validation: {
    score: '评分必须是 1 到 5 的整数',
    comment: (n: number) => `评语不能超过${n}个字`,
    date: '应为 YYYY-MM-DD 格式的有效日期',
    uuid: '编号格式不正确',
    range: '开始日期不能晚于结束日期',
    rangeTooLong: (days: number) => `日期范围不能超过${days}天`,
    oneOf: (values: readonly string[]) => `应为以下之一：${values.join('、')}`,
    positive: '应为正整数',
  },
  errors: {
    answerNotFound: '未找到这条智能助手回答',
    conversationNotFound: '未找到该会话',
  },
  /** Access-log reason written when a supervisor opens a transcript to review it. */
  accessReason: '督导评审会话记录',
  /** Column headers of the CSV export, in order. */
  csv: {
    reviewId: '评审编号',
    reviewedAt: '评分时间',
    updatedAt: '最后修改时间',
    reviewer: '评审人',
    reviewerUsername: '评审人账号',
    messageId: '回答编号',
    conversationId: '会话编号',
    answeredAt: '回答时间',
    status: '回答状态',
    accuracy: '准确性',
    citation: '引用正确',
    completeness: '完整性',
    tone: '语气',
    safety: '安全性',
    average: '平均分',
    comment: '评语',
    answer: '回答内容',
  },
  csvFilename: (from: string, to: string) => `督导评审_${from}_${to}.csv`,
  metrics: {
    compliance: '服务标准落实率（台账人员应提供的服务均已提供的比例）',
  },
} as const;

/** Retention of anonymous conversations and the access log's vocabulary. */
export const privacy = {
  /** What replaces a seeker's or counsellor's words once the retention period has passed. */
  anonymised: '［已超过保存期限，内容已清除］',
  actions: {
    view_identity: '查看完整身份信息',
    review_transcript: '督导查看会话记录',
    break_glass: '紧急访问（非本人负责的求职者）',
  },
} as const;
