export const auth = {
  errors: {
    unauthenticated: '请先登录工作人员账号',
    forbidden: '您的账号没有权限执行此操作',
    badCredentials: '用户名或密码错误',
    throttled: (seconds: number) => `登录失败次数过多，请${seconds >= 120 ? `${Math.ceil(seconds / 60)}分钟` : `${seconds}秒`}后再试`,
    passwordWeak: '新密码至少12位，并包含大写字母、小写字母、数字、符号中的三种',
    passwordWrong: '原密码不正确',
    csrf: '请求来源不被允许',
    usernameTaken: '用户名已存在',
    cannotDisableSelf: '不能停用自己的账号',
  },
  roles: { counsellor: '职业指导员', staff: '工作人员', supervisor: '督导', admin: '管理员' },
} as const;
