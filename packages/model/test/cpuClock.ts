import { readFileSync } from "node:fs";

/**
 * Milliseconds the calling thread has spent on a CPU. The linear-time checks compare a run with a run
 * four or ten times as large; on a machine busy with other processes wall time also counts the waits
 * for a core, which come and go between the two runs, while a thread's own CPU time does not. Linux
 * gives it in /proc/thread-self/schedstat (first field, nanoseconds); elsewhere this falls back to wall
 * time.
 */
export function threadCpuMs(): number {
  try {
    return Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6;
  } catch {
    return performance.now();
  }
}

/** What `f` took, in this thread's CPU milliseconds. */
export function cpuTime(f: () => void): number {
  const t0 = threadCpuMs();
  f();
  return threadCpuMs() - t0;
}
