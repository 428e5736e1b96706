/**
 * The seeker's conversation: the session kept in localStorage (so a reload resumes it), the state
 * from the pure reducer (lib/chat-reducer.ts), the turn stream and the live events stream.
 */
import { batch, createSignal, onCleanup } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import { ApiError } from '../api/client.ts';
import { type ChatSession, createSession, getTranscript, identify, liveEvents, requestPerson, sendFeedback, sendMessage } from '../api/chat.ts';
import { SseParser } from '../api/sse.ts';
import { type ChatAction, chatReducer, initialChat } from '../lib/chat-reducer.ts';
import { t } from '../i18n.ts';
import { storage } from './storage.ts';

const SESSION_KEY = 'yb.chat.session';
const RECONNECT_MS = [1000, 2000, 5000, 10000];

let localSeq = 0;
const localKey = () => `local:${Date.now().toString(36)}:${++localSeq}`;

export function createChatStore() {
  const [state, setState] = createStore({ ...initialChat, messages: [] as typeof initialChat.messages });
  const [live, setLive] = createSignal<'off' | 'on' | 'retrying'>('off');
  const [rated, setRated] = createSignal<Record<string, 1 | -1>>(storage.get('yb.chat.rated') ?? {});
  let session: ChatSession | undefined = storage.get<ChatSession>(SESSION_KEY);
  let liveAbort: AbortController | undefined;
  let turnAbort: AbortController | undefined;

  // The reducer never mutates its input, so it can read the store's plain object directly.
  const dispatch = (action: ChatAction) => setState(reconcile(chatReducer(unwrap(state), action), { key: 'key', merge: true }));

  let creating: Promise<ChatSession> | undefined;
  /**
   * The seeker's session, created on first use. Callers at the same moment (the first message and
   * 找人工 pressed right after it) share one creation: two would open the case on an empty session.
   */
  function ensureSession(): Promise<ChatSession> {
    if (session) return Promise.resolve(session);
    creating ??= createSession()
      .then((created) => {
        session = created;
        storage.set(SESSION_KEY, created);
        connectLive();
        return created;
      })
      .finally(() => (creating = undefined));
    return creating;
  }

  /** On page load: the transcript of the stored session, if it is still valid. */
  async function restore(): Promise<'restored' | 'none' | 'expired'> {
    if (!session) return 'none';
    try {
      const transcript = await getTranscript(session);
      dispatch({ type: 'restore', status: transcript.status, messages: transcript.messages });
      connectLive();
      return 'restored';
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 404 || e.status === 400)) {
        forget();
        return 'expired';
      }
      throw e;
    }
  }

  function connectLive() {
    if (!session || liveAbort) return;
    const s = session;
    const abort = (liveAbort = new AbortController());
    const parser = new SseParser();
    void (async () => {
      let attempt = 0;
      while (!abort.signal.aborted) {
        try {
          setLive('on');
          for await (const event of liveEvents(s, { signal: abort.signal, parser, lastEventId: parser.lastEventId })) {
            attempt = 0;
            dispatch({ type: 'live', event });
          }
        } catch (e) {
          if (abort.signal.aborted) break;
          if (e instanceof ApiError && e.status === 401) break;
        }
        if (abort.signal.aborted) break;
        setLive('retrying');
        await new Promise((r) => setTimeout(r, RECONNECT_MS[Math.min(attempt++, RECONNECT_MS.length - 1)]));
      }
      setLive('off');
    })();
  }

  async function send(text: string) {
    const trimmed = text.trim();
    if (!trimmed || state.busy) return;
    const key = localKey();
    dispatch({ type: 'send', key, text: trimmed, at: new Date().toISOString() });
    let error: string | undefined;
    try {
      const s = await ensureSession();
      turnAbort = new AbortController();
      for await (const event of sendMessage(s, trimmed, turnAbort.signal)) dispatch({ type: 'turn', key, event });
    } catch (e) {
      error = e instanceof ApiError ? e.message : t.seeker.error;
      if (e instanceof ApiError && e.status === 401) forget();
    } finally {
      turnAbort = undefined;
      dispatch({ type: 'turnEnded', key, ...(error ? { error } : {}) });
    }
  }

  async function askForPerson() {
    const s = await ensureSession();
    const r = await requestPerson(s);
    batch(() => {
      dispatch({ type: 'live', event: { type: 'handoff', payload: { caseId: r.caseId } } });
      dispatch({ type: 'notice', key: `handoff:${r.caseId}`, text: r.created ? t.seeker.handoff.requested : t.seeker.handoff.already });
    });
  }

  async function rate(messageId: string, rating: 1 | -1, comment?: string) {
    if (!session) return;
    await sendFeedback(session, { messageId, rating, ...(comment ? { comment } : {}) });
    const next = { ...rated(), [messageId]: rating };
    setRated(next);
    storage.set('yb.chat.rated', next);
  }

  async function register(body: { name: string; phone: string; consent: true }) {
    const s = await ensureSession();
    return (await identify(s, body)).message;
  }

  function forget() {
    liveAbort?.abort();
    liveAbort = undefined;
    turnAbort?.abort();
    session = undefined;
    storage.remove(SESSION_KEY);
    storage.remove('yb.chat.rated');
    setRated({});
    dispatch({ type: 'reset' });
  }

  onCleanup(() => {
    liveAbort?.abort();
    turnAbort?.abort();
  });

  /** A line of the page's own in the transcript (the wait panel's restored handoff note); once per key. */
  const notice = (key: string, text: string) => dispatch({ type: 'notice', key, text });

  return { state, live, rated, restore, send, askForPerson, rate, register, forget, hasSession: () => !!session, session: () => session, notice };
}
export type ChatStore = ReturnType<typeof createChatStore>;
