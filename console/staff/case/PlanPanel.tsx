import { createSignal, For, Index, Show } from 'solid-js';
import { completeFollowUp, createPlan, type FollowUp, type Plan, type PlanStep, scheduleFollowUp, updatePlan } from '../../api/cases.ts';
import { SaveResult } from '../../components/FormStatus.tsx';
import { t } from '../../i18n.ts';
import { formatDate } from '../../lib/format.ts';

const c = t.staff.conversation;

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

  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      if (props.onSaved) props.onSaved(t.common.saved);
      else setMessage({ ok: true, text: t.common.saved });
      props.onChange();
    } catch (err) {
      props.onSaved?.(undefined);
      setMessage({ ok: false, text: (err as Error).message });
    }
  };
  const cleanSteps = () => steps().filter((s) => s.text.trim()).map((s) => ({ text: s.text.trim(), ...(s.dueOn ? { dueOn: s.dueOn } : {}), ...(s.owner ? { owner: s.owner } : {}), ...(s.doneAt ? { doneAt: s.doneAt } : {}) }));
  const savePlan = (e: Event) => {
    e.preventDefault();
    const plan = current();
    void run(() => (plan ? updatePlan(plan.id, { goals: goals(), steps: cleanSteps() }) : createPlan(props.seekerId, { goals: goals(), steps: cleanSteps(), ...(props.caseId ? { caseId: props.caseId } : {}) })));
  };
  const setStep = (i: number, patch: Partial<PlanStep>) => setSteps(steps().map((s, j) => (i === j ? { ...s, ...patch } : s)));

  return (
    <section class="panel" aria-labelledby="plan-h">
      <h2 id="plan-h">{c.plan}</h2>
      <form class="stack" onSubmit={savePlan}>
        <label for="plan-goals">{c.planGoal}</label>
        <textarea id="plan-goals" rows="2" maxLength={1000} required value={goals()} onInput={(e) => setGoals(e.currentTarget.value)} />
        <fieldset>
          <legend>{c.planSteps}</legend>
          <Index each={steps()}>
            {(s, i) => (
              <div class="plan-step">
                <input aria-label={`${c.planSteps} ${i + 1}`} value={s().text} maxLength={200} onInput={(e) => setStep(i, { text: e.currentTarget.value })} />
                <input aria-label={`${c.planOwner} ${i + 1}`} placeholder={c.planOwner} value={s().owner ?? ''} maxLength={50} onInput={(e) => setStep(i, { owner: e.currentTarget.value })} />
                <input aria-label={`${c.planDue} ${i + 1}`} type="date" value={s().dueOn ?? ''} onInput={(e) => setStep(i, { dueOn: e.currentTarget.value })} />
              </div>
            )}
          </Index>
          <button type="button" class="ghost small-button" onClick={() => setSteps([...steps(), { text: '' }])}>
            + {c.addStep}
          </button>
        </fieldset>
        <button type="submit" class="secondary">
          {c.savePlan}
        </button>
      </form>

      <h3>{c.followUps}</h3>
      <ul class="plain-list">
        <For each={props.followUps}>
          {(f) => (
            <li>
              {formatDate(f.dueOn)} {f.note ? `· ${f.note}` : ''}{' '}
              <Show
                when={!f.doneAt}
                fallback={
                  <span class="small muted">
                    · {c.followUpOutcome}：{f.outcome}
                  </span>
                }
              >
                <button
                  type="button"
                  class="link-button"
                  onClick={() => {
                    const outcome = prompt(c.followUpOutcome);
                    if (outcome?.trim()) void run(() => completeFollowUp(f.id, { outcome: outcome.trim() }));
                  }}
                >
                  {c.completeFollowUp}
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <form
        class="row wrap"
        onSubmit={(e) => {
          e.preventDefault();
          if (due()) void run(() => scheduleFollowUp(props.seekerId, { dueOn: due(), ...(dueNote().trim() ? { note: dueNote().trim() } : {}), ...(current() ? { planId: current()!.id } : {}) }).then(() => { setDue(''); setDueNote(''); }));
        }}
      >
        <label for="fu-date" class="visually-hidden">
          {c.followUpDue}
        </label>
        <input id="fu-date" type="date" required value={due()} onInput={(e) => setDue(e.currentTarget.value)} />
        <label for="fu-note" class="visually-hidden">
          {c.notes}
        </label>
        <input id="fu-note" placeholder={c.notePlaceholder} maxLength={500} value={dueNote()} onInput={(e) => setDueNote(e.currentTarget.value)} />
        <button type="submit" class="secondary">
          {c.addFollowUp}
        </button>
      </form>
      <SaveResult result={message() ?? (props.saved ? { ok: true, text: props.saved } : undefined)} small />
    </section>
  );
}
