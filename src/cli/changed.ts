// `--changed [REF]`: the files changed against a git ref, for large repositories of promo docs.
// Changed = differs between the merge base of REF and HEAD and the working tree (committed since,
// staged or not), or is untracked and not ignored. REF defaults to the default branch: origin/HEAD,
// else origin/main, origin/master, main, master. Deleted files are left out.
import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "./args.js";

function git(cwd: string, args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
}

function tryGit(cwd: string, args: string[]): string | undefined {
  try {
    return git(cwd, args).trim();
  } catch {
    return undefined;
  }
}

const DEFAULT_BRANCHES = ["origin/main", "origin/master", "main", "master"];

/** The commit changes are measured from, and how to name it in messages. */
function baseOf(cwd: string, ref: string): { base: string; name: string } {
  let name = ref;
  if (!ref) {
    const head = tryGit(cwd, ["symbolic-ref", "-q", "--short", "refs/remotes/origin/HEAD"]);
    const candidates = head ? [head, ...DEFAULT_BRANCHES] : DEFAULT_BRANCHES;
    const found = candidates.find((c) => tryGit(cwd, ["rev-parse", "--verify", "--quiet", `${c}^{commit}`]) !== undefined);
    if (!found) {
      throw new UsageError(`--changed: no default branch found (tried origin/HEAD, ${DEFAULT_BRANCHES.join(", ")}); name the ref to compare with: --changed REF`);
    }
    name = found;
  } else if (tryGit(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]) === undefined) {
    throw new UsageError(`--changed: unknown git ref '${ref}' (a branch, tag or commit; a shallow clone may need fetch-depth: 0)`);
  }
  // The merge base, so that what changed on REF since this branch left it does not count; in a
  // shallow clone without one, REF itself.
  const base = tryGit(cwd, ["merge-base", name, "HEAD"]) || tryGit(cwd, ["rev-parse", `${name}^{commit}`])!;
  return { base, name };
}

/** Absolute real paths of the changed files (any extension; the caller keeps the Markdown ones). */
export function changedFiles(cwd: string, ref: string): Set<string> {
  let top: string;
  try {
    top = git(cwd, ["rev-parse", "--show-toplevel"]).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new UsageError("--changed needs git, which is not installed (or not on PATH)");
    throw new UsageError(`--changed: ${cwd} is not in a git repository`);
  }
  const { base } = baseOf(cwd, ref);
  const names = [
    ...git(top, ["diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", base, "--"]).split("\0"),
    ...git(top, ["ls-files", "--others", "--exclude-standard", "-z"]).split("\0"),
  ];
  const out = new Set<string>();
  for (const n of names) {
    if (!n) continue;
    const abs = resolve(top, n);
    try {
      out.add(realpathSync.native(abs));
    } catch {
      out.add(abs);
    }
  }
  return out;
}
