// Shared helpers for the reliability suites: build the CLI bundle when missing, spawn it, and hash a
// directory tree so a test can prove that no file changed.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = join(ROOT, "bin/ladderlint.js");
export const CLI_BUNDLE = join(ROOT, "dist/cli.cjs");

/** Build the bundles with `node esbuild.js` when dist/cli.cjs is missing. */
export function ensureBuilt(): void {
  if (existsSync(CLI_BUNDLE)) return;
  const r = spawnSync(process.execPath, ["esbuild.js"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0 || !existsSync(CLI_BUNDLE)) throw new Error(`node esbuild.js failed (exit ${r.status}): ${r.stderr}`);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Spawn `node bin/ladderlint.js ...args` in `cwd`. `prefix` runs it through another program (setpriv). */
export function runCli(args: string[], cwd: string, options: { timeoutMs?: number; prefix?: string[]; nodeArgs?: string[]; env?: Record<string, string> } = {}): CliRun {
  const cmd = options.prefix ? options.prefix[0]! : process.execPath;
  const argv = [...(options.prefix ? [...options.prefix.slice(1), process.execPath] : []), ...(options.nodeArgs ?? []), BIN, ...args];
  const r: SpawnSyncReturns<string> = spawnSync(cmd, argv, {
    cwd,
    encoding: "utf8",
    timeout: options.timeoutMs ?? 30_000,
    killSignal: "SIGKILL",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...options.env },
  });
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT";
  return { code: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", timedOut };
}

export function makeTmp(prefix = "ladderlint-rel-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeTmp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A digest of every entry under `dir`: relative path, type, mode, inode and content (FIFOs and other
 * special files by type and mode only, never read). Two equal digests mean nothing was written,
 * renamed, created or deleted.
 */
export function hashTree(dir: string): string {
  const h = createHash("sha256");
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = lstatSync(p);
      const rel = relative(dir, p);
      h.update(`${rel}\0${st.mode}\0${st.ino}\0`);
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) h.update(readFileSync(p));
      else if (st.isSymbolicLink()) h.update(readlinkSync(p));
      h.update("\0");
    }
  };
  walk(dir);
  return h.digest("hex");
}

/** Lines of stderr without blanks. */
export function stderrLines(s: string): string[] {
  return s.split(/\r?\n/).filter((l) => l.trim() !== "");
}

/** A stack trace, an uncaught error dump or a Node warning in some output. */
export function looksLikeCrash(s: string): string | undefined {
  const patterns: [RegExp, string][] = [
    [/^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>)$/m, "stack frame"],
    [/node:internal|Node\.js v\d+/, "node internals"],
    [/\b(TypeError|ReferenceError|RangeError|SyntaxError|Uncaught)\b/, "uncaught error"],
    [/\(node:\d+\)|\bWarning: /, "node warning"],
    [/\[object Object\]|undefined:/, "unformatted value"],
  ];
  for (const [re, what] of patterns) if (re.test(s)) return what;
  return undefined;
}

/** A résumé the `first-person` fix changes (drops the pronoun), used to prove --fix wrote or did not. */
export const FIXABLE_RESUME = [
  "# Jane Doe",
  "",
  "## Experience",
  "",
  "### Acme — Engineering Manager (2019–2022)",
  "",
  "- I led the payments team of 8 engineers and cut checkout latency by 40%",
  "- I mentored 4 engineers into senior roles with product and design partners",
  "",
].join("\n");
