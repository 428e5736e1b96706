import { describe, expect, test } from 'vitest';
import { t } from '../../../console/i18n.ts';
import { IdentityReveal, mayRevealIdentity } from '../../../console/staff/IdentityReveal.tsx';
import { fakeServer, settle, submit, type } from '../support/fetch.ts';
import { mount } from '../support/mount.tsx';

const i = t.staff.ledger.identity;
const PATH = '/api/staff/ledger/seeker-1/identity';
const IDENTITY = { seekerId: 'seeker-1', name: '张晓明', phone: '13800001234', idNumber: null, identityConsentAt: '2026-03-01T00:00:00Z', fields: ['name', 'phone'] };

const open = (host: HTMLElement) => {
  const button = [...host.querySelectorAll('button')].find((b) => b.textContent === i.reveal)!;
  expect(button.getAttribute('aria-haspopup')).toBe('dialog');
  button.click();
  return host.querySelector('dialog')!;
};

describe('mayRevealIdentity: who is shown the button', () => {
  const record = (counsellor: string | null, holders: (string | null)[]) => ({
    seeker: { id: 's', name: '张*', phone: null, identified: true, counsellor: counsellor ? { id: counsellor, displayName: '某老师' } : null, outcomeLabel: null },
    cases: holders.map((assignedTo, n) => ({ id: `c${n}`, status: 'resolved', reason: '', createdAt: '', assignedTo })),
  });
  test('a supervisor always; a counsellor responsible for the seeker (their counsellor, or holding or having held a case); no one else', () => {
    expect(mayRevealIdentity(record(null, []), { id: 'sup', role: 'supervisor' })).toBe(true);
    expect(mayRevealIdentity(record('wang', []), { id: 'wang', role: 'counsellor' })).toBe(true);
    expect(mayRevealIdentity(record(null, [null, 'wang']), { id: 'wang', role: 'counsellor' })).toBe(true);
    expect(mayRevealIdentity(record('li', [null, 'li']), { id: 'wang', role: 'counsellor' })).toBe(false);
    expect(mayRevealIdentity(record('wang', ['wang']), { id: 'wang', role: 'staff' })).toBe(false);
    expect(mayRevealIdentity(record('wang', []), null)).toBe(false);
  });
});

describe('IdentityReveal', () => {
  test('asks the reason first, sends it, shows the unmasked identity once and says the view is logged; closing forgets it', async () => {
    const server = fakeServer({ [`POST ${PATH}`]: { body: IDENTITY } });
    const host = mount(() => <IdentityReveal seekerId="seeker-1" />);
    const dialog = open(host);
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.querySelector('h2')?.textContent).toBe(i.title);
    expect(dialog.querySelector('dl')).toBeNull();
    const reason = dialog.querySelector<HTMLTextAreaElement>('textarea#identity-reason')!;
    expect(dialog.querySelector('label[for="identity-reason"]')?.textContent).toBe(i.reason);
    expect(reason.required).toBe(true);
    expect(reason.getAttribute('aria-describedby')).toBe('identity-reason-help');
    expect(dialog.querySelector('#identity-reason-help')?.textContent).toBe(i.reasonHelp);
    expect(dialog.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).toBe(true);
    expect(server.sent).toEqual([]);

    type(reason, ' 电话回访前核对身份 ');
    submit(dialog.querySelector('form'));
    await settle();
    expect(server.sent).toEqual([{ method: 'POST', path: PATH, query: {}, body: { reason: '电话回访前核对身份' } }]);
    expect([...dialog.querySelectorAll('dl dt')].map((d) => d.textContent)).toEqual([i.name, i.phone, i.idNumber]);
    expect([...dialog.querySelectorAll('dl dd')].map((d) => d.textContent)).toEqual(['张晓明', '13800001234', i.notRecorded]);
    expect(dialog.querySelector('p[role=status]')?.textContent).toBe(i.logged);
    expect(dialog.querySelector('form')).toBeNull();

    dialog.querySelector<HTMLButtonElement>(`button[aria-label="${t.common.close}"]`)!.click();
    expect(host.textContent).not.toContain('13800001234');
    open(host);
    expect(dialog.querySelector('dl')).toBeNull();
    expect(dialog.querySelector<HTMLTextAreaElement>('textarea')!.value).toBe('');
    expect(server.sent.length).toBe(1);
  });

  test('a reason the server refuses shows under the reason; a refusal of the view itself under the form', async () => {
    let reply: { status: number; body: unknown } = { status: 400, body: { error: { code: 'bad_request', message: '字段 reason 不正确：请说明查看原因（至少4个字）', field: 'reason' } } };
    fakeServer({ [`POST ${PATH}`]: () => reply });
    const host = mount(() => <IdentityReveal seekerId="seeker-1" />);
    const dialog = open(host);
    const reason = dialog.querySelector('textarea')!;
    type(reason, '核对');
    submit(dialog.querySelector('form'));
    await settle();
    expect(dialog.querySelector('#identity-reason-error')?.textContent).toBe('字段 reason 不正确：请说明查看原因（至少4个字）');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(reason.getAttribute('aria-describedby')).toBe('identity-reason-error identity-reason-help');
    expect(dialog.querySelector('dl')).toBeNull();

    reply = { status: 403, body: { error: { code: 'forbidden', message: '只能查看自己负责的求职者的完整身份信息' } } };
    submit(dialog.querySelector('form'));
    await settle();
    expect(dialog.querySelector('#identity-reason-error')).toBeNull();
    expect([...dialog.querySelectorAll('[role=alert]')].map((e) => e.textContent)).toEqual(['只能查看自己负责的求职者的完整身份信息']);
    expect(dialog.querySelector('dl')).toBeNull();
  });
});
