import type { Employer, Hire, Person } from '../../rules/facts.ts';
import { addMonths, isIsoDate } from '../../rules/dates.ts';
import { insuranceMonths } from './insurance.ts';
import { NUM, parseNumber } from './numbers.ts';

/**
 * Deterministic extraction of person facts from what a seeker writes in Chinese. Each fact has a
 * pattern; a negation just before it (不是, 没有, 没, 非) turns it false, because unknown is not
 * false but “我不是低保户” is. Only what the text says is returned.
 */
const NEGATION = /(不是|并非|没有|没|不|非|未)$/;

function flagFact(text: string, pattern: RegExp): boolean | undefined {
  const m = pattern.exec(text);
  if (!m) return undefined;
  const before = text.slice(Math.max(0, m.index - 3), m.index);
  return !NEGATION.test(before);
}

const FLAGS: [keyof Person, RegExp][] = [
  ['dibaoFamily', /低保(户|家庭|对象)|吃低保|(享受|领|拿)(着)?低保|家里.{0,4}低保/],
  ['zeroEmploymentFamily', /零就业(家庭)?|(全家|家里).{0,4}(都)?(没有?工作|失业)/],
  ['disabled', /残疾(人|证)?|残障/],
  ['povertyAlleviated', /脱贫(户|人口|家庭)?|建档立卡|贫困户/],
  ['fromEliminatedCapacityEnterprise', /(淘汰落后|去|化解过剩)产能/],
  ['poorFamilyGraduate', /困难家庭(的)?(高校)?毕业生|家庭(经济)?困难/],
  ['veteran', /退役军人|退伍/],
  ['retiredFisher', /退捕渔民|以前打鱼/],
];

const EDUCATION: [NonNullable<Person['education']>, RegExp][] = [
  ['doctor', /博士/],
  ['master', /硕士|研究生/],
  ['bachelor', /本科|大学本科|学士/],
  ['associate', /大专|专科|高职/],
  ['vocational', /中专|职高|技校|中职/],
  ['high_school', /高中/],
  ['junior_high', /初中/],
];
const COLLEGE = new Set(['associate', 'bachelor', 'master', 'doctor']);

export function extractPersonFacts(raw: string, asOf: string): Partial<Person> {
  const text = raw.normalize('NFKC');
  const year = Number(asOf.slice(0, 4));
  const facts: Partial<Person> = {};

  for (const [key, pattern] of FLAGS) {
    const v = flagFact(text, pattern);
    if (v !== undefined) (facts as Record<string, unknown>)[key] = v;
  }
  if (facts.dibaoFamily && /(正在|目前|现在)?(享受|领|拿|吃)(着)?低保/.test(text)) facts.receivingDibao = true;

  const age = new RegExp(`${NUM}\\s*(岁|周岁)`).exec(text);
  if (age) {
    const n = parseNumber(age[1]!);
    if (n !== undefined && n >= 14 && n <= 80) facts.age = n;
  }
  const gender = /(我是|本人|性别[:：]?\s*)(男|女)|(^|[，,。\s])(男|女)(的|生|性)?[，,。\s]|宝妈|(男|女)(，|,)?\s*\d{2}岁|\d{2}岁的?(男|女)/.exec(text);
  if (gender) {
    const g = gender[2] ?? gender[4] ?? gender[5] ?? gender[6] ?? (gender[0].includes('宝妈') ? '女' : undefined);
    if (g) facts.gender = g === '男' ? 'male' : 'female';
  }

  if (/(重庆|渝北|本地|本市|我市)(的)?(户口|户籍)|户口在(重庆|渝北|本地)|户籍在(重庆|渝北)/.test(text)) facts.hukou = 'chongqing';
  else if (/(外地|外省|外市|农村外省|非重庆)(的)?(户口|户籍)|户口(不在|在外地)/.test(text)) facts.hukou = 'other';

  for (const [level, pattern] of EDUCATION) {
    if (pattern.test(text)) {
      facts.education = level;
      break;
    }
  }
  const graduate = flagFact(text, /(大学|高校|本科|大专|专科|研究生)毕业|大学生|毕业生|应届生|应届|刚毕业/);
  if (graduate !== undefined && (facts.education === undefined || COLLEGE.has(facts.education))) facts.isCollegeGraduate = graduate;
  if (facts.education && COLLEGE.has(facts.education) && /毕业/.test(text)) facts.isCollegeGraduate ??= true;

  const gradYear = /(\d{4})\s*年\s*(6|六|7|七)?\s*月?\s*毕业|(\d{4})\s*届/.exec(text);
  let gy: number | undefined;
  if (gradYear) gy = Number(gradYear[1] ?? gradYear[3]);
  else if (/今年(6月|六月|7月|七月)?毕业|应届|今年刚毕业|刚毕业/.test(text)) gy = year;
  else if (/去年(6月|六月|7月|七月)?毕业|去年刚毕业/.test(text)) gy = year - 1;
  else if (/前年毕业/.test(text)) gy = year - 2;
  else if (/明年毕业/.test(text)) gy = year + 1;
  const yearsAgo = new RegExp(`毕业${NUM}年`).exec(text);
  if (gy === undefined && yearsAgo) {
    const n = parseNumber(yearsAgo[1]!);
    if (n !== undefined) gy = year - n;
  }
  // Chinese universities graduate at the end of June: the assumed date is stated in the answer's facts.
  if (gy !== undefined && gy >= 1970 && gy <= year + 1) {
    facts.graduationDate = `${gy}-06-30`;
    if (facts.isCollegeGraduate === undefined && facts.education && COLLEGE.has(facts.education)) facts.isCollegeGraduate = true;
  }

  // Registered only when said as done (办了, 已经登记, 是登记失业人员); 想办 / 怎么办 / 能不能办 ask about it.
  const registered = /(已经|已)?(办了?|办理了?|办过|做了?|提交了?)?(失业登记|登记失业|登记了失业)|有失业证/.exec(text);
  if (registered) {
    const before = text.slice(Math.max(0, registered.index - 4), registered.index);
    const after = text.slice(registered.index + registered[0].length, registered.index + registered[0].length + 3);
    const negated = /(没有?|还没|未|没去)$/.test(before) || /(没有?|还没|未)(办|做|去)/.test(registered[0]);
    // 提交了 is applied for, not yet registered (公共就业服务机构七个工作日内办结).
    const pending = /^(已经|已)?(提交|申请)/.test(registered[0]);
    const done = (!pending && /已|了|过/.test(registered[0])) || /^(了|过|人员|的人)/.test(after) || /(是|属于|作为)$/.test(before) || registered[0] === '有失业证';
    const asking = /(想|要|准备|打算|怎么|咋个?|能不能|能否|可以|可不可以|得不得|去哪|在哪|哪里)$/.test(before) || /^(吗|不|没)/.test(after);
    if (negated) facts.registeredUnemployed = false;
    else if (done && !asking && !pending) facts.registeredUnemployed = true;
  }

  if (/打零工|跑外卖|送外卖|跑滴滴|开网约车|灵活就业|自由职业|跑快递/.test(text)) facts.employmentStatus = 'flexible';
  else if (/(自己|个人)?(开了?|经营)(个|一家|一个)?(小店|店|饭馆|餐馆|公司|个体|工作室)|个体户|当老板/.test(text) && !/想(自己)?(开|创业|当老板)/.test(text)) facts.employmentStatus = 'self_employed';
  else if (/失业(?!登记|证|保险)|未就业|没(有|得)?就业|没(有|得)?工作|没得活路|没上班|待业|找不到工作|没找到工作|下岗|被裁|在家(带娃|闲着)?|离职了/.test(text.replace(/(登记失业|失业登记)/g, ''))) facts.employmentStatus = 'unemployed';
  else if (/在职|上班|在(一家)?(公司|厂|单位)(上班|工作)/.test(text)) facts.employmentStatus = 'employed';

  if (/找(个|份)?工作|没找到工作|找不到工作|求职|想(上班|就业|工作)|找活路|有就业(意愿|要求)/.test(text)) facts.wantsJob = true;
  const able = flagFact(text, /有劳动能力|能正常(工作|上班)|身体(好|没问题|健康)/);
  if (able !== undefined) facts.ableToWork = able;
  else if (/没有劳动能力|丧失劳动能力/.test(text)) facts.ableToWork = false;

  const insurance = flagFact(text, /(自己)?(交|缴|缴纳|买)(了|着)?社保|社保(在|一直)(交|缴)|社保(都)?(是)?(我)?自己(在)?(交|缴|买)/);
  // 「给员工交了社保」 is the business's insurance, not the person's own.
  if (insurance !== undefined && !/(员工|工人|伙计|店员|他们).{0,6}社保/.test(text)) facts.payingSocialInsurance = insurance;

  if (/想(学|参加|报|去学)|学(门|个|点)?(技术|手艺)|培训|考(个)?证/.test(text) && !/培训补贴(多少|是多少)/.test(text)) {
    const v = flagFact(text, /想(学|参加|报|去学)|学(门|个|点)?(技术|手艺)|考(个)?证/);
    if (v !== undefined) facts.wantsTraining = v;
  }
  if (/想(自己)?(创业|开店|开公司|开个|当老板|做生意)|(想|准备|打算)(自己)?(做|搞|弄|办|开)(个|一个|一家)?[^，。,？?]{0,6}(工作室|店|公司|生意|个体)/.test(text)) facts.wantsStartup = true;

  const business = extractBusiness(text, asOf);
  if (business) {
    facts.business = business;
    facts.hasBusiness = true;
    facts.employmentStatus ??= 'self_employed';
  }
  return facts;
}

const BUSINESS_KIND = '(小)?(店|饭馆|餐馆|面馆|吃店|网店|公司|个体户|个体工商户|合伙企业|工作室|小微企业|微企业|企业|超市|理发店)';

function extractBusiness(text: string, asOf: string): Person['business'] | undefined {
  // 开了个小店 / 注册了一家公司, or one's own: 我的公司是去年注册的, 我自己的店.
  const m = new RegExp(`(开了|开的|注册了|办了|经营)(个|一家|一个)?${BUSINESS_KIND}`, 'u').exec(text) ?? new RegExp(`(我|自己)(自己)?的()${BUSINESS_KIND}`, 'u').exec(text);
  if (!m) return undefined;
  const kind = `${m[3] ?? ''}${m[4]!}`;
  return {
    form: /合伙/.test(kind) ? 'partnership' : /公司|微企业/.test(kind) ? 'small_micro' : 'individual',
    ...businessDetails(text, asOf),
  };
}

/**
 * What is said of a business already described (“请了4个人，都给他们交了社保，第一次创业”): its
 * registration, first or not, age, staff and their insurance.
 */
export function businessDetails(text: string, asOf: string): NonNullable<Person['business']> {
  const business: NonNullable<Person['business']> = {};
  if (/(在|是)(重庆|渝北|本地).{0,6}(注册|登记|开)|营业执照|注册了/.test(text)) business.registeredInChongqing = true;
  if (/第一次(创业|开店|开公司)|首次创业/.test(text)) business.firstBusiness = true;
  const opened = new RegExp(`(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(份)?(\\d{1,2}[日号])?.{0,3}(注册|成立|开业|开张|开的|办的|登记)`, 'u').exec(text);
  if (opened) {
    const iso = `${opened[1]}-${opened[2]!.padStart(2, '0')}-01`;
    if (isIsoDate(iso) && iso <= asOf) business.startedOn = iso;
  }
  const years = new RegExp(`(开了|经营了|干了|做了)${NUM}\\s*(年|个月)(多|半)?`).exec(text);
  if (years) {
    const n = parseNumber(years[2]!);
    if (n !== undefined) {
      const months = years[3] === '年' ? n * 12 + (years[4] === '半' ? 6 : 0) : n;
      business.startedOn = addMonths(asOf, -months);
    }
  }
  const staff = new RegExp(`(招了|雇了|请了|带了|带动了?|有)${NUM}\\s*(个|名)?(员工|工人|人|伙计|店员)`).exec(text);
  if (staff) {
    const n = parseNumber(staff[2]!);
    if (n !== undefined) business.employees = n;
  }
  if (/就我一个人|只有我一个|没请人|没雇人/.test(text)) business.employees = 0;
  const insured = flagFact(text, /(给|为)(员工|他们|工人).{0,4}(交|缴|买)(了)?社保|交了?社保|社保都在交|都交了社保/);
  if (insured !== undefined) business.payingSocialInsurance = insured;
  return business;
}

/**
 * Employer facts from an employer's messages: size, and the people hired with their groups and
 * social-insurance months (“我们小微企业招了2个今年毕业的大学生，社保交了6个月”). Undefined when the
 * text is not an employer's; `{}` for an employer who has not said anything about the business yet.
 */
export function extractEmployerFacts(raw: string, asOf: string): Employer | undefined {
  const text = raw.normalize('NFKC');
  const selfReference =
    /(我们|我的)(是|家|这个|这家)?[^，,。；;！？!?\s]{0,8}?(公司|企业|单位|厂|车间|基地|园区|店|门店|工作室|合作社)(?!.{0,2}(上班|工作|打工|实习))|本(公司|企业|单位|厂)|用人单位|我是(企业|公司)?(老板|HR|hr|人事)|(?<!被)(企业|单位|公司|厂里?|车间|店里)(招(?!聘)|吸纳)|^(刚|今年|去年)?(招了|招用了|请了|雇了|聘了|招的)|单位(给|为)(他|她|员工|他们)/;
  // Hiring people, asked about a programme only employers take part in, is an employer's question too.
  const employerProgramme = /(帮扶车间|扶贫车间|示范街|示范(山)?村|就业基地|见习基地|孵化基地|吸纳就业补贴|吸纳补贴)/.test(text) && HIRED.test(text);
  if (!selfReference.test(text) && !employerProgramme) return undefined;
  const employer: Employer = {};
  if (/小微企业|小微|小企业|小公司|微型企业/.test(text)) employer.size = /微型/.test(text) ? 'micro' : 'small';
  else if (/中型企业|中型/.test(text)) employer.size = 'medium';
  else if (/大型企业|大企业|大公司|国企|上市公司/.test(text)) employer.size = 'large';
  if (/就业帮扶车间|帮扶车间|扶贫车间/.test(text)) employer.assistanceWorkshop = true;
  if (/见习基地/.test(text)) employer.internshipBase = true;
  if (/孵化基地|孵化园/.test(text) && /认定/.test(text)) employer.incubatorCertified = true;
  if (new RegExp(`${DESIGNATED}.{0,12}(就业基地)`).test(text)) employer.certifiedEmploymentBase = true;
  if (new RegExp(`(${DESIGNATED}|参加了?|参与了?|纳入了?|加入了?).{0,10}示范(街|山村|村)`).test(text)) employer.demoStreet = true;

  const hired = new RegExp(`${HIRED.source}${NUM}\\s*(个|名|位)?([^，,。；;]{0,16}?)(人员|人|员工|工人|毕业生|大学生|学生|生|户|大哥|大姐|小伙子?|姑娘|阿姨)`).exec(text);
  // “今年招的应届大学生…” names who was hired without saying how many: one hire, counted as such.
  const uncounted = hired ? null : /(招|招用|聘|雇|收)(的|了|进来的)(一些|几个|些)?([^，,。；;？?]{0,14}?)(毕业生|大学生|学生|残疾人|脱贫户|低保户|人员|员工|工人|4050)/u.exec(text);
  if (hired || uncounted) {
    const count = hired ? Math.min(parseNumber(hired[2]!) ?? 1, 50) : 1;
    // Who was hired: the words of the hire and the rest of its sentence (“招了4个脱贫户，都是重庆户口”).
    const found = (hired ?? uncounted)!;
    const sentence = text.slice(found.index).split(/[。！？!?\n]/)[0]!;
    const noun = hired ? `${hired[4] ?? ''}${hired[5] ?? ''}` : `${uncounted![4] ?? ''}${uncounted![5] ?? ''}`;
    const who = `${noun}${sentence.slice(found[0].length)}`;
    const person = extractPersonFacts(who, asOf);
    delete person.payingSocialInsurance; // the employer's payments, read below
    delete person.wantsJob;
    if (person.gender === undefined && /大哥|小伙|男的/.test(noun)) person.gender = 'male';
    if (person.gender === undefined && /大姐|姑娘|阿姨|女的/.test(noun)) person.gender = 'female';
    const months = insuranceMonths(text);
    const hire: Hire = { person };
    if (months !== undefined) hire.socialInsuranceMonths = months;
    const still = flagFact(text, /(还在|一直在|仍在|现在还)(交|缴)/);
    if (still !== undefined) hire.stillPaying = still;
    else if (hire.socialInsuranceMonths !== undefined && /(在交|在缴|交着)/.test(text)) hire.stillPaying = true;
    const hiredOn = hireDate(text, asOf);
    if (hiredOn) hire.hiredOn = hiredOn;
    const groups = hireGroups(sentence.slice(found[0].length), asOf);
    employer.hires = groups
      ? groups.flatMap((g) => Array.from({ length: g.count }, () => ({ ...hire, person: { ...person, ...g.person } })))
      : Array.from({ length: count }, () => ({ ...hire, person: { ...person } }));
  }
  // An employer who has said nothing about the business yet is still an employer (not a seeker).
  return employer;
}

const HIRED = /(招了|招用了?|雇了|聘了|请了|吸纳了?|招|收了)/;

/** The facts that tell one hire's group from another's (低保, 残疾, 应届 …). */
export const GROUP_FACTS: (keyof Person)[] = ['dibaoFamily', 'zeroEmploymentFamily', 'povertyAlleviated', 'disabled', 'fromEliminatedCapacityEnterprise', 'isCollegeGraduate', 'registeredUnemployed', 'veteran', 'age', 'graduationDate'];

/**
 * The hires split by group, when an employer counts them out: “两个是低保家庭的，一个是残疾人”, “其中
 * 1名应届毕业生、2名脱贫人口”. Each counted phrase must name a group; undefined when none does.
 */
export function hireGroups(raw: string, asOf: string): { count: number; person: Partial<Person> }[] | undefined {
  const text = raw.normalize('NFKC');
  const groups: { count: number; person: Partial<Person> }[] = [];
  const counted = new RegExp(`(?:其中|另外|还有)?(?:有)?${NUM}\s*(?:个|名|位)(?:人)?(?:是|为|属于)?([^，,。；;、和]{1,14})`, 'gu');
  for (const m of text.matchAll(counted)) {
    const n = parseNumber(m[1]!);
    const person = extractPersonFacts(m[2]!, asOf);
    if (n === undefined || n < 1 || !GROUP_FACTS.some((k) => person[k] !== undefined)) continue;
    delete person.payingSocialInsurance;
    delete person.wantsJob;
    delete person.employmentStatus;
    groups.push({ count: Math.min(n, 50), person });
  }
  return groups.length ? groups : undefined;
}
/** Already designated, not hoping to be (想去评, 准备申报): 认定为, 评上了, 获批. */
const DESIGNATED = '(?<!(想|要|准备|打算|如果|申请|申报|争取)(去)?)(被)?(认定|评上|评为|获批|挂牌)';

const DATE = `(?<y>\\d{4}年|今年|去年|前年)?(?<m>\\d{1,2}|十[一二]?|[一二三四五六七八九])月份?(?:(?<d>\\d{1,2})[日号]?)?`;
const HIRE_VERB = '(招|入职|进厂|进公司|进来|来上班|上岗|聘|雇|签)';

/**
 * When the hire(s) started: a date next to 招/入职 (2025年10月8日招的, 今年6月1号入职, 入职时间是去年3月),
 * or how long they have worked (已经干了5个月). A month without a day counts from its first day.
 */
export function hireDate(text: string, asOf: string): string | undefined {
  const year = Number(asOf.slice(0, 4));
  const dated = new RegExp(`${DATE}(的时候)?.{0,3}${HIRE_VERB}`).exec(text) ?? new RegExp(`(入职|招聘?|进厂|上岗)的?(时间|日期)?(是|为|于|在)?${DATE}`).exec(text);
  const g = dated?.groups;
  if (g) {
    const y = g.y === undefined || g.y === '今年' ? year : g.y === '去年' ? year - 1 : g.y === '前年' ? year - 2 : Number(g.y.slice(0, 4));
    const m = parseNumber(g.m!);
    const d = g.d ? Number(g.d) : 1;
    const iso = m ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : '';
    if (isIsoDate(iso) && iso <= asOf) return iso;
  }
  const worked = new RegExp(`(干了|做了|工作了|上班|上了|来了)(快|近|有)?${NUM}\\s*个?(多)?(月|年)`).exec(text);
  if (worked) {
    const n = parseNumber(worked[3]!);
    if (n !== undefined) return addMonths(asOf, -(worked[5] === '年' ? n * 12 : n));
  }
  return undefined;
}
