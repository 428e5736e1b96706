import { createSignal, Show } from 'solid-js';
import { describe, expect, test } from 'vitest';
import { t } from '../../../console/i18n.ts';
import { PlanPanel } from '../../../console/staff/case/PlanPanel.tsx';
import { fakeServer, settle, submit } from '../support/fetch.ts';
import { mount } from '../support/mount.tsx';

describe('the assistance plan panel', () => {
  test('on a page that renders it anew after saving (the ledger record), 已保存 stays: the page keeps it', async () => {
    const server = fakeServer({
      'POST /api/staff/ledger/seeker-1/plans': { status: 201, body: { plan: { id: 'p1', goals: '三个月内就业', steps: [], status: 'active' } } },
    });
    // As LedgerRecordPage does: a reload after the change renders the panel anew (keyed).
    const [version, setVersion] = createSignal(0);
    const [saved, setSaved] = createSignal<string>();
    const host = mount(() => (
      <Show when={version() + 1} keyed>
        {(_version) => <PlanPanel seekerId="seeker-1" plans={[]} followUps={[]} saved={saved()} onSaved={setSaved} onChange={() => setVersion((n) => n + 1)} />}
      </Show>
    ));
    submit(host.querySelector('form'));
    await settle();
    await settle();
    expect(server.sent.map((r) => `${r.method} ${r.path}`)).toContain('POST /api/staff/ledger/seeker-1/plans');
    expect(version()).toBe(1);
    expect(host.textContent).toContain(t.common.saved);
  });

  test('without a keeper, the panel shows 已保存 itself', async () => {
    fakeServer({ 'POST /api/staff/ledger/seeker-2/plans': { status: 201, body: { plan: { id: 'p2', goals: '', steps: [], status: 'active' } } } });
    const host = mount(() => <PlanPanel seekerId="seeker-2" plans={[]} followUps={[]} onChange={() => {}} />);
    submit(host.querySelector('form'));
    await settle();
    await settle();
    expect(host.textContent).toContain(t.common.saved);
  });
});
