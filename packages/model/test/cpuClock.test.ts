import { existsSync } from "node:fs";
import { expect, it } from "vitest";
import { cpuTime, threadCpuMs } from "./cpuClock.js";

// The linear-time checks rest on this clock ignoring time spent off the CPU.
it.runIf(existsSync("/proc/thread-self/schedstat"))("counts work and not waiting", () => {
  const waited = cpuTime(() => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300));
  expect(waited).toBeLessThan(100);
  // work advances it, however long a busy machine keeps the thread waiting for a core
  const start = threadCpuMs();
  const giveUp = performance.now() + 20_000;
  let x = 0;
  while (threadCpuMs() - start < 50 && performance.now() < giveUp) for (let i = 0; i < 1e5; i++) x += i;
  expect(threadCpuMs() - start).toBeGreaterThanOrEqual(50);
  expect(x).toBeGreaterThan(0);
});
