/**
 * The seeker's wait for a person (issue 16): queue position, the expected wait from the queue's
 * history, the counsellors' duty hours and the call-back message left outside them.
 */
const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

export const wait = {
  /** What the status line says while the seeker waits. */
  position: (n: number) => `您前面还有 ${n - 1} 位，正在排队等待职业指导人员（第 ${n} 位）。`,
  first: '您排在第 1 位，职业指导人员空闲后会马上接入。',
  estimate: (minutes: number, samples: number) => `预计等待约 ${minutes} 分钟（依据最近 ${samples} 位同样排位求职者的中位等待时间）。`,
  noEstimate: '预计等待时间：暂无足够数据。',
  withCounsellor: (name: string) => `职业指导人员${name}正在为您服务。`,
  withCounsellorUnnamed: '职业指导人员正在为您服务。',
  handoffRestored: '您已申请人工服务。',
  ended: '本次人工服务已结束，智能助手将继续为您服务。',
  /** Outside the duty hours. */
  offDuty: {
    heading: '现在不是人工服务时间',
    body: '职业指导人员暂时不在线，您的转人工申请已保留。',
    next: (d: { month: number; day: number; weekday: number; hour: number; minute: number }, relative: string) =>
      `下一次人工服务时间：${relative}${d.month}月${d.day}日（${WEEKDAYS[d.weekday]}）${pad(d.hour)}:${pad(d.minute)} 起。`,
    today: '今天 ',
    tomorrow: '明天 ',
    noNext: '近期暂无人工服务安排。',
    hotline: (label: string) => `也可以拨打${label}：`,
    leaveMessage: '留言请回电',
  },
  callback: {
    heading: '留言请回电',
    intro: '留下手机号码和想咨询的问题，职业指导人员上班后会给您回电。',
    phone: '手机号码',
    message: '想咨询的问题（可选）',
    /** Field names in a server error. */
    messageLabel: '留言',
    consentLabel: '同意使用号码',
    messagePlaceholder: '例如：想了解创业担保贷款怎么申请',
    consent: '我同意职业指导人员使用这个号码回电联系我，号码只用于本次就业帮扶服务。',
    submit: '提交留言',
    submitting: '正在提交…',
    cancel: '取消',
    done: (maskedPhone: string) => `已收到您的留言，职业指导人员会回电 ${maskedPhone}。`,
    /** The case's reason in the counsellors' queue. */
    caseReason: (maskedPhone: string) => `留言请回电（${maskedPhone}）`,
    /** The note in the transcript the counsellor reads. */
    transcript: (maskedPhone: string, message: string) => (message ? `【留言请回电 ${maskedPhone}】${message}` : `【留言请回电 ${maskedPhone}】`),
    validation: {
      message: (n: number) => `留言不能超过${n}个字`,
      consent: '需要您同意我们使用这个号码回电',
    },
  },
  identityLabels: { name: '姓名', phone: '手机号码' },
  staff: {
    heading: '留言回电',
    phone: '回电号码',
    reveal: '查看完整号码',
    handled: '标记已回电',
    handledAt: '已回电',
    noOpen: '这个个案没有待回电的留言',
  },
};
