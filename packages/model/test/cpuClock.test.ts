import { existsSync } from "node:fs";
import { expect, it } from "vitest";
import { cpuTime } from "./cpuClock.js";

// The linear-time checks rest on this clock ignoring time spent off the CPU.
it.runIf(existsSync("/proc/thread-self/schedstat"))("counts work and not waiting", () => {
  const waited = cpuTime(() => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300));
  expect(waited).toBeLessThan(100);
  let x = 0;
  const worked = cpuTime(() => {
    for (const end = performance.now() + 150; performance.now() < end; ) x++;
  });
  expect(worked).toBeGreaterThan(50);
  expect(x).toBeGreaterThan(0);
});
