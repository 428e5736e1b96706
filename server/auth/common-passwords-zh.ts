/**
 * Words that Chinese users build passwords from, most frequent first, which the zxcvbn-ts common
 * list (drawn mostly from English-language breaches) ranks low or lacks: number strings with a
 * meaning (5201314 “我爱你一生一世”, 1314520), pinyin phrases (woaini, wodemima), the commonest
 * surnames and given-name syllables in pinyin (name + birthday is the most common Chinese pattern),
 * and place and service words. Compiled by hand from the published analyses of Chinese password
 * leaks (Li, Han and Xu, “A large-scale empirical analysis of Chinese web passwords”, USENIX
 * Security 2014; Wang et al., “Targeted online password guessing”, CCS 2016). Embedded: nothing is
 * downloaded at run time. Each entry is also matched inside a longer password and with l33t
 * substitutions, so `Woaini1314520` scores as two common words.
 */
export const COMMON_PASSWORDS_ZH = [
  '5201314', '1314520', 'woaini', 'woaini1314', 'woaini520', '520520', '521521', '5211314', '1314521', '147258369',
  '147258', '258369', '159357', '159753', '123321', '112233', '123123', '321321', '654321', '666666',
  '888888', '168168', '518518', '999999', '000000', '111111', '11111111', 'a123456', 'qq123456', 'abc123456',
  'aa123456', 'woaiwojia', 'woaimama', 'woaibaba', 'woaini1', 'iloveyou', 'aini', 'aini1314', 'wodemima', 'mima',
  'mima123', 'nihao', 'nihaoma', 'zhongguo', 'china', 'woshishui', 'wangyi', 'baidu', 'taobao', 'weixin',
  'tencent', 'qqqqqq', 'asdasd', 'zxczxc', 'qweqwe', 'qwe123', '123qwe', 'qaz123', 'zxc123', 'asd123',
  'beijing', 'shanghai', 'chongqing', 'yubei', 'sichuan', 'chengdu', 'guangzhou', 'shenzhen', 'xiaoming', 'xiaohong',
  'wang', 'zhang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou',
  'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'lin', 'luo', 'gao',
  'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng',
  'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du',
  'ye', 'cheng', 'wei', 'su', 'lv', 'ding', 'ren', 'shen', 'yao', 'lu',
  'jing', 'ming', 'hong', 'hua', 'jun', 'jie', 'ling', 'ping', 'fang', 'yan',
  'ying', 'xin', 'hui', 'qiang', 'lei', 'bin', 'tao', 'long', 'fei', 'yun',
  'mei', 'li', 'na', 'jia', 'yi', 'xiang', 'chao', 'gang', 'wen', 'hao',
  'shuai', 'meimei', 'baobao', 'beibei', 'xiaobao', 'laogong', 'laopo', 'qinqin', 'tiantian', 'lele',
];
