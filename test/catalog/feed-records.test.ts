import { describe, expect, it } from 'vitest';
import { readCourses } from '../../server/catalog/course-import.ts';
import { readEvents } from '../../server/catalog/event-import.ts';
import { MAX_IMPORT_ROWS } from '../../server/catalog/feed-records.ts';
import { readVacancies } from '../../server/catalog/vacancy-import.ts';

const CHINESE_CSV = [
  '\uFEFF岗位编号,岗位名称,用人单位,镇街,学历要求,薪资下限,薪资上限（元/月）,招聘人数,岗位类型,适合人群,截止日期,专业要求,技能要求,备注',
  'YB-001,仓库管理员,重庆临空物流有限公司,两路,高中及以上,"4,500",6000元,3,全职,“4050”人员、农民工,2027/01/31,物流管理,叉车；仓储管理,急招',
  'YB-002,行政文员见习生,重庆数据谷科技有限公司,仙桃街道,大专,2000,2600,2,见习岗位,离校未就业高校毕业生,2026年12月31日,,,',
].join('\r\n');

const ENGLISH_CSV = [
  'source_id,title,employer,street,education_min,wage_min,wage_max,headcount,work_type,suitable_groups,expires_on,status',
  'E1,Java开发工程师,重庆仙桃数智科技有限公司,仙桃街道,bachelor,8000,14000,2,full_time,graduate,2027-02-28,active',
  'E2,社区保洁员,渝北区木耳镇便民服务中心,木耳镇,不限,2100,2500,1,public_welfare,difficulty|4050,2027-02-28,withdrawn',
].join('\n');

describe('reading vacancy files', () => {
  it('maps the Chinese header set, a BOM, and the spellings a spreadsheet uses', () => {
    const r = readVacancies({ format: 'csv', data: CHINESE_CSV });
    expect(r.errors).toEqual([]);
    expect(r.ignored).toEqual(['备注']);
    expect(r.rows.map((x) => x.line)).toEqual([2, 3]);
    expect(r.rows[0]!.row).toMatchObject({
      sourceId: 'YB-001',
      street: '两路街道',
      educationMin: 'high_school',
      wageMin: 4500,
      wageMax: 6000,
      headcount: 3,
      workType: 'full_time',
      suitableGroups: ['4050', 'migrant_worker'],
      majors: ['物流管理'],
      skills: ['叉车', '仓储管理'],
      expiresOn: '2027-01-31',
      postedOn: null,
      status: 'active',
      district: '渝北区',
    });
    expect(r.rows[1]!.row).toMatchObject({ workType: 'internship', suitableGroups: ['unemployed_graduate'], expiresOn: '2026-12-31', majors: [], skills: [] });
  });

  it('maps the documented English header set (snake_case or camelCase) and codes', () => {
    const r = readVacancies({ format: 'csv', data: ENGLISH_CSV });
    expect(r.errors).toEqual([]);
    expect(r.rows[0]!.row).toMatchObject({ sourceId: 'E1', educationMin: 'bachelor', workType: 'full_time', suitableGroups: ['graduate'] });
    expect(r.rows[1]!.row).toMatchObject({ educationMin: null, workType: 'public_welfare', suitableGroups: ['difficulty', '4050'], status: 'withdrawn' });
  });

  it('reports each bad row with its own line and field while the good rows are kept', () => {
    const csv = [
      '岗位编号,岗位名称,用人单位,薪资下限,薪资上限,学历要求,截止日期,岗位类型',
      'A1,好岗位,单位甲,3000,4000,本科,2027-01-01,全职',
      'A2,,单位乙,3000,4000,本科,2027-01-01,全职',
      'A3,"多行',
      '标题",单位丙,5000,4000,本科,2027-13-01,全职',
      'A4,岗位,单位丁,三千,4000,小学,2027-01-01,临时工',
      'A1,重复,单位戊,3000,4000,本科,2027-01-01,全职',
      'A5,岗位,单位己,3000,4000,本科,2027-01-01,全职,多余',
    ].join('\n');
    const r = readVacancies({ format: 'csv', data: csv });
    expect(r.rows.map((x) => x.row.sourceId)).toEqual(['A1']);
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'title'],
      [4, 'wageMax'],
      [4, 'expiresOn'],
      [6, 'educationMin'],
      [6, 'wageMin'],
      [6, 'workType'],
      [7, 'sourceId'],
      [8, '(row)'],
    ]);
    for (const e of r.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(r.errors.find((e) => e.line === 3)!.message).toBe('岗位名称：必填');
    expect(r.errors.find((e) => e.line === 7)!.message).toContain('第2行');
    expect(r.received).toBe(6);
  });

  it('refuses a file without a required column once, on the header line', () => {
    const r = readVacancies({ format: 'csv', data: '岗位名称,镇街\n仓库管理员,两路\n' });
    expect(r.rows).toEqual([]);
    expect(r.errors).toEqual([
      { line: 1, field: 'sourceId', message: expect.stringContaining('岗位编号') },
      { line: 1, field: 'employer', message: expect.stringContaining('用人单位') },
    ]);
  });

  it('reads JSON text, reporting a bad element by the line it starts on', () => {
    const json = `[
  { "sourceId": "J1", "title": "叉车司机", "employer": "重庆临空物流有限公司", "wageMin": 5000, "suitableGroups": ["4050", "退役军人"] },
  {
    "sourceId": "J2",
    "title": "质检员",
    "employer": 42,
    "expiresOn": "not a date"
  },
  "not an object",
  { "岗位编号": "J3", "岗位名称": "电工", "用人单位": "重庆渝兴机电有限公司", "unknownKey": 1 }
]`;
    const r = readVacancies({ format: 'json', data: json });
    expect(r.rows.map((x) => [x.line, x.row.sourceId])).toEqual([
      [2, 'J1'],
      [10, 'J3'],
    ]);
    expect(r.rows[0]!.row.suitableGroups).toEqual(['4050', 'veteran']);
    expect(r.rows[1]!.row.employer).toBe('重庆渝兴机电有限公司');
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'expiresOn'],
      [9, '(row)'],
    ]);
    expect(r.ignored).toEqual(['unknownKey']);
  });

  it('accepts a JSON array value, numbering elements from 1', () => {
    const r = readVacancies({ format: 'json', data: [{ sourceId: 'X', title: 't', employer: 'e' }, { sourceId: 'Y', title: 't' }] });
    expect(r.rows).toHaveLength(1);
    expect(r.errors).toEqual([{ line: 2, field: 'employer', message: '用人单位：必填' }]);
  });

  it('reports unreadable files as a whole', () => {
    expect(readVacancies({ format: 'json', data: '{"a":' }).errors[0]).toMatchObject({ line: 1, field: '(file)' });
    expect(readVacancies({ format: 'json', data: '{"a":1}' }).errors[0]).toMatchObject({ line: 1, field: '(file)', message: expect.stringContaining('数组') });
    expect(readVacancies({ format: 'csv', data: '' }).errors[0]).toMatchObject({ line: 1, field: '(file)' });
    expect(readVacancies({ format: 'csv', data: 'sourceId,title,employer\nA,"open,x\n' }).errors).toEqual([
      { line: 2, field: '(file)', message: expect.stringContaining('引号未闭合') },
    ]);
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows in one import`, () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => ({ sourceId: `r${i}`, title: 't', employer: 'e' }));
    const r = readVacancies({ format: 'json', data: rows });
    expect(r.rows).toEqual([]);
    expect(r.errors[0]).toMatchObject({ field: '(file)' });
  });
});

describe('reading course and event files', () => {
  it('reads courses with Chinese headers and yes/no cells', () => {
    const csv = '课程编号,课程名称,培训机构,培训类别,开班日期,结束日期,补贴性培训,培训费用,适合人群\nC1,创办你的企业培训（SYB）,重庆临空创业培训学校,创业培训SYB,2026-12-10,2026-12-19,是,0,高校毕业生\nC2,烘焙,某学校,西式面点,2026-12-10,2026-12-01,否,3200,\n';
    const r = readCourses({ format: 'csv', data: csv });
    expect(r.rows[0]!.row).toMatchObject({ sourceId: 'C1', subsidised: true, fee: 0, suitableGroups: ['graduate'], startsOn: '2026-12-10' });
    expect(r.errors).toEqual([{ line: 3, field: 'endsOn', message: '结束日期：不能早于开始日期' }]);
  });

  it('reads events, deriving months from the time text or the dates as 附件2 writes them', () => {
    const csv = '活动编号,活动名称,年度,活动时间,开始日期,结束日期,参与部门\nEV1,春风行动,2026,1-3月,,,区人力社保局、区总工会\nEV2,金秋招聘会,,,2026-10-12,2026-11-05,\nEV3,无时间的活动,,,,,\n';
    const r = readEvents({ format: 'csv', data: csv });
    expect(r.rows.map((x) => x.row)).toMatchObject([
      { sourceId: 'EV1', months: [1, 2, 3], departments: ['区人力社保局', '区总工会'] },
      { sourceId: 'EV2', year: 2026, months: [10, 11], timeText: '2026-10-12至2026-11-05' },
    ]);
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([
      [4, 'year'],
      [4, 'months'],
    ]);
  });
});
