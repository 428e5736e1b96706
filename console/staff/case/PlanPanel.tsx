import { createSignal, For, Index, Show } from 'solid-js';
import { completeFollowUp, createPlan, type FollowUp, type Plan, type PlanStep, scheduleFollowUp, updatePlan } from '../../api/cases.ts';
import { createFormErrors, FieldError, SaveResult } from '../../components/FormStatus.tsx';
import { TextCount } from '../../components/TextCount.tsx';
import { t, zh } from '../../i18n.ts';
import { formatDate } from '../../lib/format.ts';

const c = t.staff.conversation;
const f = zh.forms.plan;

/** 个性化就业援助计划 (goals, steps with owner and due date) and 回访 dates with their outcome. */
/**
 * The assistance plan and its follow-ups. Where the page renders this panel anew after a change
 * (the ledger record reloads whole), the page keeps what was done (`saved`, `onSaved`).
 */
export function PlanPanel(props: {
  seekerId: string;
  caseId?: string;
  plans: readonly Plan[];
  followUps: readonly FollowUp[];
  onChange: () => void;
  saved?: string;
  onSaved?: (done: string | undefined) => void;
}) {
  const current = () => props.plans.find((p) => p.status === 'active') ?? props.plans[0];
  const [goals, setGoals] = createSignal(current()?.goals ?? '');
  const [steps, setSteps] = createSignal<PlanStep[]>(current()?.steps.map((s) => ({ ...s })) ?? []);
  const [due, setDue] = createSignal('');
  const [dueNote, setDueNote] = createSignal('');
  const [message, setMessage] = createSignal<{ ok: boolean; text: string }>();
  // The server's complaints: the plan form's under its fields (goals, steps.N.…), the follow-up form's under its own.
  const planErrors = createFormErrors();
  const dueErrors = createFormErrors();
  const [completing, setCompleting] = createSignal<string>();
  const [outcome, setOutcome] = createSignal('');

  const run = async (fn: () => Promise<unknown>, errors?: ReturnType<typeof createFormErrors>) => {
    setMessage(undefined);
    planErrors.clear();
    dueErrors.clear();
    try {
      await fn();
      if (props.onSaved) props.onSaved(t.common.saved);
      else setMessage({ ok: true, text: t.common.saved });
      props.onChange();
    } catch (err) {
      props.onSaved?.(undefined);
      if (errors && (err as { field?: string }).field) errors.set(err);
      else setMessage({ ok: false, text: (err as Error).message });
    }
  };
  const cleanSteps = () => steps().filter((s) => s.text.trim()).map((s) => ({ text: s.text.trim(), ...(s.dueOn ? { dueOn: s.dueOn } : {}), ...(s.owner ? { owner: s.owner } : {}), ...(s.doneAt ? { doneAt: s.doneAt } : {}) }));
  const savePlan = (e: Event) => {
    e.preventDefault();
    const plan = current();
    void run(
      () => (plan ? updatePlan(plan.id, { goals: goals(), steps: cleanSteps() }) : createPlan(props.seekerId, { goals: goals(), steps: cleanSteps(), ...(props.caseId ? { caseId: props.caseId } : {}) })),
      planErrors,
    );
  };
  const setStep = (i: number, patch: Partial<PlanStep>) => setSteps(steps().map((s, j) => (i === j ? { ...s, ...patch } : s)));
  const removeStep = (i: number) => {
    planErrors.clear();
    setSteps(steps().filter((_, j) => j !== i));
  };
  /** The error for step `i`'s `name` (the server numbers the steps it was sent: the non-empty ones, in order). */
  const stepError = (i: number, name: string) => {
    const sent = steps().slice(0, i + 1).filter((s) => s.text.trim()).length - 1;
    return steps()[i]?.text.trim() ? planErrors.field(`steps.${sent}.${name}`) : undefined;
  };

  return (
    <section class="panel" aria-labelledby="plan-h">
      <h2 id="plan-h">{c.plan}</h2>
      <form class="stack" noValidate onSubmit={savePlan}>
        <label for="plan-goals">{c.planGoal}</label>
        <textarea
          id="plan-goals"
          rows="2"
          required
          value={goals()}
          aria-invalid={!!planErrors.field('goals')}
          aria-describedby={planErrors.field('goals') ? 'plan-goals-error plan-goals-count' : 'plan-goals-count'}
          onInput={(e) => setGoals(e.currentTarget.value)}
        />
        <TextCount id="plan-goals-count" value={goals()} max={1000} />
        <FieldError id="plan-goals-error" error={planErrors.field('goals')} />
        <fieldset>
          <legend>{c.planSteps}</legend>
          <Index each={steps()}>
            {(s, i) => (
              <div class="plan-step">
                <input
                  class="step-text"
                  aria-label={`${c.planSteps} ${i + 1}`}
                  value={s().text}
                  aria-invalid={!!stepError(i, 'text')}
                  aria-describedby={`plan-step-${i}-error`}
                  onInput={(e) => setStep(i, { text: e.currentTarget.value })}
                />
                <input aria-label={`${c.planOwner} ${i + 1}`} placeholder={c.planOwner} value={s().owner ?? ''} aria-invalid={!!stepError(i, 'owner')} aria-describedby={`plan-step-${i}-error`} onInput={(e) => setStep(i, { owner: e.currentTarget.value })} />
                <input aria-label={`${c.planDue} ${i + 1}`} type="date" value={s().dueOn ?? ''} aria-invalid={!!stepError(i, 'dueOn')} aria-describedby={`plan-step-${i}-error`} onInput={(e) => setStep(i, { dueOn: e.currentTarget.value })} />
                <button type="button" class="ghost small-button" aria-label={f.removeStepLabel(i + 1)} title={f.removeStep} onClick={() => removeStep(i)}>
                  ×
                </button>
                <div class="field-error-row">
                  <Show when={s().text.length > 200}>
                    <TextCount id={`plan-step-${i}-count`} value={s().text} max={200} />
                  </Show>
                  <FieldError id={`plan-step-${i}-error`} error={stepError(i, 'text') ?? stepError(i, 'owner') ?? stepError(i, 'dueOn')} />
                </div>
              </div>
            )}
          </Index>
          <button type="button" class="ghost small-button" onClick={() => setSteps([...steps(), { text: '' }])}>
            + {c.addStep}
          </button>
        </fieldset>
        <FieldError id="plan-error" error={planErrors.general(['goals', ...steps().flatMap((_, i) => ['text', 'owner', 'dueOn'].map((n) => `steps.${i}.${n}`))])} />
        <button type="submit" class="secondary">
          {c.savePlan}
        </button>
      </form>

      <h3>{c.followUps}</h3>
      <ul class="plain-list">
        <For each={props.followUps}>
          {(fu) => (
            <li>
              {formatDate(fu.dueOn)} {fu.note ? `· ${fu.note}` : ''}{' '}
              <Show
                when={!fu.doneAt}
                fallback={
                  <span class="small muted">
                    · {c.followUpOutcome}：{fu.outcome}
                  </span>
                }
              >
                <Show
                  when={completing() === fu.id}
                  fallback={
                    <button type="button" class="link-button" onClick={() => (setCompleting(fu.id), setOutcome(''))}>
                      {c.completeFollowUp}
                    </button>
                  }
                >
                  <form
                    class="row wrap"
                    noValidate
                    onSubmit={(e) => {
                      e.preventDefault();
                      void run(() => completeFollowUp(fu.id, { outcome: outcome().trim() }).then(() => setCompleting(undefined)), dueErrors);
                    }}
                  >
                    <label for={`fu-outcome-${fu.id}`} class="visually-hidden">
                      {f.outcomeLabel}
                    </label>
                    <input id={`fu-outcome-${fu.id}`} class="grow" placeholder={f.outcomeLabel} value={outcome()} aria-describedby={`fu-outcome-${fu.id}-count fu-outcome-${fu.id}-error`} onInput={(e) => setOutcome(e.currentTarget.value)} />
                    <button type="submit" class="secondary small-button">
                      {f.saveOutcome}
                    </button>
                    <TextCount id={`fu-outcome-${fu.id}-count`} value={outcome()} max={1000} />
                    <FieldError id={`fu-outcome-${fu.id}-error`} error={dueErrors.field('outcome')} />
                  </form>
                </Show>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <form
        class="row wrap"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            () => scheduleFollowUp(props.seekerId, { dueOn: due(), ...(dueNote().trim() ? { note: dueNote().trim() } : {}), ...(current() ? { planId: current()!.id } : {}) }).then(() => { setDue(''); setDueNote(''); }),
            dueErrors,
          );
        }}
      >
        <div class="field">
          <label for="fu-date">{c.followUpDue}</label>
          <input id="fu-date" type="date" required value={due()} aria-invalid={!!dueErrors.field('dueOn')} aria-describedby={dueErrors.field('dueOn') ? 'fu-date-error' : undefined} onInput={(e) => setDue(e.currentTarget.value)} />
          <FieldError id="fu-date-error" error={dueErrors.field('dueOn')} />
        </div>
        <div class="field grow">
          <label for="fu-note">{c.notes}</label>
          <input id="fu-note" placeholder={c.notePlaceholder} value={dueNote()} aria-invalid={!!dueErrors.field('note')} aria-describedby="fu-note-count fu-note-error" onInput={(e) => setDueNote(e.currentTarget.value)} />
          <TextCount id="fu-note-count" value={dueNote()} max={500} />
          <FieldError id="fu-note-error" error={dueErrors.field('note')} />
        </div>
        <button type="submit" class="secondary">
          {c.addFollowUp}
        </button>
      </form>
      <FieldError id="fu-error" error={dueErrors.general(['dueOn', 'note', 'outcome'])} />
      <SaveResult result={message() ?? (props.saved ? { ok: true, text: props.saved } : undefined)} small />
    </section>
  );
}
