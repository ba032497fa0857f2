// Run the CLI two ways: in-process through main(), and as the built bundle (node bin/ladderlint.js).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, type MainOptions } from "../../src/cli/main.js";
import type { CliFs } from "../../src/cli/io.js";

export const root = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
export const fixtures = join(root, "test/fixtures/cli");
export const bin = join(root, "bin/ladderlint.js");
const bundle = join(root, "dist/cli.cjs");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  stdin?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  fs?: CliFs;
  tty?: boolean;
}

export async function runInProcess(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const o: MainOptions = {
    argv,
    cwd: opts.cwd ?? root,
    stdout: { write: (s: string) => (stdout += s), isTTY: !!opts.tty },
    stderr: { write: (s: string) => (stderr += s) },
    env: opts.env ?? {},
  };
  if (opts.stdin !== undefined) o.stdin = opts.stdin;
  if (opts.fs) o.fs = opts.fs;
  const code = await main(o);
  return { code, stdout, stderr };
}

export function runSpawned(argv: string[], opts: RunOptions = {}): RunResult {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== "NO_COLOR" && k !== "FORCE_COLOR") env[k] = v;
  for (const [k, v] of Object.entries(opts.env ?? {})) if (v !== undefined) env[k] = v;
  const r = spawnSync(process.execPath, [bin, ...argv], {
    cwd: opts.cwd ?? root,
    input: opts.stdin ?? "",
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function newestMtime(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    if (name.isDirectory()) t = Math.max(t, newestMtime(p));
    else t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

let built = false;
/** Build dist/cli.cjs with the project's esbuild.js when it is missing or older than src/. */
export function ensureBundle(): void {
  if (built) return;
  const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(newestMtime(join(root, "src")), existsSync(join(root, "docs")) ? newestMtime(join(root, "docs")) : 0);
  if (stale) {
    const started = Date.now() - 1000;
    const r = spawnSync(process.execPath, ["esbuild.js"], { cwd: root, encoding: "utf8" });
    if (!existsSync(bundle) || statSync(bundle).mtimeMs < started) {
      throw new Error(`node esbuild.js did not produce dist/cli.cjs:\n${r.stdout}\n${r.stderr}`);
    }
  }
  built = true;
}

/** A fresh temp directory, optionally seeded with fixture files; removed by the returned cleanup. */
export function tempDir(seed?: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "ladderlint-cli-"));
  for (const [name, content] of Object.entries(seed ?? {})) {
    const p = join(dir, name);
    mkdirSync(join(p, ".."), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

export function copyFixture(name: string, dir: string, as = name): string {
  const dest = join(dir, as);
  cpSync(join(fixtures, name), dest);
  return dest;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export type Mode = "in-process" | "spawned";
export const MODES: Mode[] = ["in-process", "spawned"];

export async function run(mode: Mode, argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  if (mode === "spawned") {
    ensureBundle();
    return runSpawned(argv, opts);
  }
  return runInProcess(argv, opts);
}
