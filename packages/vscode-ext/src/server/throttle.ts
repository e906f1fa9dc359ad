/**
 * At most one run per key and delay, on the leading edge: the first keystroke after a pause is
 * analysed at once (diagnostics follow an edit within milliseconds), keystrokes during the next
 * `delayMs` join one more run at its end, which reads the document's latest text. Steady typing gets
 * results every `delayMs`, and the last edit is never lost.
 */
export class Throttle {
  private readonly cooling = new Map<string, { timer: ReturnType<typeof setTimeout>; pending: boolean }>();

  constructor(
    private readonly delayMs: number,
    private readonly run: (key: string) => void,
  ) {}

  schedule(key: string): void {
    const state = this.cooling.get(key);
    if (state) {
      state.pending = true;
      return;
    }
    this.run(key);
    this.cool(key);
  }

  private cool(key: string): void {
    const timer = setTimeout(() => {
      const state = this.cooling.get(key);
      this.cooling.delete(key);
      if (state?.pending) {
        this.run(key);
        this.cool(key);
      }
    }, this.delayMs);
    this.cooling.set(key, { timer, pending: false });
  }

  /** Runs a pending key now (a hover must see the text being hovered). Returns whether one was pending. */
  flush(key: string): boolean {
    const state = this.cooling.get(key);
    if (!state?.pending) return false;
    state.pending = false;
    this.run(key);
    return true;
  }

  /** Drops what is pending for the key. Returns whether something was. */
  cancel(key: string): boolean {
    const state = this.cooling.get(key);
    if (!state) return false;
    clearTimeout(state.timer);
    this.cooling.delete(key);
    return state.pending;
  }

  dispose(): void {
    for (const { timer } of this.cooling.values()) clearTimeout(timer);
    this.cooling.clear();
  }
}
