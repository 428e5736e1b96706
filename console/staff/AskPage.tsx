import { createSignal, For, onMount, Show } from 'solid-js';
import { ClauseText } from '../components/ClauseDialog.tsx';
import { MessageText } from '../components/MessageText.tsx';
import { ToolResults } from '../components/ToolResults.tsx';
import { ErrorNote } from '../components/Unavailable.tsx';
import { t } from '../i18n.ts';
import { ask, type AskResult, copyText } from './ask.data.ts';

const a = t.staff.ask;

/** FAQ for staff: a question, a cited answer, the clause texts side by side, copy all. */
export default function AskPage() {
  const [question, setQuestion] = createSignal('');
  const [result, setResult] = createSignal<AskResult>();
  const [error, setError] = createSignal<unknown>();
  const [busy, setBusy] = createSignal(false);
  const [copied, setCopied] = createSignal(false);
  const refs = new Map<string, HTMLElement>();
  onMount(() => (document.title = `${a.title} · ${t.appName}`));

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!question().trim()) return;
    setBusy(true);
    setError(undefined);
    setCopied(false);
    try {
      setResult(await ask(question().trim()));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    const r = result();
    if (!r) return;
    await navigator.clipboard?.writeText(copyText(r)).catch(() => {});
    setCopied(true);
  };
  const focusClause = (id: string) => {
    const el = refs.get(id);
    el?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
    el?.focus();
  };

  return (
    <div class="ask-page">
      <h1>{a.title}</h1>
      <p class="muted">{a.intro}</p>
      <form class="ask-form" onSubmit={submit}>
        <label for="ask-q">{a.label}</label>
        <div class="row">
          <input id="ask-q" maxLength={500} placeholder={a.placeholder} value={question()} onInput={(e) => setQuestion(e.currentTarget.value)} />
          <button type="submit" class="primary" disabled={busy() || !question().trim()}>
            {busy() ? t.common.loading : a.submit}
          </button>
        </div>
      </form>
      <Show when={error()}>
        <ErrorNote error={error()} />
      </Show>
      <Show when={result()}>
        {(r) => (
          <div class="ask-grid">
            <section class="panel" aria-labelledby="ask-answer">
              <div class="page-head">
                <h2 id="ask-answer">{a.answer}</h2>
                <button type="button" class="secondary small-button" onClick={copy}>
                  {copied() ? t.common.copied : a.copyAnswer}
                </button>
              </div>
              <MessageText text={r().text} onCite={focusClause} />
              <ToolResults toolCalls={r().toolCalls} onCite={focusClause} />
            </section>
            <section class="panel" aria-labelledby="ask-clauses">
              <h2 id="ask-clauses">{r().searched ? a.searchOnly : a.clauses}</h2>
              <For each={r().clauses}>
                {(c) => (
                  <div tabindex="-1" ref={(el) => refs.set(c.clauseId, el)} class="clause-card">
                    <ClauseText clause={c} />
                  </div>
                )}
              </For>
            </section>
          </div>
        )}
      </Show>
    </div>
  );
}
