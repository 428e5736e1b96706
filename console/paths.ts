/**
 * The address of every page, for links and redirects. Its own module: the route table
 * (console/routes.ts) loads the pages, and the pages link to each other through these, so a page
 * importing the table would import itself back.
 */
export const paths = {
  chat: '/',
  embed: '/embed',
  login: '/console/login',
  setup: '/console/setup',
  console: '/console',
  queue: '/console/queue',
  case: (id: string) => `/console/cases/${encodeURIComponent(id)}`,
  ask: '/console/ask',
  ledger: '/console/ledger',
  ledgerRecord: (id: string) => `/console/ledger/${encodeURIComponent(id)}`,
  catalog: (tab: 'vacancies' | 'courses' | 'events' = 'vacancies') => `/console/catalog/${tab}`,
  audit: '/console/audit',
  dashboard: '/console/dashboard',
  password: '/console/password',
  accounts: '/console/accounts',
  accessLog: '/console/access-log',
  cannedReplies: '/console/canned-replies',
  search: '/console/search',
} as const;
