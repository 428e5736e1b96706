import { createSignal, For } from 'solid-js';
import { reassignCase, type StaffRef } from '../../api/cases.ts';
import { createFormErrors, ErrorText, Field } from '../../components/FormStatus.tsx';
import { t } from '../../i18n.ts';

const c = t.staff.conversation;
const FIELDS = ['counsellorId', 'note'];

/**
 * Which way, if any, `user` may hand on a case: a supervisor assigns any open case (queued or held);
 * anyone else only transfers one they hold. The server decides; this only hides what would be refused.
 */
export function reassignAction(c: { status: string; assignedTo: StaffRef | null } | undefined, user: { id: string; role: string } | null | undefined): 'assign' | 'transfer' | undefined {
  if (!c || !user) return undefined;
  if (user.role === 'supervisor' && (c.status === 'queued' || c.status === 'claimed')) return 'assign';
  return c.status === 'claimed' && c.assignedTo?.id === user.id ? 'transfer' : undefined;
}

/**
 * Handing a case on: the holder transfers it to another counsellor, a supervisor assigns it (queued
 * or held) to one. The choices are the caseworkers the case detail names, minus `exclude` (the
 * holder, to whom it cannot go again); the server decides who may, and says why not. What was
 * done goes to `onDone`, for the page to say: the form itself goes once a transfer is made.
 */
export function ReassignForm(props: {
  caseId: string;
  how: 'transfer' | 'assign';
  counsellors: readonly (StaffRef & { role: string })[];
  exclude?: string | undefined;
  onDone: (done: string) => void;
}) {
  const [to, setTo] = createSignal('');
  const [note, setNote] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors();
  const id = (name: string) => `${props.how}-${name}`;
  const choices = () => props.counsellors.filter((s) => s.id !== props.exclude);
  /** The select's value, set again whenever the options are: a live refresh of the case renders them anew. */
  const shown = () => {
    choices();
    return to();
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const target = props.counsellors.find((s) => s.id === to());
    if (!target) return;
    setBusy(true);
    errors.clear();
    try {
      await reassignCase(props.caseId, props.how, target.id, note().trim() || undefined);
      setTo('');
      setNote('');
      props.onDone((props.how === 'transfer' ? c.transferred : c.assigned)(target.displayName));
    } catch (err) {
      errors.set(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby={id('h')}>
      <h2 id={id('h')}>{props.how === 'transfer' ? c.transfer : c.assign}</h2>
      <form class="stack" onSubmit={submit}>
        <Field id={id('to')} label={c.reassignTo} error={errors.field('counsellorId')}>
          {(a) => (
            <select id={a.id} required value={shown()} aria-invalid={a.invalid()} aria-describedby={a.describedBy()} onChange={(e) => setTo(e.currentTarget.value)}>
              <option value="">{c.choose}</option>
              <For each={choices()}>
                {(s) => (
                  <option value={s.id}>
                    {s.displayName}
                    {s.role === 'supervisor' ? c.supervisorMark : ''}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
        <Field id={id('note')} label={c.reassignNote} error={errors.field('note')}>
          {(a) => <input id={a.id} maxLength={500} value={note()} aria-invalid={a.invalid()} aria-describedby={a.describedBy()} onInput={(e) => setNote(e.currentTarget.value)} />}
        </Field>
        <ErrorText error={errors.general(FIELDS)} />
        <button type="submit" class="secondary" disabled={busy() || !to()}>
          {props.how === 'transfer' ? c.transferSubmit : c.assignSubmit}
        </button>
      </form>
    </section>
  );
}
