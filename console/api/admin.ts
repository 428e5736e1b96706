/**
 * Accounts (admins), the access log (supervisors, admins) and 主动服务 prompts (casework):
 * server/routes/staff/{users,access-log,outreach}.ts.
 */
import type { Account, NewAccount, PasswordReset } from '../../server/contract/accounts.ts';
import type { AccessLogPage } from '../../server/contract/oversight.ts';
import type { OutreachGroups, OutreachMarked } from '../../server/contract/outreach.ts';
import { api } from './client.ts';
import type { StaffRole } from './staff.ts';

export type { Account } from '../../server/contract/accounts.ts';
export type { AccessEntry } from '../../server/contract/oversight.ts';
export const listAccounts = () => api<{ users: Account[] }>('/api/staff/users').then((r) => r.users);
export const createAccount = (body: { username: string; displayName: string; role: StaffRole }) => api<NewAccount>('/api/staff/users', { body });
export const setAccountDisabled = (id: string, disabled: boolean) =>
  api<{ user: Account }>(`/api/staff/users/${encodeURIComponent(id)}/${disabled ? 'disable' : 'enable'}`, { method: 'POST' });

/** A new one-time password for the account (shown once); its sessions end and it must change it at the next sign-in. */
export const resetPassword = (id: string) => api<PasswordReset>(`/api/staff/users/${encodeURIComponent(id)}/reset-password`, { method: 'POST' });

export const searchAccessLog = (q: { actor?: string; action?: string; from?: string; to?: string; page?: number }) =>
  api<AccessLogPage>('/api/staff/access-log', { query: q });
/** The break-glass accesses alone, for supervisors to review. */
export const listBreakGlass = (q: { actor?: string; from?: string; to?: string; page?: number }) =>
  api<AccessLogPage>('/api/staff/access-log/break-glass', { query: q });

export type OutreachGroup = OutreachGroups['groups'][number];
export type OutreachItem = OutreachGroup['seekers'][number]['items'][number];
export const listOutreach = () => api<OutreachGroups>('/api/staff/outreach').then((r) => r.groups);
export const markOutreach = (id: string, status: 'open' | 'contacted' | 'dismissed', note?: string) =>
  api<OutreachMarked>(`/api/staff/outreach/${encodeURIComponent(id)}`, { method: 'PATCH', body: { status, ...(note ? { note } : {}) } });
