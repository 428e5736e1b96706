import { createResource, createSignal, For, onMount, Show } from 'solid-js';
import { type Account, createAccount, listAccounts, resetPassword, setAccountDisabled } from '../api/admin.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { Dialog } from '../components/Dialog.tsx';
import { maybe } from '../api/client.ts';
import type { StaffRole } from '../api/staff.ts';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorText } from '../components/FormStatus.tsx';
import { Available } from '../components/Unavailable.tsx';
import { t, zh } from '../i18n.ts';
import { formatDate } from '../lib/format.ts';

const a = t.staff.accounts;
const f = zh.forms;
const ROLES: StaffRole[] = ['counsellor', 'staff', 'supervisor', 'admin'];

/** Admins: staff accounts — create (a one-time password, no default), disable (sessions end at once), enable. */
export default function AccountsPage() {
  const [accounts, { refetch }] = createResource(() => maybe(listAccounts()));
  const [username, setUsername] = createSignal('');
  const [name, setName] = createSignal('');
  const [role, setRole] = createSignal<StaffRole>('counsellor');
  // The one-time password, shown once in a dialog; gone from the page when it closes.
  const [created, setCreated] = createSignal<{ username: string; password: string; reset: boolean }>();
  const [copied, setCopied] = createSignal(false);
  // The account about to be disabled or reset, waiting for the admin's 确定.
  const [asking, setAsking] = createSignal<{ user: Account; action: 'disable' | 'reset' }>();
  const [error, setError] = createSignal<string>();
  onMount(() => (document.title = `${a.title} · ${t.appName}`));

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    try {
      const r = await createAccount({ username: username().trim(), displayName: name().trim(), role: role() });
      setCopied(false);
      setCreated({ username: r.user.username, password: r.password, reset: false });
      setUsername('');
      setName('');
      void refetch();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const toggle = (u: Account) => (u.disabled ? void run(u) : setAsking({ user: u, action: 'disable' }));
  const confirmed = async () => {
    const ask = asking();
    setAsking(undefined);
    if (!ask) return;
    if (ask.action === 'disable') return run(ask.user);
    setError(undefined);
    try {
      const r = await resetPassword(ask.user.id);
      setCopied(false);
      setCreated({ username: r.user.username, password: r.password, reset: true });
      void refetch();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const copy = async (password: string) => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const run = async (u: Account) => {
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
        <form class="row wrap" noValidate onSubmit={submit}>
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
        <Dialog open={!!created()} title={f.reset.doneTitle} onClose={() => setCreated(undefined)}>
          <Show when={created()}>
            {(c) => (
              <div class="stack">
                <p>{c().reset ? f.reset.done(c().username) : f.reset.created(c().username)}</p>
                <code class="password one-time-password">{c().password}</code>
                <div class="row">
                  <button type="button" class="secondary" onClick={() => void copy(c().password)}>
                    {copied() ? f.reset.copied : f.reset.copy}
                  </button>
                  <button type="button" class="primary" onClick={() => setCreated(undefined)}>
                    {f.reset.close}
                  </button>
                </div>
              </div>
            )}
          </Show>
        </Dialog>
        <ConfirmDialog
          open={!!asking()}
          title={asking()?.action === 'reset' ? f.reset.title : f.confirm.disableTitle}
          confirmLabel={asking()?.action === 'reset' ? f.reset.button : a.disable}
          onConfirm={() => void confirmed()}
          onCancel={() => setAsking(undefined)}
        >
          <p>{asking() ? (asking()!.action === 'reset' ? f.reset.confirm(asking()!.user.displayName) : f.confirm.disable(asking()!.user.displayName)) : ''}</p>
        </ConfirmDialog>
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
                  <div class="row">
                    <button type="button" class="secondary small-button" aria-label={`${u.disabled ? a.enable : a.disable}：${u.username}`} onClick={() => toggle(u)}>
                      {u.disabled ? a.enable : a.disable}
                    </button>
                    <button type="button" class="ghost small-button" aria-label={`${f.reset.button}：${u.username}`} onClick={() => setAsking({ user: u, action: 'reset' })}>
                      {f.reset.button}
                    </button>
                  </div>
                ),
              },
            ]}
          />
        )}
      </Available>
    </div>
  );
}
