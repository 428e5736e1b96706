import { createSignal } from 'solid-js';
import { describe, expect, test, vi } from 'vitest';
import { ReassignForm, reassignAction } from '../../../console/staff/case/ReassignForm.tsx';
import { t } from '../../../console/i18n.ts';
import { fakeServer, settle, submit, type } from '../support/fetch.ts';
import { mount } from '../support/mount.tsx';

const c = t.staff.conversation;
const PEOPLE = [
  { id: 'u-wang', displayName: '王静', role: 'counsellor' },
  { id: 'u-li', displayName: '李明', role: 'counsellor' },
  { id: 'u-chen', displayName: '陈督导', role: 'supervisor' },
];

describe('reassignAction: who is shown which control', () => {
  const held = { status: 'claimed', assignedTo: { id: 'u-wang', displayName: '王静' } };
  const queued = { status: 'queued', assignedTo: null };
  test('a supervisor assigns any open case, held by anyone or waiting, but not a closed one', () => {
    const sup = { id: 'u-chen', role: 'supervisor' };
    expect(reassignAction(held, sup)).toBe('assign');
    expect(reassignAction(queued, sup)).toBe('assign');
    expect(reassignAction({ status: 'resolved', assignedTo: null }, sup)).toBeUndefined();
    expect(reassignAction({ status: 'returned_to_bot', assignedTo: null }, sup)).toBeUndefined();
  });
  test('a counsellor transfers only the case they hold; nothing on a waiting case or one someone else holds', () => {
    expect(reassignAction(held, { id: 'u-wang', role: 'counsellor' })).toBe('transfer');
    expect(reassignAction(held, { id: 'u-li', role: 'counsellor' })).toBeUndefined();
    expect(reassignAction(queued, { id: 'u-li', role: 'counsellor' })).toBeUndefined();
    expect(reassignAction(held, null)).toBeUndefined();
  });
});

describe('ReassignForm', () => {
  test('transfer: the holder is not offered, supervisors are marked; the choice and note are sent and the result said', async () => {
    const server = fakeServer({ 'POST /api/staff/cases/case-1/transfer': { body: { case: { status: 'claimed', assignedTo: { id: 'u-li', displayName: '李明' } } } } });
    const onDone = vi.fn();
    const host = mount(() => <ReassignForm caseId="case-1" how="transfer" counsellors={PEOPLE} exclude="u-wang" onDone={onDone} />);
    expect(host.querySelector('section h2')?.textContent).toBe(c.transfer);
    const select = host.querySelector<HTMLSelectElement>('select#transfer-to')!;
    expect(host.querySelector('label[for="transfer-to"]')?.textContent).toBe(c.reassignTo);
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', c.choose],
      ['u-li', '李明'],
      ['u-chen', `陈督导${c.supervisorMark}`],
    ]);
    const button = host.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(button.textContent?.trim()).toBe(c.transferSubmit);
    expect(button.disabled).toBe(true);

    type(select, 'u-li');
    type(host.querySelector('#transfer-note'), '  对方更熟悉创业政策 ');
    expect(button.disabled).toBe(false);
    submit(host.querySelector('form'));
    await settle();
    expect(server.sent).toEqual([{ method: 'POST', path: '/api/staff/cases/case-1/transfer', query: {}, body: { counsellorId: 'u-li', note: '对方更熟悉创业政策' } }]);
    // What was done is the page's to say (the form goes once the case is transferred).
    expect(onDone).toHaveBeenCalledExactlyOnceWith(c.transferred('李明'));
    expect(select.value).toBe('');
  });

  test('the choice survives the case detail reloading (new option objects, as a live refresh brings)', () => {
    fakeServer({});
    const [people, setPeople] = createSignal(PEOPLE);
    const host = mount(() => <ReassignForm caseId="case-1" how="assign" counsellors={people()} onDone={() => {}} />);
    const select = host.querySelector<HTMLSelectElement>('select')!;
    type(select, 'u-li');
    setPeople(PEOPLE.map((p) => ({ ...p })));
    expect(select.value).toBe('u-li');
    expect(select.selectedOptions[0]?.textContent).toBe('李明');
    expect(host.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).toBe(false);
  });

  test('assign: a refusal naming counsellorId shows under the select, which is marked invalid; one naming no field under the form', async () => {
    let reply = { status: 400, body: { error: { code: 'bad_request', message: '只能转给在职的职业指导员或督导', field: 'counsellorId' } } };
    const server = fakeServer({ 'POST /api/staff/cases/case-2/assign': () => reply });
    const onDone = vi.fn();
    const host = mount(() => <ReassignForm caseId="case-2" how="assign" counsellors={PEOPLE} onDone={onDone} />);
    expect(host.querySelector('section h2')?.textContent).toBe(c.assign);
    const select = host.querySelector<HTMLSelectElement>('select#assign-to')!;
    expect(select.options.length).toBe(4);
    type(select, 'u-wang');
    submit(host.querySelector('form'));
    await settle();
    expect(server.last()).toMatchObject({ method: 'POST', path: '/api/staff/cases/case-2/assign', body: { counsellorId: 'u-wang' } });
    const error = host.querySelector('#assign-to-error');
    expect(error?.textContent).toBe('只能转给在职的职业指导员或督导');
    expect(error?.getAttribute('role')).toBe('alert');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select.getAttribute('aria-describedby')).toBe('assign-to-error');
    expect(host.querySelectorAll('[role=alert]').length).toBe(1);
    expect(onDone).not.toHaveBeenCalled();

    reply = { status: 409, body: { error: { code: 'case_closed', message: '该记录已结束人工服务' } } } as typeof reply;
    submit(host.querySelector('form'));
    await settle();
    expect(host.querySelector('#assign-to-error')).toBeNull();
    expect(select.getAttribute('aria-invalid')).toBe('false');
    expect([...host.querySelectorAll('[role=alert]')].map((e) => e.textContent)).toEqual(['该记录已结束人工服务']);
  });
});
