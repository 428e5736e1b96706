import { createSignal, Show } from 'solid-js';
import { ApiError } from '../api/client.ts';
import { zh } from '../i18n.ts';
import type { ChatStore } from '../stores/chat.ts';
import { requestCallback } from './wait-api.ts';

const c = zh.wait.callback;

/** 留言请回电: a phone number, the question, consent; the server's field errors shown under the field. */
export function CallbackForm(props: { chat: ChatStore; onDone: () => void; onCancel: () => void }) {
  const [phone, setPhone] = createSignal('');
  const [message, setMessage] = createSignal('');
  const [consent, setConsent] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const submit = async (e: Event) => {
    e.preventDefault();
    const s = props.chat.session();
    if (!s) return;
    setBusy(true);
    setErrors({});
    try {
      const body = { phone: phone(), consent: consent() as true, ...(message().trim() ? { message: message().trim() } : {}) };
      await requestCallback(s, body);
      props.onDone();
    } catch (err) {
      const field = err instanceof ApiError && err.field ? err.field : 'form';
      setErrors({ [field]: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };
  const error = (field: string, id: string) => (
    <Show when={errors()[field]}>
      <span id={id} role="alert" class="error small">
        {errors()[field]}
      </span>
    </Show>
  );
  return (
    <form class="callback-form stack" onSubmit={submit} noValidate>
      <p class="small">{c.intro}</p>
      <label for="cb-phone">{c.phone}</label>
      <input id="cb-phone" type="tel" inputMode="numeric" autocomplete="tel" maxLength={20} value={phone()} aria-describedby="cb-phone-error" onInput={(e) => setPhone(e.currentTarget.value)} />
      {error('phone', 'cb-phone-error')}
      <label for="cb-message">{c.message}</label>
      <textarea id="cb-message" rows="2" maxLength={500} placeholder={c.messagePlaceholder} value={message()} onInput={(e) => setMessage(e.currentTarget.value)} />
      {error('message', 'cb-message-error')}
      <label class="checkbox">
        <input type="checkbox" checked={consent()} onChange={(e) => setConsent(e.currentTarget.checked)} />
        {c.consent}
      </label>
      {error('consent', 'cb-consent-error')}
      {error('form', 'cb-form-error')}
      <div class="row">
        <button type="submit" class="primary" disabled={busy()}>
          {busy() ? c.submitting : c.submit}
        </button>
        <button type="button" class="ghost" onClick={() => props.onCancel()}>
          {c.cancel}
        </button>
      </div>
    </form>
  );
}
