/**
 * The responsibility model's words (server/auth/ownership.ts): why a counsellor is refused a case,
 * a seeker's record or their identity, and the break-glass access that may be asked for instead.
 */
const BREAK_GLASS_MIN = 10;
const breakGlassHint = `确有必要时，可在请求中填写紧急访问理由（至少${BREAK_GLASS_MIN}个字），该访问会记入访问日志并由督导审阅`;

export const access = {
  minReason: BREAK_GLASS_MIN,
  refusals: {
    /** A case the counsellor neither holds, held nor serves the seeker of, and which is not waiting. */
    case: '您没有接待过这条转人工记录，也不负责该求职者，不能查看或办理',
    /** A waiting case: its transcript may be read to decide, anything more needs claiming it first. */
    waiting: '这条转人工记录还在等待队列中：请先认领，再查看备注或办理',
    seeker: '该求职者不由您负责，您也没有接待过其转人工记录，不能查看或修改其台账',
    identity: `只能查看自己负责的求职者的完整身份信息；${breakGlassHint}`,
    conversation: `该对话的求职者不由您负责，不能为其新建转人工记录；${breakGlassHint}`,
    linkInto: `合并的目标台账记录不由您负责；${breakGlassHint}`,
    linkFrom: '合并会删除这条台账记录，而它不由您负责（属于其他职业指导员），不能删除；请联系督导处理',
    linkFromUnowned: '合并会删除这条台账记录，而它不由您负责，也不是您负责的记录的重复（手机号不一致），不能删除；请联系督导处理',
    overseers: '只有督导和管理员可以执行此操作',
  },
  validation: {
    reason: (n: number) => `请填写紧急访问理由（${n}到500个字）`,
    notThisSeeker: '该编号不属于这位求职者的台账记录',
  },
  /** The case page of a waiting case seen before claiming it. */
  preview: '这条转人工记录还在等待队列中：认领后可查看私密备注、援助计划和回访。',
  /** The access log page. */
  breakGlass: {
    label: '紧急访问',
    only: '只看紧急访问',
    intro: '紧急访问：职业指导员查看或处理了不由其负责的求职者（新建转人工记录、查看完整身份信息、合并台账记录），须填写理由，请督导逐条审阅。',
  },
} as const;
