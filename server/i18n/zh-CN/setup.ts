/**
 * What the operator reads when starting the server or running a command on the embedded data
 * directory, and the first administrator's one-time setup link. Command-line messages carry an
 * English line after the Chinese one: operators read logs in either.
 */
export const setup = {
  dataDirLocked: (h: { dataDir: string; pid: number; purpose: string; startedAt: string; hostname: string; otherHost: boolean }) =>
    [
      `数据目录 ${h.dataDir} 正在被另一个进程使用（${h.purpose}，进程号 ${h.pid}${h.otherHost ? `，主机 ${h.hostname}` : ''}，${h.startedAt} 起）。`,
      '内置数据库同一时间只能由一个进程打开，两个进程同时写入会损坏数据。请先停止该进程再运行；服务运行期间，请在工作台“账号管理”中创建账号。',
      `The data directory ${h.dataDir} is in use by another process (${h.purpose}, PID ${h.pid}${h.otherHost ? ` on ${h.hostname}` : ''}, since ${h.startedAt}).`,
      'The embedded database can be opened by one process at a time: two writing it corrupt it. Stop that process first; while the server runs, create accounts in the console (账号管理).',
    ].join('\n'),
  firstAdminLink: (url: string, hours: number) =>
    [
      `  尚无管理员账号。请在 ${hours} 小时内用浏览器打开下面的一次性链接，创建第一个管理员：`,
      `  No administrator yet. Open this one-time link within ${hours} hours to create the first one:`,
      '',
      `  ${url}`,
      '',
    ].join('\n'),
  errors: {
    invalidLink: '设置链接无效、已使用或已过期。请重新启动服务以获得新的链接，或用命令行创建管理员。',
    adminExists: '已经有管理员账号，请直接登录',
  },
} as const;
