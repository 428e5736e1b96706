/**
 * Grounding cases as data: an answer as a model would phrase it, the evidence its turn had (tool
 * outputs from the rules engine, clause texts from the seed), and what the check must say. Written
 * from the plan's text before the checker was tuned; each is a test (grounding-cases.test.ts).
 *
 * `figures` are the ungrounded figures as written in the answer; `claims` the unsupported
 * eligibility claims as `cue:benefit codes` (`*` when bound to no benefit).
 */
import { eligibility, employers, people, search, type ToolRun } from './grounding-evidence.ts';

export interface GroundingCase {
  id: string;
  answer: string;
  tools?: ToolRun[];
  /** Clause paths retrieved for the turn besides what the tools returned. */
  retrieved?: string[];
  /** Evidence texts without ids (the old API's `evidence: string[]`). */
  texts?: string[];
  /** The previous assistant turn: its tool outputs and cited clause ids. */
  previous?: { tools?: ToolRun[]; citations?: string[] };
  ok: boolean;
  figures?: string[];
  claims?: string[];
  unknownCitations?: string[];
}

const loanClause = search('2.2.2');
const jobSearchClause = search('2.5.3');

export const GROUNDING_CASES: GroundingCase[] = [
  // ── money: 万 / 千 / Chinese numerals / 块 / separators / full-width ─────────────────────────
  { id: 'wan-right', answer: '创业担保贷款个人最高可贷30万元【yb2022-38:2.2.2】。', tools: [loanClause], ok: true },
  { id: 'chinese-yiwan-wrong', answer: '离校求职创业补贴的标准是一万元【yb2022-38:2.5.3】。', tools: [jobSearchClause], ok: false, figures: ['一万元'] },
  {
    id: '1wan-vs-10000-right',
    answer: '贵单位招用的5名应届高校毕业生，一次性吸纳就业补贴合计1万元【yb2022-38:2.1.1】。',
    tools: [eligibility({}, ['employer_hiring_subsidy_graduates_sme'], employers.fiveGraduates)],
    ok: true,
  },
  { id: '1wan-vs-separator-right', answer: '这门课程的培训费是1万元。', texts: ['{"fee":"10,000元","title":"电工（中级）职业技能培训"}'], ok: true },
  { id: '1.5wan-wrong', answer: '创业担保贷款个人最高1.5万元【yb2022-38:2.2.2】。', tools: [loanClause], ok: false, figures: ['1.5万元'] },
  { id: 'wuqian-wrong', answer: '一次性创业补助为5千元【yb2022-38:2.2.2】。', tools: [loanClause], ok: false, figures: ['5千元'] },
  { id: 'baqian-right', answer: '一次性创业补助为8千元/户【yb2022-38:2.2.2】。', tools: [loanClause], ok: true },
  { id: 'shiwan-sanqian-wrong', answer: '创业担保贷款个人最高十万元，一次性创业补助三千块【yb2022-38:2.2.2】。', tools: [loanClause], ok: false, figures: ['十万元', '三千块'] },
  { id: 'sanshiwan-baqian-right', answer: '创业担保贷款个人最高三十万元，一次性创业补助八千块钱【yb2022-38:2.2.2】。', tools: [loanClause], ok: true },
  { id: 'liangqianwu-wrong', answer: '就业见习补贴每人每月两千五【yb2022-38:2.3.4】。', tools: [search('2.3.4')], ok: false, figures: ['两千五'] },
  { id: 'yiqianwubai-right', answer: '见习留用率达到50%以上的，补贴标准提高到每人每月一千五百元【yb2022-38:2.3.4】。', tools: [search('2.3.4')], ok: true },
  { id: 'fullwidth-right', answer: '一次性创业补助为８０００元/户【yb2022-38:2.2.2】。', tools: [loanClause], ok: true },
  { id: 'fullwidth-wrong', answer: '个人最高可贷５０万元【yb2022-38:2.2.2】。', tools: [loanClause], ok: false, figures: ['５０万元'] },
  { id: 'separator-right', answer: '小微企业最高可贷3,000,000元【yb2022-38:2.2.2】。', tools: [loanClause], ok: true },
  { id: 'rate-said-as-a-month', answer: '就业见习补贴一个月1300元【yb2022-38:2.3.4】。', tools: [search('2.3.4')], ok: true },
  { id: 'yuan-sign', answer: '离校求职创业补贴￥500/人【yb2022-38:2.5.3】。', tools: [jobSearchClause], ok: true },
  { id: 'yuan-sign-wrong', answer: '离校求职创业补贴￥800/人【yb2022-38:2.5.3】。', tools: [jobSearchClause], ok: false, figures: ['800'] },
  { id: 'unitless-wrong-value', answer: '一次性创业补助是3000，按户发放【yb2022-38:2.2.2】。', tools: [loanClause], ok: false, figures: ['3000'] },
  { id: 'unitless-right-value', answer: '一次性创业补助是8000，按户发放【yb2022-38:2.2.2】。', tools: [loanClause], ok: false, figures: ['8000'] },
  { id: 'quoted-4050-not-money', answer: '招用“4050”人员的企业，按规定给予6000元/人的一次性吸纳就业补贴【yb2022-38:2.1.1】。', tools: [search('2.1.1')], ok: true },
  { id: 'count-not-money', answer: '登记后会为您提供1次职业指导，推荐至少3个就业岗位【yb2022-38:2.4.1】。', tools: [search('2.4.1')], ok: true },
  { id: 'range-right', answer: '经认定的市级创业孵化基地，连续3年每年给予10—30万元绩效奖补【yb2022-38:2.2.3】。', tools: [search('2.2.3')], ok: true },
  { id: 'range-wrong', answer: '市级创业孵化基地每年10—50万元绩效奖补【yb2022-38:2.2.3】。', tools: [search('2.2.3')], ok: false, figures: ['50万元'] },

  // ── shares: % / 百分之 / 成 ───────────────────────────────────────────────────────────────────
  { id: 'percent-wrong', answer: '见习留用就业率达到80%以上的，补贴标准提高到1500元/人/月【yb2022-38:2.3.4】。', tools: [search('2.3.4')], ok: false, figures: ['80%'] },
  { id: 'baifenzhi-wrong', answer: '见习留用就业率达到百分之八十以上的，补贴标准提高到1500元/人/月【yb2022-38:2.3.4】。', tools: [search('2.3.4')], ok: false, figures: ['百分之八十'] },
  { id: 'baifenzhi-right', answer: '见习留用就业率达到百分之五十以上的，补贴提高到每人每月1500元【yb2022-38:2.3.4】。', tools: [search('2.3.4')], ok: true },
  { id: 'cheng-wrong', answer: '灵活就业社会保险补贴按缴费额的八成补贴【yb2022-38:2.5.3】。', tools: [jobSearchClause], ok: false, figures: ['八成'] },
  { id: 'cheng-right', answer: '见习留用率五成以上的见习基地，补贴标准提高到1500元/人/月【yb2022-38:2.3.4】。', tools: [search('2.3.4')], ok: true },

  // ── periods: 个月 / 年 / 半年 / 工作日 / 天 / 岁 ────────────────────────────────────────────────
  { id: 'months-chinese-right', answer: '帮扶车间吸纳困难人员稳定就业三个月以上的，按每人500元/月给予奖补【yb2022-38:2.1.2】。', tools: [search('2.1.2')], ok: true },
  { id: 'months-wrong', answer: '就业帮扶车间吸纳困难人员稳定就业6个月以上的，按每人500元/月给予奖补【yb2022-38:2.1.2】。', tools: [search('2.1.2')], ok: false, figures: ['6个月'] },
  { id: 'year-as-months-right', answer: '低保就业补贴最长发放12个月【yb2022-38:2.5.3】。', tools: [jobSearchClause], ok: true },
  { id: 'years-wrong', answer: '低保就业补贴最长两年【yb2022-38:2.5.3】。', tools: [jobSearchClause], ok: false, figures: ['两年'] },
  { id: 'half-year-as-months-right', answer: '中小微企业招用应届高校毕业生，连续缴纳6个月社保的，按规定给予2000元/人的一次性吸纳就业补贴【yb2022-38:2.1.1】。', tools: [search('2.1.1')], ok: true },
  { id: 'workdays-right', answer: '公共就业服务机构在7个工作日内办结失业登记【yb2022-38:2.4.1】。', tools: [search('2.4.1')], ok: true },
  { id: 'workdays-wrong', answer: '失业登记在15个工作日内办结【yb2022-38:2.4.1】。', tools: [search('2.4.1')], ok: false, figures: ['15个工作日'] },
  { id: 'days-are-not-workdays', answer: '失业登记7天内办结【yb2022-38:2.4.1】。', tools: [search('2.4.1')], ok: false, figures: ['7天'] },
  { id: 'age-right', answer: '16—24岁的失业青年也可以参加就业见习。', tools: [eligibility(people.graduate, ['internship_post'])], ok: true },
  { id: 'age-wrong', answer: '就业见习面向16—35周岁的失业青年。', tools: [eligibility(people.graduate, ['internship_post'])], ok: false, figures: ['35周岁'] },
  { id: 'dates-are-not-figures', answer: '2026年6月30日毕业的同学，请在2026-07-01以后到街道办理。', tools: [search('2.4.1')], ok: true },

  // ── binding: a figure is checked against what it is said about ───────────────────────────────
  { id: 'bound-to-other-benefit', answer: '离校求职创业补贴为8000元/户【yb2022-38:2.2.2】【yb2022-38:2.5.3】。', tools: [search('2.2.2', '2.5.3')], ok: false, figures: ['8000元/户'] },
  { id: 'two-benefits-right', answer: '创业担保贷款个人最高30万元，一次性创业补助8000元/户【yb2022-38:2.2.2】。', tools: [loanClause], ok: true },
  { id: 'two-benefits-swapped', answer: '创业担保贷款个人最高8000元，一次性创业补助30万元【yb2022-38:2.2.2】。', tools: [loanClause], ok: false, figures: ['8000元', '30万元'] },
  { id: 'bound-to-cited-clause', answer: '按这一条，补贴标准为6000元/人【yb2022-38:2.5.3】。', tools: [search('2.5.3', '2.1.1')], ok: false, figures: ['6000元/人'] },
  { id: 'bound-to-cited-clause-right', answer: '按规定给予500元/人【yb2022-38:2.5.3】。', tools: [jobSearchClause], ok: true },
  { id: 'unbound-falls-back-to-pool', answer: '标准为1300元/人/月。', tools: [search('2.3.4')], ok: true },
  { id: 'unbound-not-in-pool', answer: '标准为1800元/人/月。', tools: [search('2.3.4')], ok: false, figures: ['1800元/人/月'] },
  {
    id: 'structured-amount-right',
    answer: '按您说的情况，贵单位可以申请一次性吸纳就业补贴（中小微企业招用应届高校毕业生），合计4000元【yb2022-38:2.1.1】。',
    tools: [eligibility({}, ['employer_hiring_subsidy_graduates_sme'], employers.twoGraduates)],
    ok: true,
  },
  {
    // Not 6000元: the engine's result for these hires says “如该人员经审核符合6000元/人的补贴…”.
    id: 'structured-amount-not-the-total',
    answer: '按您说的情况，贵单位可以申请中小微企业招用应届高校毕业生的一次性吸纳就业补贴，合计5000元【yb2022-38:2.1.1】。',
    tools: [eligibility({}, ['employer_hiring_subsidy_graduates_sme'], employers.twoGraduates)],
    ok: false,
    figures: ['5000元'],
  },

  // ── eligibility claims ────────────────────────────────────────────────────────────────────────
  {
    id: 'finding-2-graduate-without-business',
    answer: '您完全符合条件，可以领取8000元【yb2022-38:2.2.2】。',
    tools: [eligibility(people.graduateNoBusiness)],
    ok: false,
    claims: ['符合条件:startup_one_off_grant', '可以领取:startup_one_off_grant'],
  },
  {
    id: 'claim-yes-while-unknown',
    answer: '您符合一次性创业补助的条件，可以领取8000元/户【yb2022-38:2.2.2】。',
    tools: [eligibility(people.graduate)],
    ok: false,
    claims: ['符合:startup_one_off_grant', '可以领取:startup_one_off_grant'],
  },
  { id: 'claim-yes-eligible', answer: '您符合离校求职创业补贴的条件，可以领取500元/人【yb2022-38:2.5.3】。', tools: [eligibility(people.poorGraduate)], ok: true },
  { id: 'claim-yes-ineligible', answer: '您可以申请创业担保贷款，个人最高30万元【yb2022-38:2.2.2】。', tools: [eligibility(people.graduateNoBusiness)], ok: false, claims: ['可以申请:startup_guaranteed_loan'] },
  { id: 'claim-no-ineligible', answer: '您目前还没有创办企业，暂不符合一次性创业补助的条件【yb2022-38:2.2.2】。', tools: [eligibility(people.graduateNoBusiness)], ok: true },
  { id: 'claim-no-while-unknown', answer: '您不符合离校求职创业补贴的条件。', tools: [eligibility(people.graduate)], ok: false, claims: ['不符合:job_search_startup_subsidy'] },
  { id: 'claim-no-while-eligible', answer: '您不能领离校求职创业补贴。', tools: [eligibility(people.poorGraduate)], ok: false, claims: ['不能领:job_search_startup_subsidy'] },
  { id: 'claim-general-rule-no-check', answer: '符合创业担保贷款条件的人员可以申请个人最高30万元的贷款【yb2022-38:2.2.2】。', tools: [loanClause], ok: true },
  { id: 'claim-conditional-de-no-check', answer: '困难家庭高校毕业生离校后未就业的，可以领取500元/人的离校求职创业补贴【yb2022-38:2.5.3】。', tools: [jobSearchClause], ok: true },
  { id: 'claim-conditional-if-no-check', answer: '如果您来自低保家庭且离校后未就业，可以申请离校求职创业补贴【yb2022-38:2.5.3】。', tools: [jobSearchClause], ok: true },
  { id: 'claim-personal-no-check', answer: '您可以领取离校求职创业补贴500元【yb2022-38:2.5.3】。', tools: [jobSearchClause], ok: false, claims: ['可以领取:job_search_startup_subsidy'] },
  { id: 'question-is-not-a-claim', answer: '想确认您能不能申请离校求职创业补贴，请告诉我您的家庭情况。', tools: [jobSearchClause], ok: true },
  { id: 'hedged-while-unknown', answer: '您可能还符合离校求职创业补贴的条件，需要先确认是否来自困难家庭【yb2022-38:2.5.3】。', tools: [eligibility(people.graduate)], ok: true },
  {
    id: 'two-claims-one-wrong',
    answer: '您可以领取离校求职创业补贴500元/人【yb2022-38:2.5.3】，还可以申请一次性创业补助8000元/户【yb2022-38:2.2.2】。',
    tools: [eligibility(people.poorGraduate)],
    ok: false,
    claims: ['可以申请:startup_one_off_grant'],
  },
  {
    id: 'composed-list-right',
    answer: '按您说的情况，可以享受：\n· 就业见习岗位【yb2022-38:2.3.4】\n· 离校求职创业补贴：500元/人【yb2022-38:2.5.3】\n可能还符合：\n· 一次性创业补助：8000元/户【yb2022-38:2.2.2】\n以区就业和人才中心审核为准。',
    tools: [eligibility(people.poorGraduate)],
    ok: true,
  },
  { id: 'class-subject-with-adverb', answer: '离校未就业的高校毕业生都可以申请就业见习岗位【yb2022-38:2.3.4】。', tools: [search('2.3.4')], ok: true },
  { id: 'no-without-the-usual-cue', answer: '很遗憾，您暂时没办法申请创业担保贷款，需要先创办企业并办理注册登记【yb2022-38:2.2.2】。', tools: [eligibility(people.graduateNoBusiness)], ok: true },
  { id: 'yes-in-other-words-while-unknown', answer: '您能够申请一次性创业补助。', tools: [eligibility(people.graduate)], ok: false, claims: ['能够申请:startup_one_off_grant'] },
  { id: 'no-in-other-words-while-eligible', answer: '您不具备离校求职创业补贴的申请资格。', tools: [eligibility(people.poorGraduate)], ok: false, claims: ['不具备:job_search_startup_subsidy'] },
  { id: 'asked-back-is-not-a-claim', answer: '这笔补贴您能领到吗？要看是否来自困难家庭。', ok: true },
  { id: 'suits-you-is-not-a-verdict', answer: '这些岗位都符合您说的条件，离家也近。', ok: true },
  { id: 'general-class-named-before', answer: '困难家庭的高校毕业生离校后未就业，可申请500元/人的离校求职创业补贴【yb2022-38:2.5.3】。', tools: [jobSearchClause], ok: true },
  { id: 'yes-with-figure-no-check', answer: '您完全符合条件，可以领取8000元【yb2022-38:2.2.2】。', tools: [loanClause], ok: false, claims: ['符合条件:startup_one_off_grant', '可以领取:startup_one_off_grant'] },
  { id: 'unbound-yes-nothing-eligible', answer: '您完全符合条件。', tools: [eligibility(people.graduate, ['startup_one_off_grant'])], ok: false, claims: ['符合条件:*'] },

  // ── follow-ups: the previous turn's tool outputs and citations count ──────────────────────────
  {
    id: 'follow-up-previous-evidence',
    answer: '离校求职创业补贴500元/人，可到区就业和人才中心申请【yb2022-38:2.5.3】。',
    tools: [loanClause],
    previous: { tools: [eligibility(people.poorGraduate)], citations: ['yb2022-38:2.5.3'] },
    ok: true,
  },
  { id: 'follow-up-without-previous', answer: '离校求职创业补贴500元/人，可到区就业和人才中心申请【yb2022-38:2.5.3】。', tools: [loanClause], ok: false, unknownCitations: ['yb2022-38:2.5.3'] },
  {
    id: 'follow-up-claim-from-previous-check',
    answer: '您符合条件，可以到区就业和人才中心申请离校求职创业补贴。',
    previous: { tools: [eligibility(people.poorGraduate)], citations: ['yb2022-38:2.5.3'] },
    ok: true,
  },
  {
    id: 'follow-up-this-turn-check-wins',
    answer: '您可以领取离校求职创业补贴。',
    tools: [eligibility(people.poorGraduateEmployed, ['job_search_startup_subsidy'])],
    previous: { tools: [eligibility(people.poorGraduate)], citations: ['yb2022-38:2.5.3'] },
    ok: false,
    claims: ['可以领取:job_search_startup_subsidy'],
  },

  // ── citations ─────────────────────────────────────────────────────────────────────────────────
  { id: 'unknown-citation', answer: '详见【yb2022-38:9.9】。', tools: [loanClause], ok: false, unknownCitations: ['yb2022-38:9.9'] },
];
