// Worker-thread side of the lint pool: receive {index, job}, reply {index, outcome} (or {index, error}).
import { parentPort } from "node:worker_threads";
import { lintJob, type LintJob } from "./lint-file.js";

export function startWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on("message", (m: { index: number; job: LintJob }) => {
    try {
      port.postMessage({ index: m.index, outcome: lintJob(m.job) });
    } catch (err) {
      port.postMessage({ index: m.index, error: err instanceof Error ? err.message : String(err) });
    }
  });
}
