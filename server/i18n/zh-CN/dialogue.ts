/**
 * What the dialogue manager says in its own words (server/dialogue): small talk, the questions a
 * counsellor would ask for each missing fact, and the joints of an answer. Figures never live here:
 * they come from the rules, the tools and the clause text.
 */

/** One question per fact, as a counsellor would put it; `{n}` is the number of hires it concerns. */
const personQuestions: Record<string, string> = {
  birthDate: '您今年多大年龄（或出生年月）？',
  age: '您今年多大年龄？',
  gender: '您是男士还是女士？',
  hukou: '您的户口在重庆吗？',
  education: '您的最高学历是什么？',
  graduationDate: '您是哪一年毕业的？',
  isCollegeGraduate: '您是大专及以上的高校毕业生吗？',
  schoolInChongqing: '您是在重庆读的大学吗？',
  registeredUnemployed: '您办过失业登记吗？',
  employmentStatus: '您现在有工作吗？',
  payingSocialInsurance: '您现在自己在交社保吗？',
  ableToWork: '您身体能正常工作吗？',
  wantsJob: '您现在想找工作吗？',
  dibaoFamily: '您家里是低保家庭吗？',
  receivingDibao: '家里现在还在领低保吗？',
  dibaoReductionPerMonth: '上班后家里的低保每月核减了多少？',
  zeroEmploymentFamily: '您家里是零就业家庭吗（家里劳动年龄的人都没有工作）？',
  povertyAlleviated: '您是脱贫户（建档立卡）吗？',
  disabled: '您有残疾证吗？',
  fromEliminatedCapacityEnterprise: '您之前是在淘汰落后产能（去产能）的企业上班吗？',
  poorFamilyGraduate: '您家里是低保、零就业、脱贫或残疾人家庭吗？',
  veteran: '您是退役军人吗？',
  recognisedDifficultyPerson: '您是否已被认定为就业困难人员？',
  originalRetirementAge: '您是按工人还是干部身份退休（女工人50岁、女干部55岁）？',
  wantsTraining: '您想参加技能培训吗？',
  attendedVocationalTraining: '您参加过职业技能培训吗？',
  passedFirstSkillAppraisal: '您通过职业技能鉴定了吗？',
  certificate: '您拿到的是什么证书（职业资格证书、专项能力证书还是技能等级证书）？',
  wantsStartup: '您有创业的打算吗？',
  hasBusiness: '您已经办了营业执照（公司或个体户）吗？',
  'business.form': '您办的是个体户、合伙企业还是小微企业？',
  'business.registeredInChongqing': '营业执照是在重庆办的吗？',
  'business.firstBusiness': '这是您第一次创业吗？',
  'business.startedOn': '店（公司）是什么时候开起来的？',
  'business.employees': '除您自己外，店里（公司）请了几个人？',
  'business.payingSocialInsurance': '有没有给员工交社保？',
};

const hireQuestions: Record<string, string> = {
  hiredOn: '{who}是哪天入职（签劳动合同）的？',
  socialInsuranceMonths: '{who}的社保已经连续交了几个月？',
  stillPaying: '{who}的社保现在还在交吗？',
  'person.hukou': '{who}是重庆户口吗？',
  'person.registeredUnemployed': '{who}招进来之前办过失业登记吗？',
  'person.isCollegeGraduate': '{who}是高校毕业生吗？',
  'person.graduationDate': '{who}是哪一年毕业的？',
  'person.birthDate': '{who}多大年龄？',
  'person.gender': '{who}是男是女？',
  'person.dibaoFamily': '{who}是低保家庭成员吗？',
  'person.zeroEmploymentFamily': '{who}是零就业家庭成员吗？',
  'person.povertyAlleviated': '{who}是脱贫人口吗？',
  'person.disabled': '{who}是残疾人吗？',
  'person.fromEliminatedCapacityEnterprise': '{who}是去产能企业分流的职工吗？',
};

const employerQuestions: Record<string, string> = {
  size: '贵单位是中小微企业还是大型企业？',
  hires: '您招了几个人，都是什么情况（比如应届毕业生、低保家庭成员、残疾人）？',
  certifiedEmploymentBase: '贵单位已经被认定为就业基地了吗？',
  assistanceWorkshop: '贵单位是就业帮扶车间吗？',
  demoStreet: '贵单位参加了创业就业示范街（山村）建设吗？',
  internshipBase: '贵单位是就业见习基地吗？',
  internships: '接收了几名见习人员，见习了几个月？',
  incubatorCertified: '贵基地已被认定为市级创业孵化基地（园区）了吗？',
};

/** The groups of the plan, as a question names them (脱贫人口有啥子帮扶). */
const groupNames: Record<string, string> = {
  povertyAlleviated: '脱贫人口',
  dibaoFamily: '低保家庭成员',
  zeroEmploymentFamily: '零就业家庭成员',
  disabled: '残疾人',
  isCollegeGraduate: '高校毕业生',
  registeredUnemployed: '登记失业人员',
  fromEliminatedCapacityEnterprise: '去产能企业分流职工',
  poorFamilyGraduate: '困难家庭高校毕业生',
};

export const dialogue = {
  groupNames,
  smalltalk: {
    greet: '您好！我是渝北区“一生一困”就业帮扶助手，可以帮您查补贴政策、找工作、找培训和招聘活动。请问有什么可以帮您？',
    thanks: '不客气！还有其他想了解的，随时问我。',
    goodbye: '好的，祝您顺利！有需要随时再来问我。',
    bot_identity: '我是渝北区就业和人才中心的“一生一困”智能助手（不是真人），能解答补贴政策、推荐岗位和培训；需要真人可点“找人工”。',
    deny: '好的。还有其他想了解的，随时问我。',
    affirm: '好的。请问您还想了解哪方面？比如补贴政策、找工作或者技能培训。',
    unknown: '不好意思，我没太明白您的意思。您可以问我补贴政策（如创业贷款、吸纳就业补贴）、找工作、找培训或招聘活动。',
  },
  questions: {
    person: personQuestions,
    hire: hireQuestions,
    employer: employerQuestions,
    /** A fact without its own question: its label, asked plainly. */
    fallback: (label: string) => `请问您的${label}？`,
    whoHire: (n: number, total: number) => (total <= 1 ? '这位员工' : n === total ? `这${total}位员工` : `第${n}位员工`),
    /** Some of the hires, named by the group they were described by: 残疾的那位员工. */
    whoHireOfGroup: (group: string, n: number) => (n === 1 ? `${group}那位员工` : `${group}那${n}位员工`),
    hireGroup: {
      dibaoFamily: '低保家庭的',
      zeroEmploymentFamily: '零就业家庭的',
      povertyAlleviated: '脱贫的',
      disabled: '残疾的',
      isCollegeGraduate: '毕业生',
      registeredUnemployed: '登记失业的',
    } as Record<string, string>,
    intro: '为了帮您确认，想问一下：',
    /** To someone who said they graduated: which degree (a 中专 graduate is not a 高校毕业生). */
    degree: '您的学历是大专、本科还是研究生？',
  },
  joints: {
    /** Before a benefit the facts already settle. */
    youQualify: (name: string) => `按您说的情况，可以申请${name}`,
    youQualifyEmployer: (name: string) => `按您说的情况，贵单位可以申请${name}`,
    notYet: (name: string, why: string) => `${name}暂不符合：${why}`,
    openWith: (name: string) => `${name}还要确认几项情况`,
    mayAlso: '可能还符合：',
    askToCheck: '想确认自己能不能申请，可以告诉我您的情况。',
    dependsOnYou: '能享受哪些政策要看您的情况，想先问一下：',
    checkedBy: '以区就业和人才中心审核为准。',
    person: '需要的话可以点“找人工”，由职业指导员一对一帮您办。',
    howTo: '怎么申请：',
    guideHeading: { where: '在哪里办：', materials: '要带什么：', duration: '多久能办好：' } as Record<string, string>,
    where: (where: string) => `到${where}办理`,
    bring: (bring: string) => `带上${bring}`,
    municipal: (source: string) => `（重庆市规定，${source}）`,
    ruleIntro: '按政策，',
    /** Before the list of what a group can have. */
    groupCan: (group: string) => `${group}可以享受的扶持主要有：`,
    groupHired: (group: string) => `企业招用${group}，可以申请：`,
    groupDepends: '具体能享受哪些，要看个人情况，以区就业和人才中心审核为准；想确认自己的情况，可以告诉我。',
  },
  handoff: {
    dispute: '您遇到的是劳动权益纠纷（如欠薪、工伤、辞退补偿、劳动仲裁），需要专人帮您处理，已为您转接人工，工作人员会尽快在这里回复您。也可以拨打人社服务热线12333，或向区劳动保障监察部门反映。',
  },
  search: {
    jobsFound: (n: number, what: string) => `为您找到${n}个${what}岗位，最匹配的在前：`,
    jobsWhat: (subject?: string, place?: string) => `${place ? `${place}附近` : ''}${subject ? `${subject}相关的` : '适合您的'}`,
    coursesFound: (n: number, what: string) => `为您找到${n}个${what}培训课程：`,
    coursesWhat: (subject?: string) => (subject ? `${subject}相关的` : '适合您的'),
    shortfall: (found: number, kind: string) => `目前只找到${found}个合适的${kind}（服务标准是至少推荐3个）。`,
    alternatives: '相近的还有：',
    moreHelp: '需要更多岗位，可以点“找人工”，由职业指导员为您一对一推荐。',
    recruitIntro: '招聘渠道：',
    eventsIn: (label: string, n: number) => `${label}的就业服务活动有${n}项：`,
    eventsNone: (label: string) => `${label}暂时没有查到专门安排的就业服务活动。`,
    yearRound: (names: string) => `全年都在开展的还有：${names}。`,
    calendarNote: (year: number) => `（日期按${year}年度活动安排，具体以当年通知为准）`,
  },
} as const;
