// The CLI entry (bundled to dist/cli.cjs, which bin/ladderlint.js runs): run main() with the process's streams and set the exit code.
// Never a stack trace: anything unexpected becomes one "ladderlint: internal error: …" line, exit 2.
// The same file is the lint pool's worker script (src/cli/pool.ts) when started as a worker thread.
import { isMainThread, workerData } from "node:worker_threads";
import { main } from "./main.js";
import { WORKER_FLAG } from "./pool.js";
import { startWorker } from "./worker.js";

function fail(err: unknown): void {
  const msg = (err instanceof Error ? err.message : String(err)).split("\n")[0];
  process.stderr.write(`ladderlint: internal error: ${msg}\n`);
  process.exitCode = 2;
}

if (!isMainThread && (workerData as Record<string, unknown> | undefined)?.[WORKER_FLAG]) {
  startWorker();
} else {
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  // A closed pipe (ladderlint … | head) is not an error worth a message.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    fail(err);
  });

  main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
  }).then((code) => {
    process.exitCode = code;
  }, fail);
}
