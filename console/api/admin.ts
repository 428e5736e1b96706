/**
 * Accounts (admins), the access log (supervisors, admins) and 主动服务 prompts (casework):
 * server/routes/staff/{users,access-log,outreach}.ts.
 */
import { api } from './client.ts';
import type { StaffRole } from './staff.ts';

export interface Account {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  disabled: boolean;
  createdAt: string;
}
export const listAccounts = () => api<{ users: Account[] }>('/api/staff/users').then((r) => r.users);
export const createAccount = (body: { username: string; displayName: string; role: StaffRole }) => api<{ user: Account; password: string }>('/api/staff/users', { body });
export const setAccountDisabled = (id: string, disabled: boolean) =>
  api<{ user: Account }>(`/api/staff/users/${encodeURIComponent(id)}/${disabled ? 'disable' : 'enable'}`, { method: 'POST' });

/** A new one-time password for the account (shown once); its sessions end and it must change it at the next sign-in. */
export const resetPassword = (id: string) => api<{ user: Account; password: string }>(`/api/staff/users/${encodeURIComponent(id)}/reset-password`, { method: 'POST' });

export interface AccessEntry {
  id: number;
  at: string;
  actor: { id: string; username: string; displayName: string } | null;
  actorRole: string;
  action: string;
  actionLabel: string;
  seeker: { id: string; name: string | null } | null;
  fields: string[];
  reason: string | null;
  route: string | null;
  /** A counsellor reached a seeker they are not responsible for, giving the reason (break-glass). */
  breakGlass?: boolean;
}
export const searchAccessLog = (q: { actor?: string; action?: string; from?: string; to?: string; page?: number }) =>
  api<{ total: number; items: AccessEntry[] }>('/api/staff/access-log', { query: q });
/** The break-glass accesses alone, for supervisors to review. */
export const listBreakGlass = (q: { actor?: string; from?: string; to?: string; page?: number }) =>
  api<{ total: number; items: AccessEntry[] }>('/api/staff/access-log/break-glass', { query: q });

export interface OutreachItem {
  id: string;
  kind: string;
  code: string;
  reason: string;
  clauseId: string | null;
  status: string;
  firstFoundOn: string;
}
export interface OutreachGroup {
  counsellor: { id: string; displayName: string } | null;
  seekers: { seeker: { id: string; name: string | null; phone: string | null }; items: OutreachItem[] }[];
}
export const listOutreach = () => api<{ groups: OutreachGroup[] }>('/api/staff/outreach').then((r) => r.groups);
export const markOutreach = (id: string, status: 'open' | 'contacted' | 'dismissed', note?: string) =>
  api(`/api/staff/outreach/${encodeURIComponent(id)}`, { method: 'PATCH', body: { status, ...(note ? { note } : {}) } });
