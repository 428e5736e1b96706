/**
 * Demo data for the default start and the benchmark: realistic 渝北区 vacancies and training
 * courses from a seeded PRNG, so the same seed and day always give the same rows. Streets are the
 * district's real 镇街; employers are invented but plausible for each sector and place (airport
 * logistics around 两路/双凤桥/空港, car and electronics plants in 龙兴 and the 空港 industrial
 * area, software and big data in 仙桃数据谷 and 礼嘉/悦来, shops and restaurants in the town
 * centres, hospitals, elderly care, public-welfare and grassroots posts at the 镇街, and 见习 posts in
 * each sector).
 * Every row is stored with is_demo and shown with `demo: true`; contacts point to the centre.
 */
import { addDays } from '../rules/dates.ts';
import { AIRPORT_STREETS } from './streets.ts';
import type { Group, WorkType, Education } from './vocabulary.ts';

/** mulberry32: small, fast, and the same sequence on every platform. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, int, pick };
}

const URBAN = ['两路街道', '双凤桥街道', '双龙湖街道', '回兴街道', '龙溪街道', '龙山街道', '龙塔街道', '大竹林街道', '悦来街道', '礼嘉街道', '王家街道', '仙桃街道', '人和街道', '天宫殿街道', '翠云街道', '宝圣湖街道'] as const;
const TOWNS = ['木耳镇', '兴隆镇', '古路镇', '石船镇', '统景镇', '大湾镇', '洛碛镇', '玉峰山镇', '龙兴镇', '茨竹镇', '大盛镇'] as const;
const ALL_STREETS = [...URBAN, ...TOWNS] as const;
/** Around 江北国际机场 and the 空港 area. */
const AIRPORT = AIRPORT_STREETS;

interface Post {
  /** Streets of this post when narrower than its sector's. */
  at?: readonly string[];
  /** The employer's name when the post has its own ({town}: the street's name without 镇/街道). */
  employer?: string;
  title: string;
  duties: string;
  education: Education | null;
  wage: [number, number];
  skills?: string[];
  majors?: string[];
  groups?: Group[];
  workType?: WorkType;
}

interface Sector {
  name: string;
  /** Relative share of generated posts. */
  share: number;
  streets: readonly string[];
  employers: { stems: readonly string[]; suffixes: readonly string[] };
  posts: Post[];
}

const SECTORS: Sector[] = [
  {
    name: '航空物流',
    share: 15,
    streets: ['两路街道', '双凤桥街道', '宝圣湖街道', '古路镇', '洛碛镇'],
    employers: { stems: ['临空', '渝航', '空港通达', '双凤', '巴渝速运', '川渝联运', '江北空港'], suffixes: ['物流有限公司', '供应链管理有限公司', '航空货运代理有限公司', '仓储服务有限公司'] },
    posts: [
      { title: '仓库管理员', duties: '负责货物出入库登记、盘点和仓储系统录入，保持库区整洁安全', education: 'high_school', wage: [4200, 5800], skills: ['仓储管理', 'Excel', 'WMS系统'], majors: ['物流管理'], groups: ['4050', 'migrant_worker'] },
      { title: '叉车司机', duties: '驾驶叉车完成货物装卸、转运和堆码，做好车辆日常点检', education: 'junior_high', wage: [5000, 7000], skills: ['叉车', '叉车证'], groups: ['4050', 'migrant_worker', 'veteran'] },
      { title: '快递分拣员', duties: '在分拨中心完成快件扫描、分拣和装车，倒班作业', education: 'junior_high', wage: [4500, 6500], skills: ['分拣'], groups: ['4050', 'migrant_worker', 'difficulty'] },
      { title: '航空货运代理专员', at: AIRPORT, duties: '办理国际国内航空货物订舱、报关资料准备与客户对接', education: 'associate', wage: [5000, 7500], skills: ['报关', '英语', 'Excel'], majors: ['国际贸易', '物流管理'], groups: ['graduate'] },
      { title: '物流调度员', duties: '根据订单安排车辆与线路，跟踪在途货物并处理异常', education: 'associate', wage: [5000, 6800], skills: ['调度', 'Excel', '沟通协调'], majors: ['物流管理', '交通运输'], groups: ['graduate'] },
      { title: '机场地勤服务员', at: AIRPORT, duties: '在候机楼提供旅客引导、值机协助和行李服务', education: 'high_school', wage: [4000, 5500], skills: ['服务礼仪', '普通话'], groups: ['graduate', 'youth'] },
      { title: '物流管理见习生', duties: '就业见习岗位：跟岗学习仓储、运输调度和供应链单据处理，见习期3—12个月', education: 'associate', wage: [2000, 2600], skills: ['仓储管理', 'Excel'], majors: ['物流管理'], groups: ['unemployed_graduate', 'youth'], workType: 'internship' },
      { title: '城配司机', duties: '驾驶厢式货车完成主城区门店配送，熟悉重庆道路', education: 'junior_high', wage: [6000, 8500], skills: ['C1驾照', '驾驶'], groups: ['veteran', 'migrant_worker'] },
    ],
  },
  {
    name: '汽车电子制造',
    share: 18,
    streets: ['龙兴镇', '双凤桥街道', '玉峰山镇', '回兴街道', '两路街道', '古路镇'],
    employers: { stems: ['渝北精工', '两江精密', '龙兴汽车零部件', '临空电子', '山城光电', '渝兴机电', '空港机械'], suffixes: ['有限公司', '科技有限公司', '制造有限公司'] },
    posts: [
      { title: '汽车装配工', duties: '在总装线完成内饰、底盘等工位装配，按作业指导书操作', education: 'junior_high', wage: [5000, 7000], skills: ['装配'], groups: ['migrant_worker', '4050', 'veteran'] },
      { title: '质检员', duties: '对零部件和成品进行尺寸与外观检验，填写检验记录', education: 'high_school', wage: [4800, 6500], skills: ['质量检验', '卡尺', '5S'], majors: ['机械制造'], groups: ['graduate'] },
      { title: '电子装配工', duties: '在无尘车间完成笔记本电脑、显示模组等产品装配', education: 'junior_high', wage: [4500, 6200], skills: ['装配'], groups: ['migrant_worker', 'youth'] },
      { title: 'SMT操作员', duties: '操作贴片机、回流焊设备，完成上料和首件确认', education: 'high_school', wage: [4800, 6500], skills: ['SMT', '设备操作'], majors: ['电子信息'], groups: ['graduate'] },
      { title: '设备维修技术员', duties: '负责产线设备的点检、故障维修和预防性保养', education: 'vocational', wage: [6000, 9000], skills: ['电工证', 'PLC', '机械维修'], majors: ['机电一体化', '电气自动化'] },
      { title: '工业机器人运维员', duties: '负责焊装车间工业机器人示教编程、点检和故障处理', education: 'associate', wage: [6500, 9500], skills: ['工业机器人', 'PLC', '示教编程'], majors: ['工业机器人技术', '机电一体化'], groups: ['graduate'] },
      { title: '数控车床操作工', duties: '按图纸操作数控车床加工零件，进行首件检验', education: 'vocational', wage: [5500, 8000], skills: ['数控', '识图'], majors: ['数控技术', '机械制造'] },
      { title: '行政文员见习生', duties: '就业见习岗位：协助文件收发、会议组织和办公室日常事务，见习期3—12个月', education: 'associate', wage: [2000, 2600], skills: ['办公软件', '公文写作'], majors: ['行政管理', '文秘'], groups: ['unemployed_graduate', 'youth'], workType: 'internship' },
      { title: '财务助理见习生', duties: '就业见习岗位：协助凭证整理、报销审核和税务资料准备', education: 'associate', wage: [2000, 2800], skills: ['会计', 'Excel'], majors: ['会计', '财务管理'], groups: ['unemployed_graduate'], workType: 'internship' },
      { title: '电工', duties: '负责厂区配电与设备电气线路的维护检修', education: 'vocational', wage: [5500, 7500], skills: ['电工证', '低压电工'], majors: ['电气自动化'], groups: ['4050', 'veteran'] },
    ],
  },
  {
    name: '软件与大数据',
    share: 13,
    streets: ['仙桃街道', '礼嘉街道', '悦来街道', '大竹林街道', '人和街道'],
    employers: { stems: ['数据谷', '仙桃数智', '礼嘉云', '悦来智联', '渝北信创', '山城数科', '巴渝算力'], suffixes: ['科技有限公司', '信息技术有限公司', '数据服务有限公司', '软件有限公司'] },
    posts: [
      { title: 'Java开发工程师', duties: '参与政务与企业系统后端开发，编写接口与单元测试', education: 'bachelor', wage: [8000, 14000], skills: ['Java', 'Spring', 'MySQL'], majors: ['计算机科学与技术', '软件工程'], groups: ['graduate'] },
      { title: '前端开发工程师', duties: '负责Web与小程序页面开发，与设计和后端协作', education: 'associate', wage: [7000, 12000], skills: ['JavaScript', 'Vue', 'HTML'], majors: ['软件工程', '计算机科学与技术'], groups: ['graduate'] },
      { title: '软件测试工程师', duties: '编写测试用例、执行功能与接口测试并跟踪缺陷', education: 'associate', wage: [6000, 9500], skills: ['软件测试', 'Python', 'SQL'], majors: ['计算机科学与技术', '软件工程'], groups: ['graduate'] },
      { title: '数据标注员', duties: '按规范完成图像、语音和文本数据标注与质检', education: 'high_school', wage: [4000, 5500], skills: ['数据标注', '电脑操作'], groups: ['graduate', 'disabled', 'youth'] },
      { title: '大数据运维工程师', duties: '负责数据中心大数据平台的部署、监控和故障处理', education: 'bachelor', wage: [8000, 13000], skills: ['Linux', 'Hadoop', 'Python'], majors: ['计算机科学与技术', '大数据技术'], groups: ['graduate'] },
      { title: '数据分析专员', duties: '整理业务数据、制作报表并撰写分析报告', education: 'bachelor', wage: [6500, 10000], skills: ['SQL', 'Excel', 'Python', '数据分析'], majors: ['统计学', '大数据技术', '数学'], groups: ['graduate'] },
      { title: '人工智能训练师', duties: '设计对话语料、评估模型回答质量并整理训练数据', education: 'associate', wage: [6000, 9000], skills: ['人工智能', '数据标注', '写作'], majors: ['计算机科学与技术', '汉语言文学'], groups: ['graduate'] },
      { title: '软件测试见习生', duties: '就业见习岗位：在导师带教下编写测试用例并执行测试', education: 'associate', wage: [2200, 3000], skills: ['软件测试', 'SQL'], majors: ['计算机科学与技术', '软件工程'], groups: ['unemployed_graduate'], workType: 'internship' },
      { title: '网络安全运维工程师', duties: '负责网络设备配置、安全巡检和等保测评配合', education: 'associate', wage: [7000, 11000], skills: ['网络安全', 'Linux', '防火墙'], majors: ['网络工程', '信息安全'], groups: ['graduate'] },
    ],
  },
  {
    name: '商贸餐饮',
    share: 18,
    streets: URBAN,
    employers: { stems: ['龙湖商业', '新牌坊', '渝北家乐', '回兴鲜生', '巴渝人家', '山城小面', '两路食府', '礼嘉天街'], suffixes: ['超市有限公司', '餐饮管理有限公司', '商贸有限公司', '百货有限公司'] },
    posts: [
      { title: '门店营业员', duties: '负责商品陈列、顾客接待和销售，参与门店盘点', education: 'junior_high', wage: [3800, 5500], skills: ['销售', '沟通'], groups: ['4050', 'difficulty', 'youth'] },
      { title: '收银员', duties: '负责收银、开票和交接班对账，提供礼貌服务', education: 'junior_high', wage: [3500, 4500], skills: ['收银'], groups: ['4050', 'disabled', 'difficulty'] },
      { title: '理货员', duties: '负责商品补货、理货和临期商品检查', education: 'junior_high', wage: [3500, 4800], skills: ['理货'], groups: ['4050', 'difficulty'] },
      { title: '中餐厨师', duties: '负责川菜热菜烹制，把控出品质量与后厨卫生', education: null, wage: [5500, 8500], skills: ['中式烹调', '川菜', '厨师证'], groups: ['migrant_worker', '4050'] },
      { title: '中式面点师', duties: '负责包子、抄手等面点制作和早餐档口出品', education: null, wage: [4500, 6500], skills: ['中式面点'], groups: ['4050', 'difficulty'] },
      { title: '餐厅服务员', duties: '负责点餐、传菜和餐厅清洁，做好顾客服务', education: null, wage: [3500, 4800], skills: ['服务礼仪'], groups: ['youth', 'difficulty'], workType: 'full_time' },
      { title: '电商直播主播', duties: '在抖音、淘宝直播间介绍本地农产品和日用商品', education: 'high_school', wage: [4000, 9000], skills: ['直播', '网络营销', '普通话'], majors: ['电子商务', '市场营销'], groups: ['graduate', 'youth'] },
      { title: '网店客服专员', duties: '在线解答顾客咨询，处理订单和售后', education: 'high_school', wage: [3800, 5200], skills: ['客服', '电脑操作', '电子商务'], groups: ['disabled', 'graduate', 'youth'] },
      { title: '新媒体运营见习生', duties: '就业见习岗位：协助公众号、短视频内容策划与发布', education: 'associate', wage: [2000, 2800], skills: ['新媒体', '网络营销', '剪辑'], majors: ['新闻学', '电子商务', '市场营销'], groups: ['unemployed_graduate', 'youth'], workType: 'internship' },
      { title: '周末促销员', duties: '周末在商场开展商品促销和试吃推广，按天结算', education: null, wage: [150, 200], skills: ['销售'], groups: ['youth', 'difficulty'], workType: 'part_time' },
    ],
  },
  {
    name: '医疗健康',
    share: 7,
    streets: ['龙溪街道', '双龙湖街道', '两路街道', '翠云街道', '回兴街道', '龙山街道'],
    employers: { stems: ['渝北仁和', '临空康宁', '双龙湖', '龙溪惠民', '翠云康复'], suffixes: ['医院有限公司', '大药房连锁有限公司', '康复医院', '口腔门诊部'] },
    posts: [
      { title: '护士', duties: '负责病区护理、医嘱执行和健康宣教，需护士执业证', education: 'associate', wage: [5000, 7500], skills: ['护士执业证', '护理'], majors: ['护理学', '护理'], groups: ['graduate'] },
      { title: '药店营业员', duties: '负责药品陈列、销售和处方审核配合', education: 'vocational', wage: [3800, 5200], skills: ['药学', '销售'], majors: ['药学'], groups: ['graduate', '4050'] },
      { title: '医院导诊员', duties: '在门诊大厅提供挂号指引、自助机协助和咨询服务', education: 'high_school', wage: [3500, 4500], skills: ['服务礼仪', '沟通'], groups: ['youth', 'difficulty', 'disabled'] },
      { title: '护理见习生', duties: '就业见习岗位：在带教老师指导下参与病区基础护理', education: 'associate', wage: [2000, 2600], skills: ['护理'], majors: ['护理学', '护理'], groups: ['unemployed_graduate'], workType: 'internship' },
      { title: '康复治疗师', duties: '为术后和老年患者提供运动康复与理疗', education: 'associate', wage: [5500, 8000], skills: ['康复治疗', '康复治疗师证'], majors: ['康复治疗技术'], groups: ['graduate'] },
    ],
  },
  {
    name: '养老家政',
    share: 9,
    streets: ALL_STREETS,
    employers: { stems: ['渝北颐养', '福寿康', '夕阳红', '巴渝家政', '临空暖心', '社区康养'], suffixes: ['养老服务有限公司', '家政服务有限公司', '护理院', '社区养老服务中心'] },
    posts: [
      { title: '养老护理员', duties: '为入住老人提供生活照料、协助进食和康复活动', education: null, wage: [4000, 5800], skills: ['养老护理', '养老护理员证'], groups: ['4050', 'difficulty', 'dibao', 'zero_employment_family'] },
      { title: '育婴员', duties: '上门照护0—3岁婴幼儿，做好喂养、清洁和早教陪伴', education: 'junior_high', wage: [5000, 8000], skills: ['育婴', '育婴员证'], groups: ['4050', 'difficulty'] },
      { title: '家政服务员', duties: '提供居家保洁、收纳整理和日常家务服务', education: null, wage: [4000, 6000], skills: ['家政服务', '收纳'], groups: ['4050', 'difficulty', 'dibao', 'poverty_alleviated'] },
      { title: '社区助餐员', duties: '在社区老年食堂负责备餐、送餐和用餐区清洁', education: null, wage: [3000, 4000], skills: ['餐饮服务'], groups: ['4050', 'difficulty', 'disabled'], workType: 'part_time' },
    ],
  },
  {
    name: '乡镇特色产业',
    share: 8,
    streets: TOWNS,
    employers: { stems: [], suffixes: [] },
    posts: [
      { title: '温泉酒店服务员', at: ['统景镇'], employer: '重庆统景温泉度假酒店有限公司', duties: '负责客房整理、温泉区服务和宾客接待', education: null, wage: [3500, 4800], skills: ['服务礼仪', '客房服务'], groups: ['4050', 'difficulty', 'youth'] },
      { title: '农产品电商运营', employer: '重庆{town}农旅电商有限公司', duties: '负责本地农产品网店上新、拍摄和网络营销推广', education: 'associate', wage: [4500, 7000], skills: ['电子商务', '网络营销', '直播'], majors: ['电子商务', '市场营销'], groups: ['graduate'] },
      { title: '种植技术员', employer: '重庆{town}农业发展有限公司', duties: '指导果蔬种植、病虫害防治和采后分级', education: 'vocational', wage: [4000, 6000], skills: ['种植', '植保'], majors: ['园艺技术', '农学'], groups: ['graduate', 'poverty_alleviated'] },
      { title: '港口装卸工', at: ['洛碛镇'], employer: '重庆洛碛港务有限公司', duties: '配合门机和叉车完成集装箱与散货装卸', education: null, wage: [5000, 7000], skills: ['装卸'], groups: ['4050', 'migrant_worker', 'retired_fisher'] },
      { title: '乡村旅游讲解员', employer: '重庆{town}乡村旅游开发有限公司', duties: '为游客讲解乡村文化与景点，组织研学活动', education: 'high_school', wage: [3500, 5000], skills: ['讲解', '普通话'], majors: ['旅游管理'], groups: ['graduate', 'youth', 'retired_fisher'] },
    ],
  },
  {
    name: '公益性岗位',
    share: 6,
    streets: ALL_STREETS,
    employers: { stems: [''], suffixes: ['社区服务中心', '便民服务中心', '综合执法协管队', '环境卫生服务站'] },
    posts: [
      { title: '社区保洁员（公益性岗位）', duties: '负责社区公共区域清扫保洁，签订劳动合同并缴纳社会保险', education: null, wage: [2100, 2500], skills: ['保洁'], groups: ['difficulty', '4050', 'dibao', 'zero_employment_family', 'disabled'], workType: 'public_welfare' },
      { title: '公共设施巡查员（公益性岗位）', duties: '巡查辖区道路、井盖和公共设施，及时上报隐患', education: null, wage: [2100, 2600], skills: ['巡查'], groups: ['difficulty', '4050', 'dibao', 'zero_employment_family'], workType: 'public_welfare' },
      { title: '就业服务协管员（公益性岗位）', duties: '协助镇街开展失业登记、政策宣传和岗位信息推送', education: 'high_school', wage: [2300, 2800], skills: ['电脑操作', '沟通'], groups: ['difficulty', 'disabled', 'dibao'], workType: 'public_welfare' },
      { title: '绿化养护员（公益性岗位）', duties: '负责辖区绿地浇灌、修剪和日常养护', education: null, wage: [2100, 2500], skills: ['绿化养护'], groups: ['difficulty', '4050', 'poverty_alleviated'], workType: 'public_welfare' },
    ],
  },
  {
    name: '基层岗位',
    share: 4,
    streets: ALL_STREETS,
    employers: { stems: [''], suffixes: ['便民服务中心', '社区居民委员会', '乡村振兴服务站'] },
    posts: [
      { title: '社区工作者', duties: '参与社区治理、居民服务和社会救助经办', education: 'associate', wage: [3500, 4500], skills: ['公文写作', '电脑操作', '沟通'], majors: ['社会工作', '行政管理'], groups: ['graduate', 'difficulty'], workType: 'grassroots' },
      { title: '乡村振兴专员', duties: '协助村集体经济项目、产业发展和乡村治理', education: 'associate', wage: [3500, 4800], skills: ['公文写作', '农村经济'], majors: ['农学', '行政管理', '经济学'], groups: ['graduate'], workType: 'grassroots' },
      { title: '便民服务窗口工作人员', duties: '在便民服务中心窗口受理社保、医保等业务咨询和办理', education: 'associate', wage: [3300, 4300], skills: ['电脑操作', '服务礼仪'], majors: ['行政管理', '公共事业管理'], groups: ['graduate', 'difficulty'], workType: 'grassroots' },
    ],
  },
];

const TOTAL_SHARE = SECTORS.reduce((s, x) => s + x.share, 0);

export interface DemoVacancy {
  sourceId: string;
  title: string;
  employer: string;
  description: string;
  district: string;
  street: string;
  address: string;
  educationMin: Education | null;
  majors: string[];
  skills: string[];
  wageMin: number | null;
  wageMax: number | null;
  headcount: number;
  workType: WorkType;
  suitableGroups: Group[];
  contact: string;
  postedOn: string;
  expiresOn: string;
}

const DEMO_CONTACT = '演示岗位，不接受报名；真实岗位请咨询区就业和人才中心';
const ROADS = ['兴科大道', '空港大道', '金开大道', '新南路', '龙华大道', '宝圣大道', '双龙大道', '湖云街', '金渝大道', '星光大道', '栖霞路', '长河路'];
const round100 = (x: number) => Math.round(x / 100) * 100;

function employerName(sector: Sector, post: Post, street: string, rand: ReturnType<typeof prng>): string {
  if (post.employer) return post.employer.replace('{town}', street.replace(/(街道|镇)$/, ''));
  const stem = rand.pick(sector.employers.stems);
  const suffix = rand.pick(sector.employers.suffixes);
  return stem ? `重庆${stem}${suffix}` : `渝北区${street}${suffix}`;
}

/** `count` vacancies live on `asOf` (posted in the last month, open for 3 weeks to 4 months). */
export function generateDemoVacancies({ count, seed = 20_221_513, asOf }: { count: number; seed?: number; asOf: string }): DemoVacancy[] {
  const rand = prng(seed);
  const out: DemoVacancy[] = [];
  for (let i = 0; i < count; i++) {
    let roll = rand.next() * TOTAL_SHARE;
    const sector = SECTORS.find((s) => (roll -= s.share) < 0) ?? SECTORS[0]!;
    const post = rand.pick(sector.posts);
    const street = rand.pick(post.at ?? sector.streets);
    const employer = employerName(sector, post, street, rand);
    const [lo, hi] = post.wage;
    const jitter = 0.9 + rand.next() * 0.2;
    const daily = hi < 1000;
    const wageMin = daily ? lo : round100(lo * jitter);
    const wageMax = daily ? hi : Math.max(wageMin, round100(hi * jitter));
    const workType = post.workType ?? 'full_time';
    const headcount = workType === 'public_welfare' || workType === 'grassroots' ? rand.int(1, 2) : rand.int(1, 20);
    const wageText = daily ? `${wageMin}–${wageMax}元/天` : `${wageMin}–${wageMax}元/月`;
    out.push({
      sourceId: `demo-${String(i + 1).padStart(6, '0')}`,
      title: post.title,
      employer,
      description: `${post.duties}。工作地点：渝北区${street}。待遇：${wageText}${workType === 'full_time' ? '，缴纳五险' : ''}。`,
      district: '渝北区',
      street,
      address: `渝北区${street}${rand.pick(ROADS)}${rand.int(1, 300)}号`,
      educationMin: post.education,
      majors: post.majors ?? [],
      skills: post.skills ?? [],
      // Day rates are not monthly wages: left out of the monthly range, stated in the description.
      wageMin: daily ? null : wageMin,
      wageMax: daily ? null : wageMax,
      headcount,
      workType,
      suitableGroups: post.groups ?? [],
      contact: DEMO_CONTACT,
      postedOn: addDays(asOf, -rand.int(0, 30)),
      expiresOn: addDays(asOf, rand.int(21, 120)),
    });
  }
  return out;
}

interface CourseSpec {
  title: string;
  category: string;
  description: string;
  days: number;
  subsidised: boolean;
  fee?: number;
  groups?: Group[];
}

const COURSES: CourseSpec[] = [
  { title: '网络营销师（初级）培训班', category: '网络营销', description: '网店运营、搜索推广、社群营销和数据复盘，结业参加职业技能等级认定', days: 20, subsidised: true, groups: ['graduate', 'difficulty'] },
  { title: '短视频与社群营销实战班', category: '网络营销', description: '短视频策划拍摄剪辑、私域社群运营，面向有意从事网络营销的人员', days: 15, subsidised: true, groups: ['graduate', 'youth'] },
  { title: '电子商务直播（直播销售员）培训', category: '电子商务直播', description: '直播话术、选品、场控与平台规则，含直播间实操', days: 15, subsidised: true, groups: ['graduate', 'youth', 'difficulty'] },
  { title: '农产品电商直播带货培训班', category: '电子商务直播', description: '面向乡镇人员的农产品拍摄、上架与直播带货技能', days: 10, subsidised: true, groups: ['poverty_alleviated', 'difficulty', 'retired_fisher'] },
  { title: '电子商务师（网店运营）培训', category: '电子商务', description: '网店装修、商品上架、客服与物流对接', days: 20, subsidised: true, groups: ['graduate', 'disabled'] },
  { title: '大数据分析与可视化培训班', category: '大数据', description: 'SQL、Python数据处理与可视化报表，对接数据谷企业岗位需求', days: 30, subsidised: true, groups: ['graduate'] },
  { title: '大数据运维（Hadoop平台）培训', category: '大数据', description: 'Linux基础、Hadoop集群部署与监控', days: 30, subsidised: true, groups: ['graduate'] },
  { title: '人工智能训练师培训班', category: '大数据', description: '数据标注规范、语料设计与模型评测，适合零基础转岗', days: 20, subsidised: true, groups: ['graduate', 'disabled', 'youth'] },
  { title: '数据标注员技能培训', category: '大数据', description: '图像、语音、文本标注工具与质检流程，可居家就业', days: 10, subsidised: true, groups: ['disabled', 'difficulty', 'youth'] },
  { title: '工业机器人系统运维员培训', category: '智能制造', description: '工业机器人示教编程、PLC基础与维护保养，龙兴汽车企业定向培训', days: 30, subsidised: true, groups: ['graduate', 'migrant_worker'] },
  { title: '智能制造产线操作工定岗培训', category: '智能制造', description: '“菜单式”定岗定向培训：智能产线操作、5S与质量意识，结业推荐企业就业', days: 12, subsidised: true, groups: ['migrant_worker', 'difficulty', '4050'] },
  { title: '数控车工（中级）培训班', category: '智能制造', description: '数控车床编程与操作、识图与测量', days: 30, subsidised: true, groups: ['migrant_worker', 'graduate'] },
  { title: '无人机驾驶员培训', category: '智能化', description: '多旋翼无人机驾驶、航拍与植保作业，考取执照', days: 20, subsidised: false, fee: 4800, groups: ['graduate', 'veteran'] },
  { title: '养老护理员（初级）培训班', category: '养老护理', description: '老年人生活照料、基础护理与安全防护，结业推荐养老机构就业', days: 15, subsidised: true, groups: ['4050', 'difficulty', 'dibao', 'zero_employment_family'] },
  { title: '失能老人照护专项能力培训', category: '养老护理', description: '失能失智老人照护、康复辅具使用', days: 10, subsidised: true, groups: ['4050', 'difficulty'] },
  { title: '育婴员（五级）培训班', category: '育婴', description: '婴幼儿喂养、护理与早期教育，考取育婴员证', days: 15, subsidised: true, groups: ['4050', 'difficulty', 'dibao'] },
  { title: '家政服务员培训班', category: '家政服务', description: '居家保洁、收纳整理、家电清洗与服务礼仪', days: 10, subsidised: true, groups: ['4050', 'difficulty', 'poverty_alleviated', 'dibao'] },
  { title: '中式烹调师（川菜）培训班', category: '中式烹调', description: '川菜刀工、火候与经典菜品制作，考取职业技能等级证书', days: 30, subsidised: true, groups: ['migrant_worker', 'difficulty', '4050'] },
  { title: '中式面点师培训班', category: '中式面点', description: '重庆小面、包子、抄手等面点制作与开店指导', days: 20, subsidised: true, groups: ['difficulty', '4050', 'dibao'] },
  { title: '西式面点师（烘焙）培训', category: '西式面点', description: '面包、蛋糕与甜点制作', days: 20, subsidised: false, fee: 3200, groups: ['youth'] },
  { title: '低压电工作业培训', category: '电工', description: '低压电工理论与实操，考取特种作业操作证', days: 12, subsidised: true, groups: ['migrant_worker', 'veteran', '4050'] },
  { title: '电工（中级）职业技能培训', category: '电工', description: '电气线路安装、电机控制与PLC基础', days: 30, subsidised: true, groups: ['migrant_worker', 'graduate'] },
  { title: '焊工（熔化焊）培训班', category: '焊工', description: '手工电弧焊、气体保护焊实操，考取特种作业操作证', days: 20, subsidised: true, groups: ['migrant_worker', 'retired_fisher'] },
  { title: '叉车司机培训', category: '叉车', description: '叉车驾驶与安全操作，考取特种设备作业证', days: 7, subsidised: true, groups: ['4050', 'migrant_worker', 'veteran'] },
  { title: '汽车维修工（中级）培训', category: '汽车维修', description: '汽车保养、底盘与电气故障诊断', days: 30, subsidised: true, groups: ['migrant_worker', 'veteran', 'youth'] },
  { title: '保安员培训', category: '现代服务', description: '保安业务、消防安全与应急处置，考取保安员证', days: 7, subsidised: true, groups: ['4050', 'veteran', 'difficulty'] },
  { title: '健康管理师培训班', category: '现代服务', description: '健康监测、风险评估与健康指导', days: 20, subsidised: false, fee: 2600, groups: ['graduate'] },
  { title: '茶艺师培训', category: '现代服务', description: '茶叶知识、冲泡技艺与茶事服务', days: 10, subsidised: true, groups: ['youth', 'difficulty'] },
  { title: '美容美发培训班', category: '现代服务', description: '美发修剪、烫染和美容护理基础', days: 30, subsidised: false, fee: 3600, groups: ['youth'] },
  { title: '计算机操作员（办公软件）培训', category: '现代服务', description: 'Word、Excel、PPT与网上办事操作，适合转岗和再就业', days: 10, subsidised: true, groups: ['4050', 'disabled', 'difficulty'] },
  { title: '客户服务（呼叫中心）培训', category: '现代服务', description: '电话与在线客服技巧、客服系统操作，结业推荐客服岗位', days: 10, subsidised: true, groups: ['disabled', 'youth', 'graduate'] },
  { title: '创业意识培训（GYB）——高校毕业生专班', category: '创业培训GYB', description: '了解创业、评估自己是否适合创业、产生创业想法；“马兰花”计划创业培训', days: 3, subsidised: true, groups: ['graduate', 'current_graduate'] },
  { title: '创业意识培训（GYB）——社区班', category: '创业培训GYB', description: '创业意识教育与创业项目指导，面向有创业想法的城乡劳动者', days: 3, subsidised: true, groups: ['difficulty', 'graduate'] },
  { title: '创办你的企业培训（SYB）', category: '创业培训SYB', description: '市场评估、企业人员组织、法律形态、财务计划和创业计划书；结业可申请创业担保贷款指导', days: 10, subsidised: true, groups: ['graduate', 'difficulty', 'migrant_worker'] },
  { title: '创办你的企业培训（SYB）——返乡创业班', category: '创业培训SYB', description: '面向返乡农民工、退捕渔民的创业计划与项目落地', days: 10, subsidised: true, groups: ['migrant_worker', 'retired_fisher', 'poverty_alleviated'] },
  { title: '网络创业培训', category: '网络创业培训', description: '网店开设、网络营销与物流对接，面向准备创业或创业初期人员', days: 10, subsidised: true, groups: ['graduate', 'difficulty', 'disabled'] },
  { title: '改善你的企业培训（IYB）', category: '创业培训IYB', description: '营销、采购、成本控制、财务管理与员工管理，面向已成功创业的经营者', days: 7, subsidised: true, groups: ['graduate', 'difficulty'] },
  { title: '创业孵化基地入驻企业IYB提升班', category: '创业培训IYB', description: '面向孵化基地内初创企业的经营改善与融资对接', days: 5, subsidised: true, groups: ['graduate'] },
  { title: '乡村旅游与民宿服务培训', category: '现代服务', description: '民宿接待、乡村旅游讲解与农家乐经营', days: 10, subsidised: true, groups: ['poverty_alleviated', 'difficulty', 'retired_fisher'] },
  { title: '果蔬种植与植保技术培训', category: '农业技术', description: '果蔬栽培、病虫害绿色防控与农产品分级', days: 10, subsidised: true, groups: ['poverty_alleviated', 'migrant_worker'] },
];

const PROVIDERS: Record<string, readonly string[]> = {
  创业: ['渝北区创业指导服务中心（演示）', '重庆临空创业培训学校（演示）'],
  数字: ['重庆仙桃数智职业培训学校（演示）', '重庆礼嘉数字技能培训中心（演示）'],
  制造: ['重庆龙兴智造职业技能培训学校（演示）', '重庆空港技工培训中心（演示）'],
  服务: ['重庆渝北康养职业培训学校（演示）', '重庆巴渝家政职业技能培训学校（演示）', '重庆渝北烹饪职业培训学校（演示）'],
};
const providerGroup = (category: string) =>
  /创业/.test(category) ? '创业' : /网络|电子|大数据|智能化/.test(category) ? '数字' : /智能制造|电工|焊工|叉车|汽车/.test(category) ? '制造' : '服务';

export interface DemoCourse {
  sourceId: string;
  title: string;
  provider: string;
  category: string;
  description: string;
  street: string;
  address: string;
  startsOn: string;
  endsOn: string;
  subsidised: boolean;
  fee: number | null;
  seats: number;
  contact: string;
  suitableGroups: Group[];
}

/** The ~40 demo courses, starting in the next two months from `asOf`. */
export function generateDemoCourses({ asOf, seed = 20_221_513 }: { asOf: string; seed?: number }): DemoCourse[] {
  const rand = prng(seed ^ 0x5bf098a2);
  return COURSES.map((c, i) => {
    const street = rand.pick(/农业|乡村/.test(c.title + c.category) ? TOWNS : URBAN);
    const startsOn = addDays(asOf, rand.int(3, 60));
    return {
      sourceId: `demo-course-${String(i + 1).padStart(3, '0')}`,
      title: c.title,
      provider: rand.pick(PROVIDERS[providerGroup(c.category)]!),
      category: c.category,
      description: `${c.description}。`,
      street,
      address: `渝北区${street}${rand.pick(ROADS)}${rand.int(1, 300)}号`,
      startsOn,
      endsOn: addDays(startsOn, c.days - 1),
      subsidised: c.subsidised,
      fee: c.fee ?? null,
      seats: rand.pick([20, 30, 40, 50]),
      contact: '演示课程，不接受报名；真实课程请咨询区就业和人才中心培训鉴定科',
      suitableGroups: c.groups ?? [],
    };
  });
}
