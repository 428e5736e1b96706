/** What the chat service itself says, outside composed answers. */
export const agent = {
  canned: {
    injection: '抱歉，我只能按照渝北区“一生一困”就业帮扶政策为您提供咨询，不能执行这类要求。您可以问我补贴政策、找工作、技能培训或就业服务活动。',
    outOfScopeCity: (city: string) =>
      `我是渝北区就业和人才中心的“一生一困”就业帮扶助手，只能解答渝北区的政策。${city}的政策请咨询当地人力社保部门（可拨打12333）。如果您在渝北求职或创业，我很乐意帮您。`,
    outOfScopeTask: '抱歉，这个问题超出了我的服务范围。我可以帮您了解渝北区“一生一困”就业补贴政策、推荐岗位和培训、查询就业服务活动，或为您转接人工。',
    distress:
      '听到您现在很难受，我很关心您的安全。我已经为您转接工作人员，会尽快联系您。如果您有伤害自己的想法或处于危险中，请立即拨打心理援助热线 12356，或报警电话 110、急救电话 120。您并不孤单，我们会陪您一起想办法。',
    personRequested: '好的，已为您转接人工服务。职业指导人员会尽快在这里回复您，请稍候；等待期间您也可以继续问我问题。',
    personRequestedOffDuty: '好的，已为您登记转人工。现在不是职业指导人员的服务时间，下方写明了下次服务时间和咨询热线，您也可以留下手机号码，上班后给您回电；这期间您也可以继续问我问题。',
    error: '抱歉，系统暂时出现问题，您的消息已保存。请稍后再试，或点击“找人工”由工作人员为您解答。',
    /** The database connection was lost mid-turn: the message is kept, marked unanswered, and can be sent again at once. */
    errorDatabase: '抱歉，系统刚才短暂中断，这条消息没有得到回答。请重新发送，或点击“找人工”由工作人员为您解答。',
    counsellorPaused: '您的消息已转给正在为您服务的职业指导人员。',
  },
  errors: {
    unauthorized: '会话凭证无效或已过期，请刷新页面重新开始对话',
    turnInProgress: '上一条消息还在处理中，请稍候再发送',
    rateLimited: '发送太频繁了，请稍后再试',
    textTooLong: (max: number) => `消息不能超过${max}个字`,
  },
  handoffReasons: {
    distress: '求职者情绪困扰，需要人工关怀',
    requested: '求职者要求人工服务',
    button: '求职者点击“找人工”',
    dispute: '劳动权益纠纷（欠薪、工伤、辞退补偿、劳动仲裁等），需要人工协助',
  },
} as const;
