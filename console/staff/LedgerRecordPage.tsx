import { A, createAsync, revalidate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { ClauseDialog } from '../components/ClauseDialog.tsx';
import { EligibilityTable } from '../components/EligibilityTable.tsx';
import { Available } from '../components/Unavailable.tsx';
import { t } from '../i18n.ts';
import { formatDate, seekerName } from '../lib/format.ts';
import { paths } from '../paths.ts';
import { FactsList } from './FactsList.tsx';
import { IdentityReveal, mayRevealIdentity } from './IdentityReveal.tsx';
import { OwedList } from './OwedList.tsx';
import { PlanPanel } from './case/PlanPanel.tsx';
import { ledgerRecord } from './ledger.data.ts';
import { ServicesPanel } from './ServicesPanel.tsx';
import { useStaff } from './StaffProvider.tsx';

const l = t.staff.ledger;

/** One person in the ledger: profile, services delivered, what is still owed, plan and 回访, cases. */
export default function LedgerRecordPage() {
  const params = useParams<{ id: string }>();
  const { session } = useStaff();
  const record = createAsync(() => ledgerRecord(params.id));
  const [clause, setClause] = createSignal<string>();
  const refresh = () => void revalidate(ledgerRecord.keyFor(params.id));
  // Kept here: the panel is rendered anew when the record reloads after a change.
  const [servicesSaved, setServicesSaved] = createSignal<string>();
  const [planSaved, setPlanSaved] = createSignal<string>();
  return (
    <div class="ledger-record">
      <A href={paths.ledger} class="small">
        ← {l.title}
      </A>
      <Available result={record()}>
        {(r) => (
          <>
            <div class="page-head">
              <h1>
                {seekerName(r.seeker, r.seeker.id)}
                <Show when={r.seeker.outcomeLabel}>
                  <span class="badge">{r.seeker.outcomeLabel}</span>
                </Show>
              </h1>
              <Show when={mayRevealIdentity(r, session.user())}>
                <IdentityReveal seekerId={r.seeker.id} />
              </Show>
            </div>
            <div class="case-grid">
              <div>
                <ServicesPanel seekerId={r.seeker.id} services={r.services} facts={r.profile.facts as Record<string, unknown>} saved={servicesSaved()} onSaved={setServicesSaved} onChange={refresh} />
                <section class="panel">
                  <h2>{l.owed}</h2>
                  <OwedList items={r.serviceStandard.outstanding} done="✓" />
                </section>
                <section class="panel">
                  <h2>{t.staff.conversation.eligibility}</h2>
                  <EligibilityTable benefits={r.eligibility} asOf={r.asOf} onCite={setClause} />
                </section>
                <section class="panel">
                  <h2>{t.staff.nav.queue}</h2>
                  <ul class="plain-list">
                    <For each={r.cases}>
                      {(c) => (
                        <li>
                          <A href={paths.case(c.id)}>{formatDate(c.createdAt)}</A> · {t.staff.caseStatus[c.status] ?? c.status} · {c.reason}
                        </li>
                      )}
                    </For>
                  </ul>
                </section>
              </div>
              <aside>
                <section class="panel">
                  <h2>{l.facts}</h2>
                  <FactsList facts={r.profile.facts} />
                </section>
                <PlanPanel seekerId={r.seeker.id} plans={r.plans} followUps={r.followUps} saved={planSaved()} onSaved={setPlanSaved} onChange={refresh} />
              </aside>
            </div>
          </>
        )}
      </Available>
      <ClauseDialog clauseId={clause()} onClose={() => setClause(undefined)} />
    </div>
  );
}
