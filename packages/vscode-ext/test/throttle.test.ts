import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Throttle } from "../src/server/throttle.js";

describe("Throttle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs once per delay while typing goes on, on the trailing edge", () => {
    const runs: string[] = [];
    const t = new Throttle(150, (k) => runs.push(k));
    t.schedule("a");
    vi.advanceTimersByTime(100);
    t.schedule("a");
    t.schedule("b");
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(runs).toEqual(["a"]);
    t.schedule("a");
    vi.advanceTimersByTime(150);
    expect(runs).toEqual(["a", "b", "a"]);
  });

  it("flushes a pending key at once and cancels cleanly", () => {
    const runs: string[] = [];
    const t = new Throttle(150, (k) => runs.push(k));
    t.schedule("a");
    expect(t.flush("a")).toBe(true);
    expect(t.flush("a")).toBe(false);
    t.schedule("b");
    t.cancel("b");
    vi.advanceTimersByTime(500);
    expect(runs).toEqual(["a"]);
  });
});
