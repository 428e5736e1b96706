import { createSignal, Show } from 'solid-js';
import { Dialog } from '../components/Dialog.tsx';
import { t, zh } from '../i18n.ts';

const i = t.seeker.identity;

/**
 * Optional 实名登记: name and phone so a counsellor can follow the seeker up in the real-name
 * ledger, only with the consent box ticked (the consent text is the server's own).
 */
export function IdentityDialog(props: { open: boolean; onClose: () => void; onSubmit: (body: { name: string; phone: string; consent: true }) => Promise<string> }) {
  const [name, setName] = createSignal('');
  const [phone, setPhone] = createSignal('');
  const [consent, setConsent] = createSignal(false);
  const [result, setResult] = createSignal<{ ok: boolean; text: string }>();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!consent()) return;
    try {
      setResult({ ok: true, text: await props.onSubmit({ name: name().trim(), phone: phone().trim(), consent: true }) });
    } catch (err) {
      setResult({ ok: false, text: (err as Error).message });
    }
  };
  return (
    <Dialog open={props.open} title={i.title} onClose={props.onClose}>
      <p class="small">{i.why}</p>
      <Show
        when={!result()?.ok}
        fallback={
          <p role="status" class="ok">
            {result()!.text}
          </p>
        }
      >
        <form class="stack" onSubmit={submit}>
          <label for="id-name">{i.name}</label>
          <input id="id-name" autocomplete="name" required minLength={2} maxLength={20} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
          <label for="id-phone">{i.phone}</label>
          <input id="id-phone" type="tel" inputMode="numeric" autocomplete="tel" required pattern="1[0-9]{10}" maxLength={11} value={phone()} onInput={(e) => setPhone(e.currentTarget.value)} />
          <label class="checkbox">
            <input type="checkbox" required checked={consent()} onChange={(e) => setConsent(e.currentTarget.checked)} />
            {zh.cases.identity.consentText}
          </label>
          <Show when={result() && !result()!.ok}>
            <p role="alert" class="error">
              {result()!.text}
            </p>
          </Show>
          <button type="submit" class="primary" disabled={!consent()}>
            {i.submit}
          </button>
        </form>
      </Show>
    </Dialog>
  );
}
