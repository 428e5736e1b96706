import { conversationChannel, type LiveBus } from '../live/bus.ts';

/** At most one typing event per conversation and side in this window; the pages show it for a little longer. */
export const TYPING_THROTTLE_MS = 2500;

/**
 * Typing indicators, both ways, over the conversation's live channel (`typing {from}`). Nothing
 * else is stored: the event row the bus keeps for Last-Event-ID, which the pages ignore in a
 * stream's backlog (before `ready`). Throttled per process, so a fast typist costs one event per
 * window. The seeker's typing is marked `private`: the seeker's own stream never echoes it.
 */
export class TypingNotifier {
  private readonly last = new Map<string, number>();

  constructor(
    private readonly bus: LiveBus,
    private readonly now: () => number = Date.now,
  ) {}

  /** Publishes unless this side of the conversation already did within the window; says whether it did. */
  async notify(conversationId: string, from: 'seeker' | 'counsellor', extra: Record<string, unknown> = {}): Promise<boolean> {
    const key = `${conversationId}:${from}`;
    const now = this.now();
    const previous = this.last.get(key);
    if (previous !== undefined && now - previous < TYPING_THROTTLE_MS) return false;
    this.last.set(key, now);
    if (this.last.size > 5000) for (const [k, at] of this.last) if (now - at >= TYPING_THROTTLE_MS) this.last.delete(k);
    await this.bus.publish(conversationChannel(conversationId), 'typing', { from, ...(from === 'seeker' ? { private: true } : {}), ...extra });
    return true;
  }
}
