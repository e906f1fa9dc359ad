/**
 * Runs tasks one after another. The workspace scan awaits file reads; without a queue, an edit or
 * a file event arriving meanwhile would interleave with it and publish half-loaded results.
 * A failing task is reported and does not stop the ones after it.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly onError: (error: unknown) => void) {}

  run<T>(task: () => T | Promise<T>): Promise<T | undefined> {
    const next = this.tail.then(task).catch((error: unknown) => {
      this.onError(error);
      return undefined;
    });
    this.tail = next;
    return next;
  }
}
