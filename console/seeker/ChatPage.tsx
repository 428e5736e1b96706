import { createEffect, createSignal, For, on, onMount, Show } from 'solid-js';
import { t } from '../i18n.ts';
import { ClauseDialog } from '../components/ClauseDialog.tsx';
import { createChatStore } from '../stores/chat.ts';
import { createConsentStore } from '../stores/consent.ts';
import { Composer } from './Composer.tsx';
import { CounsellorTyping } from './CounsellorTyping.tsx';
import { ConsentNotice } from './ConsentNotice.tsx';
import { IdentityDialog } from './IdentityDialog.tsx';
import { MessageBubble } from './MessageBubble.tsx';
import { WaitPanel } from './WaitPanel.tsx';

const s = t.seeker;

/**
 * The public chat page (and, with `embedded`, the widget's iframe): privacy consent, the streamed
 * conversation with citations and tool results, quick replies, 找人工, counsellor messages.
 */
export default function ChatPage(props: { embedded?: boolean }) {
  const chat = createChatStore();
  const consent = createConsentStore();
  const [clause, setClause] = createSignal<string>();
  const [notice, setNotice] = createSignal<string>();
  const [handingOff, setHandingOff] = createSignal(false);
  const [identityOpen, setIdentityOpen] = createSignal(false);
  let list!: HTMLOListElement;
  let input: HTMLTextAreaElement | undefined;

  onMount(async () => {
    document.title = s.title + ' · ' + t.centre;
    try {
      const r = await chat.restore();
      if (r === 'expired') setNotice(s.sessionExpired);
    } catch (e) {
      setNotice((e as Error).message);
    }
  });

  // Keep the newest message in view as it streams.
  createEffect(
    on(
      () => [chat.state.messages.length, chat.state.messages.at(-1)?.text.length],
      () => list && (list.scrollTop = list.scrollHeight),
    ),
  );

  const send = (text: string) => void chat.send(text);
  const askForPerson = async () => {
    setHandingOff(true);
    try {
      await chat.askForPerson();
    } catch (e) {
      setNotice((e as Error).message);
    } finally {
      setHandingOff(false);
    }
  };
  const newChat = () => {
    if (confirm(s.newChatConfirm)) {
      chat.forget();
      input?.focus();
    }
  };
  const withdraw = () => {
    chat.forget();
    consent.withdraw();
  };

  return (
    <div class="chat-page" classList={{ embedded: props.embedded }}>
      <a class="skip-link" href="#chat-input">
        {s.skipToInput}
      </a>
      <header class="chat-header">
        <div>
          <h1>{s.title}</h1>
          <p class="small">{props.embedded ? t.centre : `${t.centre} · ${s.subtitle}`}</p>
        </div>
        <div class="chat-header-actions">
          <Show when={consent.given() && (chat.state.status === 'queued' || chat.state.status === 'counsellor')}>
            <button type="button" class="ghost" onClick={() => setIdentityOpen(true)}>
              {s.identity.button}
            </button>
          </Show>
          <Show when={chat.state.messages.length}>
            <button type="button" class="ghost" onClick={newChat}>
              {s.newChat}
            </button>
          </Show>
          <button
            type="button"
            class="handoff"
            disabled={!consent.given() || handingOff() || chat.state.status === 'queued' || chat.state.status === 'counsellor'}
            onClick={askForPerson}
          >
            {handingOff() ? s.handoff.requesting : s.handoff.button}
          </button>
        </div>
      </header>

      <main class="chat-main">
        <ol class="messages" ref={list} aria-live="polite" aria-relevant="additions text" aria-label={s.title}>
          <li class="message message-assistant intro">
            <span class="message-who">{s.roles.assistant}</span>
            <div class="bubble">{s.intro}</div>
          </li>
          <li class="consent-item">
            <ConsentNotice given={consent.given()} onAgree={() => { consent.agree(); queueMicrotask(() => input?.focus()); }} onWithdraw={withdraw} onCite={setClause} />
          </li>
          <For each={chat.state.messages}>
            {(m) => <MessageBubble message={m} rated={m.messageId ? chat.rated()[m.messageId] : undefined} onCite={setClause} onRate={chat.rate} />}
          </For>
        </ol>
      </main>

      <footer class="chat-footer">
        <Show when={notice()}>
          <p class="note" role="status">
            {notice()}{' '}
            <button type="button" class="link-button" onClick={() => setNotice(undefined)}>
              {t.common.close}
            </button>
          </p>
        </Show>
        <WaitPanel chat={chat} />
        <Show when={chat.live() === 'retrying'}>
          <p class="status-line small" role="status">
            {s.connection.lost}
          </p>
        </Show>
        <Show when={consent.given()}>
          <nav class="quick-replies" aria-label={s.quickReplies.label}>
            <For each={s.quickReplies.items}>
              {(q) => (
                <button type="button" class="quick" disabled={chat.state.busy} onClick={() => send(q)}>
                  {q}
                </button>
              )}
            </For>
          </nav>
        </Show>
        <CounsellorTyping active={chat.state.status === 'counsellor'} />
        <Composer disabled={!consent.given()} busy={chat.state.busy} onSend={send} ref={(el) => (input = el)} />
      </footer>

      <ClauseDialog clauseId={clause()} onClose={() => setClause(undefined)} />
      <IdentityDialog open={identityOpen()} onClose={() => setIdentityOpen(false)} onSubmit={chat.register} />
    </div>
  );
}
