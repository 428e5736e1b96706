/**
 * The plan's own wording of conditions that several rules quote (“满足“有劳动能力””). A condition
 * only one benefit quotes is worded in that benefit's module (server/rules/benefits/<code>.ts).
 * Kept apart from ./rules.ts, which builds the reasons around them.
 */
/** The plan's wording, quoted by reasons (渝北人社发〔2022〕38号). */
export const quotes = {
  ableToWork: '有劳动能力',
  graduate: '高校毕业生',
  trainingTarget: '“一生一困”重点对象',
} as const;
