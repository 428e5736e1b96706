import { createSignal, Show } from 'solid-js';
import { type LedgerRecord, type RevealedIdentity, revealIdentity } from '../api/cases.ts';
import { Dialog } from '../components/Dialog.tsx';
import { createFormErrors, ErrorText, Field } from '../components/FormStatus.tsx';
import { t } from '../i18n.ts';

const i = t.staff.ledger.identity;

/**
 * Whether `user` may see this person's full identity (server/ledger/identity.ts `revealIdentity`):
 * a supervisor always; a counsellor when responsible — the seeker's counsellor, or holding or having
 * held one of their cases. The server decides; this only hides a button that would be refused.
 */
export function mayRevealIdentity(
  record: { seeker: Pick<LedgerRecord['seeker'], 'counsellor'>; cases: readonly Pick<LedgerRecord['cases'][number], 'assignedTo'>[] },
  user: { id: string; role: string } | null | undefined,
): boolean {
  if (user?.role === 'supervisor') return true;
  if (user?.role !== 'counsellor') return false;
  return record.seeker.counsellor?.id === user.id || record.cases.some((c) => c.assignedTo === user.id);
}

/**
 * 查看完整身份信息: asks why, then shows the unmasked name, phone and ID number once. The server
 * writes each view, with the reason, to the access log (and refuses a counsellor someone else's
 * seeker); closing the dialog forgets what was shown.
 */
export function IdentityReveal(props: { seekerId: string }) {
  const [open, setOpen] = createSignal(false);
  const [reason, setReason] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [shown, setShown] = createSignal<RevealedIdentity>();
  const errors = createFormErrors();
  const close = () => {
    setOpen(false);
    setShown(undefined);
    setReason('');
    errors.clear();
  };
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setBusy(true);
    errors.clear();
    try {
      setShown(await revealIdentity(props.seekerId, reason().trim()));
    } catch (err) {
      errors.set(err);
    } finally {
      setBusy(false);
    }
  };
  const value = (v: string | null) => v ?? <span class="muted">{i.notRecorded}</span>;

  return (
    <>
      <button type="button" class="secondary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {i.reveal}
      </button>
      <Dialog open={open()} title={i.title} onClose={close}>
        <Show
          when={shown()}
          fallback={
            <form class="stack" onSubmit={submit}>
              <Field id="identity-reason" label={i.reason} help={i.reasonHelp} error={errors.field('reason')}>
                {(a) => (
                  <textarea
                    id={a.id}
                    rows="2"
                    required
                    minLength={4}
                    maxLength={200}
                    value={reason()}
                    aria-invalid={a.invalid()}
                    aria-describedby={a.describedBy()}
                    onInput={(e) => setReason(e.currentTarget.value)}
                  />
                )}
              </Field>
              <ErrorText error={errors.general(['reason'])} />
              <button type="submit" class="primary" disabled={busy() || !reason().trim()}>
                {i.submit}
              </button>
            </form>
          }
        >
          {(id) => (
            <>
              <dl class="identity">
                <dt>{i.name}</dt>
                <dd>{value(id().name)}</dd>
                <dt>{i.phone}</dt>
                <dd>{value(id().phone)}</dd>
                <dt>{i.idNumber}</dt>
                <dd>{value(id().idNumber)}</dd>
              </dl>
              <p class="note" role="status">
                {i.logged}
              </p>
              <p class="small muted">{i.once}</p>
            </>
          )}
        </Show>
      </Dialog>
    </>
  );
}
