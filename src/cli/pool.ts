// Running lint jobs. Every file goes through lintJob (plain data in, plain data out). Small runs
// lint in this thread; above poolThreshold(cores) files, jobs are spread over worker threads (one
// per core, at most 8), each running the same bundle in worker mode (see index.ts / worker.ts).
// A worker pays a bundle load and its own JIT warm-up (about 0.6 s of CPU for its first 100 files),
// and on 2 cores two busy threads slow each other down: there, measured on the bench résumés, the pool
// lost at 200 files (2.1 s vs 1.6 s), 500 (3.4 vs 2.7) and 1 000 (4.35 vs 4.05) and won at 3 000
// (9.5 vs 12.8 s); hence the higher threshold on 2 cores (bench/README.md, session 5).
// LADDERLINT_WORKERS=N overrides the count; 0 or 1 disables the pool. A worker that fails hands its
// unfinished jobs back to this thread, so the pool can only make a run faster, never wrong.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { lintJob, type LintJob, type LintOutcome } from "./lint-file.js";

export const POOL_THRESHOLD = 200;
/** On one or two cores the pool pays only for large runs (see above). */
export const POOL_THRESHOLD_2_CORES = 1500;

export function poolThreshold(cores: number): number {
  return cores <= 2 ? POOL_THRESHOLD_2_CORES : POOL_THRESHOLD;
}
export const WORKER_FLAG = "ladderlint-lint-worker";
const IN_FLIGHT = 4;

export interface PoolOptions {
  /** Number of workers; default: one per core (max 8) when there are more than poolThreshold(cores) jobs. */
  workers?: number;
}

export function plannedWorkers(jobCount: number, options: PoolOptions = {}, cores = availableParallelism()): number {
  if (options.workers !== undefined) return Math.max(0, Math.min(options.workers, jobCount));
  if (jobCount <= poolThreshold(cores)) return 0;
  return Math.min(8, cores, jobCount);
}

/** The script a worker runs: this bundle when bundled, src/cli/index.ts when run from source. */
function workerScript(): URL {
  const here = import.meta.url;
  return here.endsWith(".ts") ? new URL("./index.ts", here) : new URL(here);
}

export async function runJobs(jobs: LintJob[], options: PoolOptions = {}): Promise<LintOutcome[]> {
  // From source (tests under tsx) a worker cannot load TypeScript: lint in this thread.
  const n = workerScript().pathname.endsWith(".ts") ? 0 : plannedWorkers(jobs.length, options);
  if (n < 2) return jobs.map(lintJob);
  const results: (LintOutcome | undefined)[] = Array.from({ length: jobs.length }, () => undefined);
  let next = 0;
  let inWorkers = 0;
  const runWorker = () =>
    new Promise<void>((resolveWorker) => {
      let worker: Worker;
      try {
        worker = new Worker(workerScript(), { workerData: { [WORKER_FLAG]: true } });
      } catch {
        resolveWorker();
        return;
      }
      // Up to IN_FLIGHT jobs queued per worker, so it never waits for this thread between two files.
      let inFlight = 0;
      const feed = () => {
        if (next >= jobs.length) {
          if (inFlight === 0) void worker.terminate();
          return;
        }
        inFlight++;
        const index = next++;
        worker.postMessage({ index, job: jobs[index] });
      };
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        resolveWorker();
      };
      worker.on("message", (m: { index: number; outcome?: LintOutcome; error?: string }) => {
        inFlight--;
        if (m.outcome) inWorkers++;
        // A job the worker could not do is redone here (and reports its own error if it fails again).
        results[m.index] = m.outcome ?? lintJob(jobs[m.index]!);
        feed();
      });
      worker.on("error", (err: Error) => {
        if (process.env["LADDERLINT_DEBUG_POOL"]) process.stderr.write(`ladderlint: worker failed: ${err.message}\n`);
        finish();
      });
      worker.on("exit", finish);
      for (let k = 0; k < IN_FLIGHT; k++) feed();
    });
  await Promise.all(Array.from({ length: n }, runWorker));
  if (process.env["LADDERLINT_DEBUG_POOL"]) process.stderr.write(`ladderlint: pool: ${n} workers linted ${inWorkers} of ${jobs.length} files\n`);
  // Anything a dead worker left undone runs here.
  return results.map((r, i) => r ?? lintJob(jobs[i]!));
}
