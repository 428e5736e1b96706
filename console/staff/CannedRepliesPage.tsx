import { createResource, createSignal, For, onMount, Show } from 'solid-js';
import { type CannedReply, createCannedReply, deleteCannedReply, listCannedReplies, updateCannedReply } from '../api/helpers.ts';
import { createFormErrors, ErrorText, Field, SaveResult } from '../components/FormStatus.tsx';
import { ClauseDialog } from '../components/ClauseDialog.tsx';
import { MessageText } from '../components/MessageText.tsx';
import { ErrorNote } from '../components/Unavailable.tsx';
import { t, zh } from '../i18n.ts';
import { formatDateTime } from '../lib/format.ts';
import '../styles/helpers.css';

const h = zh.helpers.canned;

/** The team's canned replies (快捷回复): add, edit, delete; the reply box inserts them after "/". */
export default function CannedRepliesPage() {
  const [items, { refetch }] = createResource(listCannedReplies);
  const [editing, setEditing] = createSignal<CannedReply>();
  const [code, setCode] = createSignal('');
  const [text, setText] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [result, setResult] = createSignal<{ ok: boolean; text: string }>();
  const [listError, setListError] = createSignal<string>();
  const [clause, setClause] = createSignal<string>();
  const errors = createFormErrors();
  onMount(() => (document.title = `${h.title} · ${t.appName}`));

  const reset = () => {
    setEditing(undefined);
    setCode('');
    setText('');
    errors.clear();
  };
  const edit = (r: CannedReply) => {
    setEditing(r);
    setCode(r.code);
    setText(r.text);
    errors.clear();
    setResult(undefined);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    errors.clear();
    setResult(undefined);
    try {
      const body = { code: code(), text: text() };
      const current = editing();
      await (current ? updateCannedReply(current.id, body) : createCannedReply(body));
      reset();
      setResult({ ok: true, text: h.saved });
      await refetch();
    } catch (err) {
      errors.set(err);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (r: CannedReply) => {
    if (!confirm(h.removeConfirm(r.code))) return;
    setListError(undefined);
    try {
      await deleteCannedReply(r.id);
      if (editing()?.id === r.id) reset();
      setResult({ ok: true, text: h.removed });
      await refetch();
    } catch (err) {
      setListError((err as Error).message);
    }
  };

  return (
    <div class="canned-page">
      <div class="page-head">
        <h1>{h.title}</h1>
      </div>
      <p class="muted">{h.intro}</p>
      <form class="canned-form panel" onSubmit={save} novalidate>
        <h2>{editing() ? `${h.edit} /${editing()!.code}` : h.add}</h2>
        <Field id="canned-code" label={h.code} help={h.codeHint} error={errors.field('code')}>
          {(a) => <input id={a.id} value={code()} maxLength={20} aria-invalid={a.invalid()} aria-describedby={a.describedBy()} onInput={(e) => setCode(e.currentTarget.value)} />}
        </Field>
        <Field id="canned-text" label={h.text} error={errors.field('text')}>
          {(a) => <textarea id={a.id} rows="4" maxLength={2000} value={text()} aria-invalid={a.invalid()} aria-describedby={a.describedBy()} onInput={(e) => setText(e.currentTarget.value)} />}
        </Field>
        <Show when={/【[^】]+】/u.test(text())}>
          <div class="reply-preview">
            <p class="small muted">{t.staff.conversation.preview}</p>
            <MessageText text={text()} />
          </div>
        </Show>
        <ErrorText error={errors.general(['code', 'text'])} />
        <div class="row">
          <Show when={editing()}>
            <button type="button" class="ghost" onClick={reset}>
              {h.cancel}
            </button>
          </Show>
          <button type="submit" class="primary" disabled={busy()}>
            {busy() ? h.saving : h.save}
          </button>
        </div>
      </form>
      <SaveResult result={result()} />
      <ErrorText error={listError()} />
      <Show when={!items.error} fallback={<ErrorNote error={items.error} onRetry={() => void refetch()} />}>
        <Show when={items()?.length} fallback={<p class="muted">{items.loading ? t.common.loading : h.empty}</p>}>
          <ul class="canned-list">
            <For each={items()}>
              {(r) => (
                <li data-code={r.code}>
                  <div class="row wrap">
                    <strong class="canned-code">/{r.code}</strong>
                    <span class="small muted">
                      {formatDateTime(r.updatedAt)}
                      <Show when={r.updatedBy}> · {h.updatedBy(r.updatedBy!)}</Show>
                    </span>
                  </div>
                  <MessageText text={r.text} onCite={setClause} />
                  <div class="row">
                    <button type="button" class="secondary small-button" onClick={() => edit(r)}>
                      {h.edit}
                    </button>
                    <button type="button" class="ghost small-button" onClick={() => void remove(r)}>
                      {h.remove}
                    </button>
                  </div>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <ClauseDialog clauseId={clause()} onClose={() => setClause(undefined)} />
    </div>
  );
}
