/**
 * At most one run per key and delay, always on the trailing edge: typing schedules a run, further
 * keystrokes within the delay join it, and the run reads the document's latest text when it fires.
 * Unlike a debounce, steady typing still gets results every `delayMs`.
 */
export class Throttle {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly delayMs: number,
    private readonly run: (key: string) => void,
  ) {}

  schedule(key: string): void {
    if (this.timers.has(key)) return;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.run(key);
      }, this.delayMs),
    );
  }

  /** Runs a scheduled key now (a hover must see the text being hovered). Returns whether one was pending. */
  flush(key: string): boolean {
    if (!this.cancel(key)) return false;
    this.run(key);
    return true;
  }

  cancel(key: string): boolean {
    const timer = this.timers.get(key);
    if (timer === undefined) return false;
    clearTimeout(timer);
    this.timers.delete(key);
    return true;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
