import { useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { changePassword } from '../api/staff.ts';
import { SaveResult } from '../components/FormStatus.tsx';
import { t, zh } from '../i18n.ts';
import { paths } from '../paths.ts';
import { useStaff } from './StaffProvider.tsx';

const p = t.staff.password;

/** Change the password; for an account on its one-time password the only page until it is done. */
export default function PasswordPage() {
  const { session } = useStaff();
  const navigate = useNavigate();
  const [params] = useSearchParams<{ next?: string }>();
  const required = () => session.user()?.mustChangePassword === true;
  onMount(() => (document.title = `${p.title} · ${t.appName}`));
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [repeat, setRepeat] = createSignal('');
  const [message, setMessage] = createSignal<{ ok: boolean; text: string }>();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (next() !== repeat()) return setMessage({ ok: false, text: p.mismatch });
    try {
      const wasRequired = required();
      await changePassword(current(), next());
      setMessage({ ok: true, text: p.done });
      setCurrent('');
      setNext('');
      setRepeat('');
      // The server ended every session and opened a fresh one: read who we are again.
      await session.load();
      if (wasRequired) navigate(params.next?.startsWith('/console') && params.next !== paths.password ? params.next : paths.console, { replace: true });
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    }
  };
  return (
    <section class="narrow">
      <h1>{p.title}</h1>
      <Show when={required()}>
        <p class="note" role="status">
          {p.required}
        </p>
      </Show>
      <form class="stack" onSubmit={submit}>
        <label for="pw-current">{p.current}</label>
        <input id="pw-current" type="password" autocomplete="current-password" required value={current()} onInput={(e) => setCurrent(e.currentTarget.value)} />
        <label for="pw-next">{p.next}</label>
        <input id="pw-next" type="password" autocomplete="new-password" required aria-describedby="pw-rule" value={next()} onInput={(e) => setNext(e.currentTarget.value)} />
        <p id="pw-rule" class="small muted">
          {zh.auth.errors.passwordWeak}
        </p>
        <label for="pw-repeat">{p.repeat}</label>
        <input id="pw-repeat" type="password" autocomplete="new-password" required value={repeat()} onInput={(e) => setRepeat(e.currentTarget.value)} />
        <SaveResult result={message()} />
        <button type="submit" class="primary">
          {t.common.save}
        </button>
      </form>
    </section>
  );
}
