export const auth = {
  errors: {
    unauthenticated: '请先登录工作人员账号',
    forbidden: '您的账号没有权限执行此操作',
    badCredentials: '用户名或密码错误',
    throttled: (seconds: number) => `登录失败次数过多，请${seconds >= 120 ? `${Math.ceil(seconds / 60)}分钟` : `${seconds}秒`}后再试`,
    passwordWeak: '新密码至少12位，包含大写字母、小写字母、数字、符号中的三种，不能含有用户名或姓名，也不能是常见或容易猜到的密码（如 Password1234）',
    passwordProblems: {
      too_short: '新密码至少需要12位',
      too_long: '新密码最多200位',
      too_simple: '新密码需包含大写字母、小写字母、数字、符号中的至少三种',
      personal: '新密码不能含有您的用户名或姓名',
      common: '这个密码太常见或太容易猜到（如常用密码、键盘顺序、拼音加生日），请换一个',
    },
    passwordSame: '新密码不能与原密码相同',
    passwordChangeRequired: '首次登录须先修改初始密码，修改后才能使用其他功能',
    passwordWrong: '原密码不正确',
    csrf: '请求来源不被允许',
    usernameTaken: '用户名已存在',
    cannotDisableSelf: '不能停用自己的账号',
  },
  roles: { counsellor: '职业指导员', staff: '工作人员', supervisor: '督导', admin: '管理员' },
} as const;
