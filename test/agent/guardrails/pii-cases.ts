/**
 * The PII screen's cases, as data: what a seeker types and what must be stored instead. Every row
 * is a test (pii.test.ts). `kind` says what was found; rows without one are negatives: the text
 * must come back exactly as typed. A new format someone types is one line here.
 *
 * The numbers are made up: ID numbers are checksum-valid (or, where said, deliberately not) but
 * belong to no one; phones are in the 138 1234 56xx block used for tests.
 */
export interface PiiCase {
  /** The format, as the report counts it. */
  format: string;
  input: string;
  /** The text after screening (for negatives: the input itself). */
  output: string;
  kind?: 'phone' | 'id_number' | 'bank_card';
}

const negative = (format: string, input: string): PiiCase => ({ format, input, output: input });

export const PII_CASES: PiiCase[] = [
  // ── mobile numbers ──────────────────────────────────────────────────────────────────────
  { format: 'phone, plain', input: '电话13812345600', output: '电话138****5600', kind: 'phone' },
  { format: 'phone, spaced', input: '我的手机是 138 1234 5601，谢谢', output: '我的手机是 138****5601，谢谢', kind: 'phone' },
  { format: 'phone, dashed', input: '138-1234-5602', output: '138****5602', kind: 'phone' },
  { format: 'phone, dotted', input: '138.1234.5604', output: '138****5604', kind: 'phone' },
  { format: 'phone, +86 spaced', input: '+86 138 1234 5601', output: '+86 138****5601', kind: 'phone' },
  { format: 'phone, +86 compact', input: '+8613812345602', output: '+86 138****5602', kind: 'phone' },
  { format: 'phone, +86 dashed', input: '联系+86-138-1234-5606', output: '联系+86 138****5606', kind: 'phone' },
  { format: 'phone, 0086 prefix', input: '0086 13812345605', output: '+86 138****5605', kind: 'phone' },
  { format: 'phone, tel prefix', input: 'tel13812345603', output: 'tel138****5603', kind: 'phone' },
  { format: 'phone, Tel: prefix, spaced', input: 'Tel:138 1234 5607', output: 'Tel:138****5607', kind: 'phone' },
  { format: 'phone, 电话： prefix', input: '电话：13812345608', output: '电话：138****5608', kind: 'phone' },
  { format: 'phone, 手机 prefix', input: '手机13812345609', output: '手机138****5609', kind: 'phone' },
  { format: 'phone, 手机号码是 prefix, dashed', input: '手机号码是138-1234-5610', output: '手机号码是138****5610', kind: 'phone' },
  { format: 'phone, full-width digits', input: '电话１３８１２３４５６１１', output: '电话138****5611', kind: 'phone' },
  { format: 'phone, full-width digits and dashes', input: '１３８－１２３４－５６１２', output: '138****5612', kind: 'phone' },
  { format: 'phone, full-width spaces', input: '138　1234　5617', output: '138****5617', kind: 'phone' },
  { format: 'phone, Chinese digits', input: '我电话一三八一二三四五六七八', output: '我电话138****5678', kind: 'phone' },
  // the example, one digit too many: still a phone number spelled out
  { format: 'phone, Chinese digits, 12 of them', input: '我电话一三八一二三四五六七八九', output: '我电话138*****6789', kind: 'phone' },
  { format: 'phone, Chinese digits with 幺', input: '幺三八幺二三四五六七八', output: '138****5678', kind: 'phone' },
  { format: 'phone, Chinese digits with 〇 and 零', input: '一三九〇〇零一二三四五', output: '139****2345', kind: 'phone' },
  { format: 'phone, Chinese digits spaced', input: '一三八 一二三四 五六一四', output: '138****5614', kind: 'phone' },
  { format: 'phone, Chinese and Arabic digits mixed', input: '138一二三四5618', output: '138****5618', kind: 'phone' },
  { format: 'phone, full-width and ASCII mixed', input: '138１２３４5613', output: '138****5613', kind: 'phone' },
  { format: 'phone, after a date', input: '2026-03-01 打13812345615', output: '2026-03-01 打138****5615', kind: 'phone' },
  { format: 'phone, before another number', input: '13812345616 2个人', output: '138****5616 2个人', kind: 'phone' },
  { format: 'phone, digit by digit', input: '1 3 8 1 2 3 4 5 6 2 1', output: '138****5621', kind: 'phone' },
  { format: 'phone, two in one message', input: '13812345619或13812345620', output: '138****5619或138****5620', kind: 'phone' },

  // ── ID numbers (身份证号) ──────────────────────────────────────────────────────────────
  { format: 'ID, 18 digits', input: '身份证500112199003071235', output: '身份证500*************35', kind: 'id_number' },
  { format: 'ID, ID: prefix and lowercase x', input: 'ID:50011219900307118x', output: 'ID:500*************8x', kind: 'id_number' },
  { format: 'ID, uppercase X', input: '50011219900307118X', output: '500*************8X', kind: 'id_number' },
  { format: 'ID, spaced 6-8-4', input: '500112 19900307 1235', output: '500*************35', kind: 'id_number' },
  { format: 'ID, spaced in fours', input: '5001 1219 9003 0712 35', output: '500*************35', kind: 'id_number' },
  { format: 'ID, dashed', input: '500112-19900307-1235', output: '500*************35', kind: 'id_number' },
  { format: 'ID, full-width with Ｘ', input: '５００１１２１９９００３０７１１８Ｘ', output: '500*************8X', kind: 'id_number' },
  { format: 'ID, 身份证号码： prefix, spaced', input: '身份证号码：500101 1985 1120 3210', output: '身份证号码：500*************10', kind: 'id_number' },
  { format: 'ID, 15 digits (first generation)', input: '身份证号500112900307123', output: '身份证号500**********23', kind: 'id_number' },
  { format: 'ID, 15 digits in a sentence', input: '老身份证是 110105851120321 还能用吗', output: '老身份证是 110**********21 还能用吗', kind: 'id_number' },
  { format: 'ID, 18 digits with a mistyped check digit', input: '身份证500112199003071234', output: '身份证500*************34', kind: 'id_number' },

  // ── bank cards (16–19 digits passing Luhn) ────────────────────────────────────────────────
  { format: 'card, 16 digits', input: '卡号4111111111111111', output: '卡号************1111', kind: 'bank_card' },
  { format: 'card, 19 digits spaced in fours', input: '卡号 6222 0202 0011 2345 679', output: '卡号 ***************5679', kind: 'bank_card' },
  { format: 'card, dashed', input: '4111-1111-1111-1111', output: '************1111', kind: 'bank_card' },

  // ── must NOT be masked ────────────────────────────────────────────────────────────────
  negative('amount in 元', '我想申请6000元的补贴'),
  negative('amount per person', '每人20000元/人'),
  negative('amount range', '工资5000-8000元/月'),
  negative('list of round amounts that passes Luhn', '1000 2000 3000 4000'),
  negative('list of amounts', '补贴分别是3000 4000 5000 6000元'),
  negative('two dates', '2026-03-01 2026-06-30'),
  negative('office hours', '办理时间 9:00-12:00 14:00-17:30'),
  negative('numbered list', '第1 2 3 4 5 6 7 8 9 10 11条'),
  negative('amounts and dates together', '我2024年6月毕业，想问8000元创业补助和30万元贷款'),
  negative('ISO date', '2026-03-01开始'),
  negative('dotted date', '2026.03.01之前'),
  negative('Chinese date and time', '2026年3月1日13点'),
  negative('date range without separators', '20260301-20260630'),
  negative('date and time', '2026-03-01 13:30'),
  negative('clause id', '条款yb2022-38:2.1.1怎么说'),
  negative('policy document number', '渝北人社发〔2022〕38号'),
  negative('insurance policy number', '保单号PICC2026500112345'),
  negative('order number (16 digits, no Luhn)', '订单号1234567890123456'),
  negative('11 digits that are no mobile number', '编号12345678901'),
  negative('large amount of 11 digits', '10000000000元'),
  negative('clause number', '第2.2.2条'),
  negative('postcode', '邮编401120'),
  negative('staff number', '工号12345678'),
  negative('count of people', '3500人'),
  negative('months of insurance', '社保交了36个月，3年'),
  negative('Chinese counting', '一二三四五六七八九十'),
  negative('Chinese months', '我一二三月都在上班'),
];
