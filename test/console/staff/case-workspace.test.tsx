import { describe, expect, test } from 'vitest';
import type { CaseMessage } from '../../../console/api/cases.ts';
import { zh } from '../../../console/i18n.ts';
import { ResolveForm } from '../../../console/staff/case/ResolveForm.tsx';
import { Transcript } from '../../../console/staff/case/Transcript.tsx';
import { fakeServer, settle, type } from '../support/fetch.ts';
import { mount } from '../support/mount.tsx';

const w = zh.caseWorkspace;
const outcomes = zh.console.staff.conversation.outcomes;

const line = (id: string, role: CaseMessage['role'], text: string, authorName?: string): CaseMessage => ({ id, seq: 1, role, text, citations: [], status: 'sent', authorName: authorName ?? null, createdAt: '2026-05-01T02:00:00Z' });
const buttonNamed = (host: HTMLElement, name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name);

describe('the case transcript as staff read it', () => {
  test('names the seeker as the seeker, each counsellor by name (the viewer as 我), the assistant as the assistant', () => {
    fakeServer({});
    const host = mount(() => (
      <Transcript
        me="王静"
        onCite={() => {}}
        messages={[line('1', 'seeker', '我要转人工'), line('2', 'assistant', '好的'), line('3', 'counsellor', '您好', '王静'), line('4', 'counsellor', '我来接手', '李明')]}
      />
    ));
    const speakers = [...host.querySelectorAll('.speaker')].map((e) => e.textContent);
    expect(speakers).toEqual([w.roles.seeker, w.roles.assistant, w.counsellorLine('王静', true), w.counsellorLine('李明', false)]);
    expect(speakers).not.toContain(zh.console.seeker.roles.seeker);
  });
});

describe('closing a case', () => {
  test('chooses nothing for the counsellor, asks to confirm the chosen outcome, and only then resolves', async () => {
    const server = fakeServer({ 'POST /api/staff/cases/c1/resolve': { body: { case: { id: 'c1', status: 'resolved' } } } });
    let done = '';
    const host = mount(() => <ResolveForm caseId="c1" onDone={(text) => (done = text)} />);
    buttonNamed(host, w.resolve.open)!.click();
    await settle();
    const radios = [...host.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.value)).toEqual(Object.keys(outcomes));
    expect(radios.some((r) => r.checked)).toBe(false);
    expect(buttonNamed(host, w.resolve.next)!.disabled).toBe(true);

    radios.find((r) => r.value === 'training')!.click();
    type(host.querySelector('#resolve-note'), '报名了电工培训');
    buttonNamed(host, w.resolve.next)!.click();
    await settle();
    expect(host.textContent).toContain(w.resolve.confirm(outcomes.training!));
    expect(server.sent).toHaveLength(0);

    buttonNamed(host, w.resolve.confirmButton)!.click();
    await settle();
    await settle();
    expect(server.last()).toMatchObject({ method: 'POST', path: '/api/staff/cases/c1/resolve', body: { outcome: 'training', note: '报名了电工培训' } });
    expect(done).toBe(w.resolve.done(outcomes.training!));
  });

  test("shows the server's field error under the outcome and goes back to the choice", async () => {
    fakeServer({ 'POST /api/staff/cases/c1/resolve': { status: 400, body: { error: { code: 'bad_request', message: '结案结果须为以下之一', field: 'outcome' } } } });
    const host = mount(() => <ResolveForm caseId="c1" onDone={() => {}} />);
    buttonNamed(host, w.resolve.open)!.click();
    await settle();
    host.querySelector<HTMLInputElement>('input[value=other]')!.click();
    buttonNamed(host, w.resolve.next)!.click();
    await settle();
    buttonNamed(host, w.resolve.confirmButton)!.click();
    await settle();
    await settle();
    expect(host.querySelector('#resolve-outcome-error')?.textContent).toBe('结案结果须为以下之一');
    expect(buttonNamed(host, w.resolve.next)).toBeTruthy();
  });
});
