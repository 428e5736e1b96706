import { createSignal, For, Show } from 'solid-js';
import { resolveCase } from '../../api/cases.ts';
import { createFormErrors, ErrorText, Field, FieldError } from '../../components/FormStatus.tsx';
import { t, zh } from '../../i18n.ts';

const c = t.staff.conversation;
const r = zh.caseWorkspace.resolve;
const FIELDS = ['outcome', 'note'];

/**
 * Closing a case: nothing is chosen for the counsellor — they pick the outcome (and may add a
 * note), then confirm in a second step that names the outcome; only then is the case resolved.
 * The server's field errors (`outcome`, `note`) go under their fields.
 */
export function ResolveForm(props: { caseId: string; disabled?: boolean; onDone: (text: string) => void }) {
  const [open, setOpen] = createSignal(false);
  const [step, setStep] = createSignal<'choose' | 'confirm'>('choose');
  const [outcome, setOutcome] = createSignal('');
  const [note, setNote] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors();
  const label = () => c.outcomes[outcome()] ?? '';

  const reset = () => {
    setOpen(false);
    setStep('choose');
    setOutcome('');
    setNote('');
    errors.clear();
  };
  const confirm = async () => {
    setBusy(true);
    errors.clear();
    try {
      await resolveCase(props.caseId, outcome(), note().trim() || undefined);
      const done = r.done(label());
      reset();
      props.onDone(done);
    } catch (e) {
      errors.set(e);
      setStep('choose');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="resolve">
      <button type="button" class="ghost" aria-expanded={open()} disabled={props.disabled} onClick={() => (open() ? reset() : setOpen(true))}>
        {r.open}
      </button>
      <Show when={open()}>
        <section class="panel resolve-form" aria-labelledby="resolve-h">
          <h2 id="resolve-h">{r.title}</h2>
          <Show
            when={step() === 'confirm'}
            fallback={
              <form
                class="stack"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (outcome()) setStep('confirm');
                }}
              >
                <fieldset aria-describedby="resolve-outcome-error">
                  <legend>{r.outcome}</legend>
                  <For each={Object.entries(c.outcomes)}>
                    {([value, text]) => (
                      <label class="checkbox">
                        <input type="radio" name="resolve-outcome" value={value} checked={outcome() === value} onChange={() => setOutcome(value)} />
                        {text}
                      </label>
                    )}
                  </For>
                </fieldset>
                <FieldError id="resolve-outcome-error" error={errors.field('outcome')} />
                <Field id="resolve-note" label={r.note} error={errors.field('note')}>
                  {(a) => <input id={a.id} maxLength={500} value={note()} aria-invalid={a.invalid()} aria-describedby={a.describedBy()} onInput={(e) => setNote(e.currentTarget.value)} />}
                </Field>
                <ErrorText error={errors.general(FIELDS)} />
                <div class="row">
                  <button type="submit" class="primary" disabled={!outcome()}>
                    {r.next}
                  </button>
                  <button type="button" class="ghost" onClick={reset}>
                    {r.cancel}
                  </button>
                </div>
              </form>
            }
          >
            <p role="alert" class="resolve-confirm">
              {r.confirm(label())}
            </p>
            <div class="row">
              <button type="button" class="primary" disabled={busy()} onClick={() => void confirm()}>
                {r.confirmButton}
              </button>
              <button type="button" class="ghost" disabled={busy()} onClick={() => setStep('choose')}>
                {r.back}
              </button>
            </div>
          </Show>
        </section>
      </Show>
    </div>
  );
}
