import { describe, expect, test } from 'vitest';
import type { Dialogue } from '../../../console/api/cases.ts';
import { zh } from '../../../console/i18n.ts';
import { DialoguePanel } from '../../../console/staff/case/DialoguePanel.tsx';
import { fakeServer, settle, submit, type } from '../support/fetch.ts';
import { mount } from '../support/mount.tsx';

const p = zh.dialogueState.panel;

const dialogue = (over: Partial<Dialogue> = {}): Dialogue => ({
  role: 'seeker',
  roleLabel: '求职者',
  roleSource: 'inferred',
  roleSourceLabel: zh.dialogueState.roleSources.inferred,
  topic: [{ code: 'internship_subsidy', name: '就业见习补贴' }],
  service: { code: 'jobs', name: '岗位推荐' },
  asked: [{ path: 'person.registeredUnemployed', label: '是否已办理失业登记' }],
  facts: [
    {
      path: 'person.hukou',
      label: '户籍（是否为重庆市户籍）',
      value: 'other',
      valueLabel: '外地户籍',
      input: { kind: 'choice', options: [{ value: 'chongqing', label: '重庆市户籍' }, { value: 'other', label: '外地户籍' }] },
    },
    { path: 'person.isCollegeGraduate', label: '是否为高校毕业生（大专及以上）', value: true, valueLabel: '是', input: { kind: 'boolean' } },
    { path: 'person.business.startedOn', label: '企业（个体工商户）成立日期', value: '2024-01-10', valueLabel: '2024-01-10', input: { kind: 'date' } },
  ],
  addable: [],
  corrections: [],
  ...over,
});

const button = (host: HTMLElement, label: string) => [...host.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === label || b.textContent === label)!;

describe('the 对话状态 panel', () => {
  test('shows the role, topic, facts and last question in words, not codes', () => {
    fakeServer({});
    const host = mount(() => <DialoguePanel caseId="c1" dialogue={dialogue()} canCorrect={false} onChange={() => {}} />);
    const text = host.textContent!;
    for (const words of [p.title, p.role, '求职者', zh.dialogueState.roleSources.inferred, p.topic, '就业见习补贴', '岗位推荐', p.facts, '户籍（是否为重庆市户籍）', '外地户籍', '是', p.asked, '是否已办理失业登记']) {
      expect(text).toContain(words);
    }
    for (const code of ['internship_subsidy', 'person.hukou', 'other', 'inferred', 'registeredUnemployed', 'true']) expect(text).not.toContain(code);
    // Without the right to correct, there is nothing to edit.
    expect(host.querySelectorAll('button')).toHaveLength(0);
  });

  test('submits a corrected fact as a merge of the person facts and shows the new state', async () => {
    const corrected = dialogue({
      facts: [{ ...dialogue().facts[0]!, value: 'chongqing', valueLabel: '重庆市户籍' }, ...dialogue().facts.slice(1)],
      corrections: [{ path: 'person.hukou', label: '户籍（是否为重庆市户籍）', oldValue: 'other', newValue: 'chongqing', oldLabel: '外地户籍', newLabel: '重庆市户籍', actorName: '王静', createdAt: '2026-05-01T02:00:00Z' }],
    });
    const server = fakeServer({ 'PATCH /api/staff/cases/c1/facts': { body: { changed: ['person.hukou'], dialogue: corrected } } });
    let current = dialogue();
    let changed: Dialogue | undefined;
    const host = mount(() => <DialoguePanel caseId="c1" dialogue={changed ?? current} canCorrect onChange={(d) => (changed = d)} />);
    button(host, `${p.edit}：户籍（是否为重庆市户籍）`).click();
    await settle();
    const select = host.querySelector<HTMLSelectElement>('#fact-person-hukou')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['重庆市户籍', '外地户籍']);
    type(select, 'chongqing');
    submit(select.closest('form'));
    await settle();
    await settle();
    expect(server.last()).toMatchObject({ method: 'PATCH', path: '/api/staff/cases/c1/facts', body: { person: { hukou: 'chongqing' } } });
    expect(changed?.facts[0]!.value).toBe('chongqing');
    expect(host.textContent).toContain(p.saved);
  });

  test('sends a nested fact and a boolean with their types, and corrects the role', async () => {
    const server = fakeServer({ 'PATCH /api/staff/cases/c1/facts': (req) => ({ body: { changed: [], dialogue: dialogue(), echo: req.body } }) });
    const host = mount(() => <DialoguePanel caseId="c1" dialogue={dialogue()} canCorrect onChange={() => {}} />);
    button(host, `${p.edit}：是否为高校毕业生（大专及以上）`).click();
    await settle();
    type(host.querySelector('#fact-person-isCollegeGraduate'), 'false');
    submit(host.querySelector('#fact-person-isCollegeGraduate')!.closest('form'));
    await settle();
    expect(server.last()!.body).toEqual({ person: { isCollegeGraduate: false } });

    button(host, p.correctRole).click();
    await settle();
    type(host.querySelector('#dialogue-role'), 'employer');
    submit(host.querySelector('#dialogue-role')!.closest('form'));
    await settle();
    expect(server.last()!.body).toEqual({ role: 'employer' });
  });

  test('shows the server’s field error under the field being corrected', async () => {
    const message = '“企业（个体工商户）成立日期”填写不正确：请填写正确的日期';
    fakeServer({ 'PATCH /api/staff/cases/c1/facts': { status: 400, body: { error: { code: 'bad_request', message, field: 'person.business.startedOn' } } } });
    let changes = 0;
    const host = mount(() => <DialoguePanel caseId="c1" dialogue={dialogue()} canCorrect onChange={() => changes++} />);
    button(host, `${p.edit}：企业（个体工商户）成立日期`).click();
    await settle();
    const input = host.querySelector<HTMLInputElement>('#fact-person-business-startedOn')!;
    expect(input.type).toBe('date');
    type(input, '2030-01-01');
    submit(input.closest('form'));
    await settle();
    await settle();
    const error = host.querySelector('#fact-person-business-startedOn-error');
    expect(error?.textContent).toBe(message);
    expect(input.getAttribute('aria-describedby')).toBe('fact-person-business-startedOn-error');
    // The editor stays open with what was typed, and nothing was reported as changed.
    expect(host.querySelector<HTMLInputElement>('#fact-person-business-startedOn')?.value).toBe('2030-01-01');
    expect(changes).toBe(0);
  });
});
