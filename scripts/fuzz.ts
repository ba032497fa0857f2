// `npm run fuzz`: the long fuzz run. 100 000 generated documents (by default) through the real
// engine, every property of test/fuzz/properties.ts on each; prints how many cases ran and failed.
//
//   npm run fuzz -- [--cases N] [--seed S] [--jobs J] [--target EM6|none] [--case-timeout SECONDS]
//
// Each job is a child process; one that shows no progress for --case-timeout seconds (default 180)
// is stopped, and the large case it was on is reported as a failure. The counts of what ran are
// printed in every case, Ctrl-C included.
//
// The cases are split between the generators of test/fuzz/arbitraries.ts by weight, plus a few
// megabyte-line documents; when the built-in ladders resolve the target (EM6 by default), one case in
// four also runs with override {target}. Failures do not stop the run: each is shrunk by fast-check,
// printed (minimised input as a JSON string, property, seed, path) and counted; the exit code is 1
// when any case failed.
import fc from "fast-check";
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { GENERATORS, hugeLineArb } from "../test/fuzz/arbitraries.js";
import { checkDocument } from "../test/fuzz/properties.js";
import { builtinLadderSet } from "../src/ladders/index.js";

interface Args {
  cases: number;
  seed: number;
  jobs: number;
  target: string | undefined;
  /** Seconds a worker may go without a sign of progress before it is stopped and reported. */
  caseTimeout: number;
  worker?: number;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { cases: 100_000, seed: Date.now() % 2 ** 31, jobs: 1, target: "EM6", caseTimeout: 180 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = argv[i + 1];
    if (k === "--cases") a.cases = Number(v), i++;
    else if (k === "--seed") a.seed = Number(v), i++;
    else if (k === "--jobs") a.jobs = Math.max(1, Number(v)), i++;
    else if (k === "--target") a.target = v === "none" ? undefined : v, i++;
    else if (k === "--worker") a.worker = Number(v), i++;
    else if (k === "--case-timeout") a.caseTimeout = Number(v), i++;
    else {
      console.error(`fuzz: unknown argument ${k}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(a.cases) || a.cases < 1) {
    console.error("fuzz: --cases must be a positive integer");
    process.exit(2);
  }
  return a;
}

interface Failure {
  generator: string;
  property: string;
  seed: number;
  path?: string;
  input: string;
  error: string;
}
interface Report {
  ran: number;
  failed: number;
  byGenerator: Record<string, { ran: number; failed: number }>;
  failures: Failure[];
}

/** Split `total` cases between the generators by weight (huge lines get a fixed handful). */
function plan(total: number): { name: string; arb: fc.Arbitrary<string>; runs: number; withTarget: boolean }[] {
  const huge = Math.min(total, Math.max(1, Math.round(total / 50_000)));
  const rest = total - huge;
  const weights = GENERATORS.reduce((s, g) => s + g.weight, 0);
  const out = GENERATORS.map((g) => ({ name: g.name, arb: g.arb, runs: Math.floor((rest * g.weight) / weights), withTarget: true }));
  out[0]!.runs += rest - out.reduce((s, g) => s + g.runs, 0);
  out.push({ name: "1MB-lines", arb: hugeLineArb(true), runs: huge, withTarget: false });
  return out.filter((g) => g.runs > 0);
}

function targetResolves(target: string | undefined): boolean {
  if (!target) return false;
  try {
    return builtinLadderSet().resolve(target) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Tells the parent (over IPC, when there is one) how far this worker is: counts about once a
 * second, and the case it is on when that case is large, so a case that never ends can be named.
 */
let lastBeat = 0;
function progress(report: Report, generator: string, seed: number, text: string): void {
  if (!process.send) return;
  const now = Date.now();
  if (text.length > 100_000) {
    process.send({ type: "case", generator, seed, chars: text.length, head: text.slice(0, 300), ran: report.ran });
    lastBeat = now;
  } else if (now - lastBeat > 1000) {
    process.send({ type: "beat", ran: report.ran, failed: report.failed });
    lastBeat = now;
  }
}

function runShare(args: Args, share: number, shares: number): Report {
  const report: Report = { ran: 0, failed: 0, byGenerator: {}, failures: [] };
  const useTarget = targetResolves(args.target);
  const CHUNK = 500;
  const started = Date.now();
  for (const g of plan(args.cases)) {
    // This worker's part of the generator's runs.
    const runs = Math.floor(g.runs / shares) + (share < g.runs % shares ? 1 : 0);
    const stats = (report.byGenerator[g.name] ??= { ran: 0, failed: 0 });
    let done = 0;
    let chunkNo = 0;
    while (done < runs) {
      const seed = (args.seed + share * 1_000_003 + g.name.length * 7919 + chunkNo++ * 104_729) % 2 ** 31;
      const numRuns = Math.min(CHUNK, runs - done);
      let i = 0;
      const details = fc.check(
        fc.property(g.arb, (text) => {
          const withTarget = useTarget && g.withTarget && i++ % 4 === 3;
          progress(report, g.name, seed, text);
          checkDocument(text, { model: g.name !== "1MB-lines", ...(withTarget ? { override: { target: args.target } } : {}) });
        }),
        { seed, numRuns },
      );
      const ran = details.failed ? details.numRuns : numRuns;
      done += ran;
      stats.ran += ran;
      report.ran += ran;
      if (details.failed) {
        stats.failed++;
        report.failed++;
        if (shares > 1) process.stderr.write(`fuzz worker ${share}: FAILED [${g.name}] seed ${seed}: ${String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance).split("\n")[0]}\n  input: ${JSON.stringify(String(details.counterexample?.[0] ?? "")).slice(0, 1000)}\n`);
        const input = String(details.counterexample?.[0] ?? "");
        const err = details.errorInstance as Error | undefined;
        report.failures.push({
          generator: g.name,
          property: (err as { property?: string } | undefined)?.property ?? err?.name ?? "error",
          seed,
          path: details.counterexamplePath ?? undefined,
          input: input.length > 2000 ? input.slice(0, 2000) + `… (${input.length} chars)` : input,
          error: (err?.message ?? String(details.errorInstance)).split("\n").slice(0, 6).join("\n"),
        });
      }
      if (shares === 1) process.stderr.write(`\rfuzz: ${report.ran}/${args.cases} cases, ${report.failed} failed   `);
      else if (chunkNo % 4 === 0 || done >= runs) process.stderr.write(`fuzz worker ${share}: ${report.ran} cases, ${report.failed} failed (now ${g.name}, ${Math.round((Date.now() - started) / 1000)} s)\n`);
    }
  }
  return report;
}

function print(args: Args, report: Report, ms: number): void {
  if (args.jobs === 1) process.stderr.write("\n");
  for (const f of report.failures) {
    console.log(`\nFAILED [${f.generator}] ${f.property} (seed ${f.seed}${f.path ? `, path ${f.path}` : ""})`);
    console.log(`  input: ${JSON.stringify(f.input)}`);
    console.log(`  ${f.error.split("\n").join("\n  ")}`);
  }
  console.log("");
  for (const [name, s] of Object.entries(report.byGenerator)) console.log(`  ${name.padEnd(20)} ${String(s.ran).padStart(7)} ran  ${s.failed} failed`);
  console.log(
    `fuzz: ${report.ran} cases ran, ${report.failed} failed (seed ${args.seed}, ${args.jobs} job${args.jobs > 1 ? "s" : ""}, target ${targetResolves(args.target) ? args.target + " on 1 case in 4" : "none"}, ${(ms / 1000).toFixed(1)} s)`,
  );
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  if (args.worker !== undefined) {
    process.stdout.write(JSON.stringify(runShare(args, args.worker, args.jobs)) + "\n");
    return;
  }
  // Workers are child processes (one per job), so a case that never finishes is stopped after
  // --case-timeout seconds without a sign of progress and reported, and the counts of what ran are
  // printed whatever happens (also on Ctrl-C).
  const self = fileURLToPath(import.meta.url);
  const timeouts: Failure[] = [];
  const interrupted = { yes: false };
  const children: ChildProcess[] = [];
  process.on("SIGINT", () => {
    interrupted.yes = true;
    for (const c of children) c.kill("SIGKILL");
  });
  const parts = await Promise.all(
    Array.from({ length: args.jobs }, (_, w) =>
      new Promise<Report>((resolve) => {
        const child = fork(self, ["--cases", String(args.cases), "--seed", String(args.seed), "--jobs", String(args.jobs), "--target", args.target ?? "none", "--worker", String(w)], { stdio: ["ignore", "pipe", "inherit", "ipc"], execArgv: process.execArgv });
        children.push(child);
        const state: { ran: number; failed: number; last?: { generator: string; seed: number; chars: number; head: string } } = { ran: 0, failed: 0 };
        // Start-up (loading tsx and the engine) is not a case: 30 s of grace before the first sign.
        let lastSign = Date.now() + 30_000;
        let timedOut = false;
        child.on("message", (m: { type: string; ran: number; failed?: number; generator?: string; seed?: number; chars?: number; head?: string }) => {
          lastSign = Date.now();
          state.ran = m.ran;
          // A beat means the worker is past any large case it announced: forget that case.
          if (m.type === "beat") {
            state.failed = m.failed ?? state.failed;
            state.last = undefined;
          }
          if (m.type === "case") state.last = { generator: m.generator!, seed: m.seed!, chars: m.chars!, head: m.head! };
        });
        const watch = setInterval(() => {
          if (Date.now() - lastSign > args.caseTimeout * 1000) {
            timedOut = true;
            child.kill("SIGKILL");
          }
        }, 1000);
        let out = "";
        child.stdout!.on("data", (d) => (out += d));
        child.on("close", (code) => {
          clearInterval(watch);
          try {
            resolve(JSON.parse(out.trim().split("\n").pop()!) as Report);
          } catch {
            // Killed (timeout, Ctrl-C) or crashed: what it reported so far counts.
            const why = timedOut ? `no progress for ${args.caseTimeout} s` : interrupted.yes ? "interrupted" : `worker exited ${code}`;
            if (!interrupted.yes) {
              timeouts.push({
                generator: state.last?.generator ?? "?",
                property: timedOut ? "time-limit" : "worker-crash",
                seed: state.last?.seed ?? args.seed,
                input: state.last ? `${state.last.head}… (${state.last.chars} chars; the last large case this worker started)` : "(unknown)",
                error: why,
              });
            }
            const failed = state.failed + (interrupted.yes ? 0 : 1);
            resolve({ ran: state.ran, failed, byGenerator: { [`(worker ${w}, stopped)`]: { ran: state.ran, failed } }, failures: [] });
          }
        });
      }),
    ),
  );
  const report: Report = { ran: 0, failed: 0, byGenerator: {}, failures: [...timeouts] };
  for (const p of parts) {
    report.ran += p.ran;
    report.failed += p.failed;
    report.failures.push(...p.failures);
    for (const [k, v] of Object.entries(p.byGenerator)) {
      const s = (report.byGenerator[k] ??= { ran: 0, failed: 0 });
      s.ran += v.ran;
      s.failed += v.failed;
    }
  }
  if (interrupted.yes) console.log("fuzz: interrupted; the counts below are what ran before that");
  print(args, report, Date.now() - t0);
  process.exitCode = interrupted.yes ? 130 : report.failed ? 1 : 0;
}

await main();
