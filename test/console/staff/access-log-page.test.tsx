import { describe, expect, test } from 'vitest';
import { zh } from '../../../console/i18n.ts';
import AccessLogPage from '../../../console/staff/AccessLogPage.tsx';
import { fakeServer, settle, submit } from '../support/fetch.ts';
import { mount } from '../support/mount.tsx';

const entry = (over: object) => ({
  id: 1,
  at: '2026-03-02T08:00:00Z',
  actor: { id: 'u1', username: 'zhao', displayName: '赵老师' },
  actorRole: 'counsellor',
  action: 'view_identity',
  actionLabel: zh.privacy.actions.view_identity,
  seeker: { id: 's1', name: '孙*' },
  fields: ['name', 'phone'],
  reason: '电话回访核对身份',
  route: 'POST /api/staff/ledger/:id/identity',
  breakGlass: false,
  ...over,
});
const BREAK_GLASS = entry({ id: 2, action: 'break_glass', actionLabel: zh.privacy.actions.break_glass, fields: [], reason: '求职者来电称原指导员休假，急需办理', route: 'POST /api/staff/cases', breakGlass: true });

describe('AccessLogPage: break-glass accesses', () => {
  test('marks a break-glass entry with its route, and lists them alone when asked', async () => {
    const server = fakeServer({
      'GET /api/staff/access-log': { body: { total: 2, items: [BREAK_GLASS, entry({})] } },
      'GET /api/staff/access-log/break-glass': { body: { total: 1, items: [BREAK_GLASS] } },
    });
    const host = mount(() => <AccessLogPage />);
    await settle();
    const rows = [...host.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(2);
    expect(rows[0]!.querySelector('.badge.warn')?.textContent).toBe(zh.access.breakGlass.label);
    expect(rows[0]!.textContent).toContain('POST /api/staff/cases');
    expect(rows[1]!.querySelector('.badge')).toBeNull();
    expect(host.textContent).toContain(zh.access.breakGlass.intro);

    const only = [...host.querySelectorAll('label')].find((l) => l.textContent?.includes(zh.access.breakGlass.only))!.querySelector('input')!;
    only.checked = true;
    only.dispatchEvent(new Event('change', { bubbles: true }));
    submit(host.querySelector('form'));
    await settle();
    expect(server.last()).toMatchObject({ method: 'GET', path: '/api/staff/access-log/break-glass' });
    expect(host.querySelectorAll('tbody tr')).toHaveLength(1);
  });
});
