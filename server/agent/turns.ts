/** Turns in flight in this process, so a graceful shutdown lets them finish and store their answers. */
export class TurnRegistry {
  private readonly running = new Set<Promise<unknown>>();

  track<T>(turn: Promise<T>): Promise<T> {
    this.running.add(turn);
    turn.finally(() => this.running.delete(turn)).catch(() => {});
    return turn;
  }

  get size() {
    return this.running.size;
  }

  /** Resolves when every running turn has ended, or after `timeoutMs`. */
  async drain(timeoutMs: number): Promise<boolean> {
    const all = Promise.allSettled([...this.running]).then(() => true);
    const timeout = new Promise<boolean>((r) => setTimeout(() => r(false), timeoutMs).unref());
    return Promise.race([all, timeout]);
  }
}
