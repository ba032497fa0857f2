// `npm run fuzz`: the long fuzz run. 100 000 generated documents (by default) through the real
// engine, every property of test/fuzz/properties.ts on each; prints how many cases ran and failed.
//
//   npm run fuzz -- [--cases N] [--seed S] [--jobs J] [--target EM6|none]
//
// The cases are split between the generators of test/fuzz/arbitraries.ts by weight, plus a few
// megabyte-line documents; when the built-in ladders resolve the target (EM6 by default), one case in
// four also runs with override {target}. Failures do not stop the run: each is shrunk by fast-check,
// printed (minimised input as a JSON string, property, seed, path) and counted; the exit code is 1
// when any case failed.
import fc from "fast-check";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { GENERATORS, hugeLineArb } from "../test/fuzz/arbitraries.js";
import { checkDocument } from "../test/fuzz/properties.js";
import { builtinLadderSet } from "../src/ladders/index.js";

interface Args {
  cases: number;
  seed: number;
  jobs: number;
  target: string | undefined;
  worker?: number;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { cases: 100_000, seed: Date.now() % 2 ** 31, jobs: 1, target: "EM6" };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = argv[i + 1];
    if (k === "--cases") a.cases = Number(v), i++;
    else if (k === "--seed") a.seed = Number(v), i++;
    else if (k === "--jobs") a.jobs = Math.max(1, Number(v)), i++;
    else if (k === "--target") a.target = v === "none" ? undefined : v, i++;
    else if (k === "--worker") a.worker = Number(v), i++;
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
  let report: Report;
  if (args.jobs === 1) report = runShare(args, 0, 1);
  else {
    const self = fileURLToPath(import.meta.url);
    const parts = await Promise.all(
      Array.from({ length: args.jobs }, (_, w) =>
        new Promise<Report>((resolve, reject) => {
          const child = spawn(process.execPath, [...process.execArgv, self, "--cases", String(args.cases), "--seed", String(args.seed), "--jobs", String(args.jobs), "--target", args.target ?? "none", "--worker", String(w)], { stdio: ["ignore", "pipe", "inherit"] });
          let out = "";
          child.stdout.on("data", (d) => (out += d));
          child.on("close", (code) => {
            try {
              resolve(JSON.parse(out.trim().split("\n").pop()!) as Report);
            } catch {
              reject(new Error(`fuzz worker ${w} exited ${code} without a report`));
            }
          });
        }),
      ),
    );
    report = { ran: 0, failed: 0, byGenerator: {}, failures: [] };
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
  }
  print(args, report, Date.now() - t0);
  process.exitCode = report.failed ? 1 : 0;
}

await main();
