import { createResource, createSignal, For, onMount, Show } from 'solid-js';
import { type Account, createAccount, listAccounts, setAccountDisabled } from '../api/admin.ts';
import { maybe } from '../api/client.ts';
import type { StaffRole } from '../api/staff.ts';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorText } from '../components/FormStatus.tsx';
import { Available } from '../components/Unavailable.tsx';
import { t, zh } from '../i18n.ts';
import { formatDate } from '../lib/format.ts';

const a = t.staff.accounts;
const ROLES: StaffRole[] = ['counsellor', 'staff', 'supervisor', 'admin'];

/** Admins: staff accounts — create (a one-time password, no default), disable (sessions end at once), enable. */
export default function AccountsPage() {
  const [accounts, { refetch }] = createResource(() => maybe(listAccounts()));
  const [username, setUsername] = createSignal('');
  const [name, setName] = createSignal('');
  const [role, setRole] = createSignal<StaffRole>('counsellor');
  const [created, setCreated] = createSignal<{ username: string; password: string }>();
  const [error, setError] = createSignal<string>();
  onMount(() => (document.title = `${a.title} · ${t.appName}`));

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    try {
      const r = await createAccount({ username: username().trim(), displayName: name().trim(), role: role() });
      setCreated({ username: r.user.username, password: r.password });
      setUsername('');
      setName('');
      void refetch();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const toggle = async (u: Account) => {
    setError(undefined);
    try {
      await setAccountDisabled(u.id, !u.disabled);
      void refetch();
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <div class="accounts-page">
      <h1>{a.title}</h1>
      <section class="panel" aria-labelledby="acc-new">
        <h2 id="acc-new">{a.create}</h2>
        <form class="row wrap" onSubmit={submit}>
          <div class="field">
            <label for="acc-username">{t.staff.login.username}</label>
            <input id="acc-username" required pattern="[A-Za-z0-9._\-]{3,64}" value={username()} onInput={(e) => setUsername(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="acc-name">{a.displayName}</label>
            <input id="acc-name" required maxLength={50} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="acc-role">{a.role}</label>
            <select id="acc-role" value={role()} onChange={(e) => setRole(e.currentTarget.value as StaffRole)}>
              <For each={ROLES}>{(r) => <option value={r}>{zh.auth.roles[r]}</option>}</For>
            </select>
          </div>
          <button type="submit" class="primary">
            {a.create}
          </button>
        </form>
        <Show when={created()}>
          {(c) => (
            <p class="note" role="status">
              {a.passwordOnce(c().username)} <code class="password">{c().password}</code>
            </p>
          )}
        </Show>
        <ErrorText error={error()} />
      </section>
      <Available result={accounts()}>
        {(list) => (
          <DataTable
            rows={list}
            columns={[
              { header: t.staff.login.username, cell: (u) => u.username },
              { header: a.displayName, cell: (u) => u.displayName },
              { header: a.role, cell: (u) => zh.auth.roles[u.role] },
              { header: a.created, cell: (u) => formatDate(u.createdAt) },
              {
                header: t.staff.queue.status,
                cell: (u) => <span class={`status ${u.disabled ? 'status-ineligible' : 'status-eligible'}`}>{u.disabled ? a.disabled : a.active}</span>,
              },
              {
                header: t.common.actions,
                cell: (u) => (
                  <button type="button" class="secondary small-button" onClick={() => toggle(u)}>
                    {u.disabled ? a.enable : a.disable}
                  </button>
                ),
              },
            ]}
          />
        )}
      </Available>
    </div>
  );
}
