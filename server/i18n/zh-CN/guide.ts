/**
 * How-to-apply text around the guide's data (each benefit's `guide` in its module, and
 * server/policy/guide.yml for the services): the services' names, who applies, what is said where
 * nothing is known, the sources' names, and the lines every guide is shown with
 * (以区就业和人才中心审核为准, and the offer of a person).
 */
const centre = '区就业和人才中心';
const planTitle = '《“一生一困”就业帮扶工作实施方案》（渝北人社发〔2022〕38号）';

export const guide = {
  centre,
  /** Services that are not benefit codes. */
  serviceNames: {
    jobs: '岗位推荐',
    training: '培训报名',
    guidance: '职业指导',
    events: '活动报名',
  },
  sides: {
    person: '由本人申请、本人享受',
    employer: '由用人单位（或就业载体）申请，补贴发给单位',
    service: '本人报名或咨询即可',
  },
  /** Where nothing more is known. */
  defaults: {
    where: centre,
    bring: `请向${centre}咨询，工作人员会告诉您需要哪些材料`,
    time: `以${centre}审核为准`,
  },
  /** The seed as a source: the plan and its clause. */
  seedSource: (clauseId: string) => `${planTitle}【${clauseId}】`,
  /** Named municipal sources of the data file (`source: <key>`); any other value is shown as written. */
  sources: {
    servicePackage2023: '重庆市人力社保局“稳岗扩就业政策服务包”（2023）',
    servicePackage2023And2024: '重庆市人力社保局“稳岗扩就业政策服务包”（2023）；2024年政策问答',
  } as Record<string, string>,
  municipalMark: '市级规定',
  seedMark: '方案原文',
  confirm: `以上办理指引仅供参考，以${centre}审核为准。`,
  offer: '如需工作人员一对一帮您办理，可以随时告诉我，我为您转接人工服务。',
  noSelection: '请说明想了解哪一项补贴或服务的办理方式（benefitCodes 或 service）。',
  /** One guide as text. */
  text: {
    title: (name: string) => `【${name}】办理指引`,
    side: (side: string) => `申请人：${side}`,
    where: (where: string) => `在哪里办：${where}`,
    bringText: (text: string) => `需要携带：${text}`,
    time: (time: string) => `办理时限：${time}`,
    rule: (sentence: string, clauseId: string) => `政策依据：“${sentence}”【${clauseId}】`,
    note: (text: string) => `说明：${text}`,
    sourced: (text: string, source: string, municipal: boolean) =>
      municipal ? `${text}（市级规定，来源：${source}；以${centre}审核为准）` : text,
  },
} as const;
