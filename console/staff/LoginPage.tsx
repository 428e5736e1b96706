import { useNavigate, useSearchParams } from '@solidjs/router';
import { createResource, createSignal, onMount, Show } from 'solid-js';
import { setupNeeded } from '../api/staff.ts';
import { ErrorText } from '../components/FormStatus.tsx';
import { t } from '../i18n.ts';
import { paths } from '../paths.ts';
import { passwordFirst, useStaff } from './StaffProvider.tsx';

const l = t.staff.login;

export default function LoginPage() {
  const { session } = useStaff();
  const navigate = useNavigate();
  const [params] = useSearchParams<{ next?: string; expired?: string }>();
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const next = () => (params.next?.startsWith('/console') ? params.next : paths.console);
  const [firstStart] = createResource(() => setupNeeded().catch(() => false));

  onMount(async () => {
    document.title = `${l.title} · ${t.appName}`;
    const user = await session.load().catch(() => null);
    if (user) navigate(user.mustChangePassword ? passwordFirst(next()) : next(), { replace: true });
  });

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await session.login(username().trim(), password());
      navigate(session.user()?.mustChangePassword ? passwordFirst(next()) : next(), { replace: true });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="login-page">
      <form class="login-card" onSubmit={submit} aria-labelledby="login-title">
        <p class="small muted">{t.appName}</p>
        <h1 id="login-title">{l.title}</h1>
        <Show when={params.expired}>
          <p class="note" role="status">
            {t.staff.session.expired}
          </p>
        </Show>
        <label for="login-username">{l.username}</label>
        <input id="login-username" name="username" autocomplete="username" required value={username()} onInput={(e) => setUsername(e.currentTarget.value)} />
        <label for="login-password">{l.password}</label>
        <input id="login-password" name="password" type="password" autocomplete="current-password" required value={password()} onInput={(e) => setPassword(e.currentTarget.value)} />
        <ErrorText error={error()} />
        <button type="submit" class="primary" disabled={busy()}>
          {busy() ? l.submitting : l.submit}
        </button>
        <Show when={firstStart()} fallback={<p class="small muted">{l.hint}</p>}>
          <p class="note" role="status">
            {l.setupNeeded}
          </p>
        </Show>
      </form>
    </main>
  );
}
