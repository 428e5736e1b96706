export const errors = {
  badRequest: '请求有误',
  fieldRequired: (field: string) => `缺少必填项：${field}`,
  fieldInvalid: (field: string, detail: string) => `字段 ${field} 不正确：${detail}`,
  bodyNotJson: '请求体必须是有效的 JSON',
  bodyTooLarge: '请求内容过大',
  nulCharacter: '不能包含空字符（\\u0000）',
  notFound: '未找到请求的内容',
  clauseNotFound: (id: string) => `未找到条款：${id}`,
  routeNotFound: '接口不存在',
  methodNotAllowed: '不支持该请求方法',
  internal: '服务暂时出现问题，请稍后再试；如需帮助请联系区就业和人才中心',
  unavailable: '服务正在启动或维护中，请稍后再试',
} as const;
