import { useNavigate } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { setupFirstAdmin } from '../api/staff.ts';
import { ErrorText } from '../components/FormStatus.tsx';
import { t } from '../i18n.ts';
import { paths } from '../paths.ts';
import { useStaff } from './StaffProvider.tsx';

const s = t.staff.setup;

/**
 * The first administrator, from the one-time link a start with no administrator prints
 * (`/console/setup#<secret>`; the secret stays in the fragment, which no request carries).
 */
export default function SetupPage() {
  const { session } = useStaff();
  const navigate = useNavigate();
  const token = location.hash.replace(/^#/, '');
  const [username, setUsername] = createSignal('');
  const [name, setName] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [repeat, setRepeat] = createSignal('');
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  onMount(() => (document.title = `${s.title} · ${t.appName}`));

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    if (password() !== repeat()) return setError(s.mismatch);
    setBusy(true);
    try {
      const user = await setupFirstAdmin({ token, username: username().trim(), displayName: name().trim(), password: password() });
      session.signedIn(user);
      // The secret is spent: keep it out of the history.
      history.replaceState(null, '', paths.setup);
      navigate(paths.accounts, { replace: true });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="login-page">
      <form class="login-card" onSubmit={submit} aria-labelledby="setup-title">
        <p class="small muted">{t.appName}</p>
        <h1 id="setup-title">{s.title}</h1>
        <Show when={token} fallback={<p class="error" role="alert">{s.noToken}</p>}>
          <p class="small">{s.intro}</p>
          <label for="setup-username">{s.username}</label>
          <input id="setup-username" name="username" autocomplete="username" required pattern="[A-Za-z0-9._\-]{3,64}" value={username()} onInput={(e) => setUsername(e.currentTarget.value)} />
          <label for="setup-name">{s.displayName}</label>
          <input id="setup-name" name="name" required maxLength={50} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
          <label for="setup-password">{s.password}</label>
          <input id="setup-password" type="password" autocomplete="new-password" required aria-describedby="setup-rule" value={password()} onInput={(e) => setPassword(e.currentTarget.value)} />
          <p id="setup-rule" class="small muted">
            {s.rule}
          </p>
          <label for="setup-repeat">{s.repeat}</label>
          <input id="setup-repeat" type="password" autocomplete="new-password" required value={repeat()} onInput={(e) => setRepeat(e.currentTarget.value)} />
          <ErrorText error={error()} />
          <button type="submit" class="primary" disabled={busy()}>
            {busy() ? s.submitting : s.submit}
          </button>
        </Show>
      </form>
    </main>
  );
}
