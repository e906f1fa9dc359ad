import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Throttle } from "../src/server/throttle.js";

describe("Throttle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs the first edit at once, then once per delay while typing goes on, never losing the last", () => {
    const runs: string[] = [];
    const t = new Throttle(150, (k) => runs.push(k));
    t.schedule("a");
    expect(runs).toEqual(["a"]);
    vi.advanceTimersByTime(100);
    t.schedule("a");
    t.schedule("a");
    t.schedule("b");
    expect(runs).toEqual(["a", "b"]);
    vi.advanceTimersByTime(50);
    expect(runs).toEqual(["a", "b", "a"]);
    vi.advanceTimersByTime(150);
    expect(runs).toEqual(["a", "b", "a"]);
    vi.advanceTimersByTime(1000);
    t.schedule("a");
    expect(runs).toEqual(["a", "b", "a", "a"]);
  });

  it("flushes a pending key at once and cancels cleanly", () => {
    const runs: string[] = [];
    const t = new Throttle(150, (k) => runs.push(k));
    t.schedule("a");
    t.schedule("a");
    expect(t.flush("a")).toBe(true);
    expect(t.flush("a")).toBe(false);
    t.schedule("b");
    t.schedule("b");
    expect(t.cancel("b")).toBe(true);
    vi.advanceTimersByTime(500);
    expect(runs).toEqual(["a", "a", "b"]);
  });
});
