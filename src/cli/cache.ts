// --cache: results keyed by a hash of everything that decides them (text, config layers, custom
// ladders, ladderlint version), stored in .ladderlintcache (JSON, written atomically).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { LintJob, LintOutcome } from "./lint-file.js";
import type { CliFile } from "./types.js";

interface Entry {
  key: string;
  file: CliFile;
}

export class LintCache {
  private entries: Record<string, Entry> = {};
  private dirty = false;

  private constructor(
    readonly path: string,
    readonly version: string,
  ) {}

  static load(path: string, version: string): LintCache {
    const c = new LintCache(path, version);
    try {
      const data = JSON.parse(readFileSync(path, "utf8")) as { version?: string; entries?: Record<string, Entry> };
      if (data && data.version === version && data.entries && typeof data.entries === "object") c.entries = data.entries;
    } catch {
      // No cache yet, or unreadable: start empty (it is only a cache).
    }
    return c;
  }

  static keyOf(job: LintJob, version: string): string {
    const h = createHash("sha256");
    h.update(JSON.stringify({ v: version, base: job.base, override: job.override, ladders: job.ladderSources, fingerprints: !!job.fingerprints }));
    h.update("\0");
    h.update(job.text);
    return h.digest("hex");
  }

  get(job: LintJob): LintOutcome | undefined {
    const e = this.entries[job.display];
    if (!e || e.key !== LintCache.keyOf(job, this.version)) return undefined;
    return { file: e.file };
  }

  set(job: LintJob, outcome: LintOutcome): void {
    if (outcome.fixedText !== undefined) return;
    this.entries[job.display] = { key: LintCache.keyOf(job, this.version), file: outcome.file };
    this.dirty = true;
  }

  save(write: (path: string, text: string) => void): void {
    if (!this.dirty) return;
    write(this.path, JSON.stringify({ version: this.version, entries: this.entries }) + "\n");
    this.dirty = false;
  }
}
