// The CLI as a function: main({argv, cwd, stdout, stderr, stdin?, env?, fs?}) → exit code.
// Nothing here calls process.exit or touches process streams, so tests run it in-process
// (markdownlint-cli2's shape); src/cli/index.ts is the thin bin entry.
//
// A lint run has three phases, so that a usage, config, ladder or I/O problem exits 2 before any file
// is written: (1) resolve: arguments, files, configs, ladders, file contents; (2) lint: one pure job
// per file (lintJob, movable to worker threads); (3) write fixes, print results, pick the exit code.
import { existsSync, realpathSync } from "node:fs";
import { resolve } from "node:path";
import { version } from "../../package.json";
import { rules as allRules, ruleById } from "../rules/index.js";
import type { ConfigLayer, KindSetting, LadderSet, SeveritySetting } from "../core/types.js";
import { ConfigError, findConfigDetailed, parseConfigDetailed, suggest, withTermsFile, type ConfigFs, type ParsedConfig } from "../config/index.js";
import { HELP, UsageError, looksLikePath, parseCliArgs, type Args } from "./args.js";
import { CliBaselines } from "./baseline.js";
import { changedFiles } from "./changed.js";
import { expandInputs, displayPath, type InputFile } from "./files.js";
import { InputError, decodeText, describeFsError, encodeText, nodeCliFs, readInput, writeAtomic, type CliFs, type Decoded } from "./io.js";
import { CliLadderError, ladderSetFor, type LadderSource } from "./ladders.js";
import { lintJob, lintOne, type LintJob, type LintOutcome } from "./lint-file.js";
import { formatters, FORMAT_NAMES } from "./formatters/index.js";
import { ruleInfos, ruleDoc } from "./rules-info.js";
import { summarize, type CliFile, type FormatOptions } from "./types.js";
import { formatOutlineText, outline } from "./outline.js";
import { runJobs } from "./pool.js";
import { LintCache } from "./cache.js";
import { renderReportHtml, renderReportMarkdown } from "../report/index.js";

export const VERSION: string = version;

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface MainOptions {
  argv: string[];
  cwd: string;
  stdout: OutStream;
  stderr: OutStream;
  /** Standard input for --stdin: text, bytes, or a stream of either. */
  stdin?: string | Uint8Array | AsyncIterable<string | Uint8Array>;
  env?: Record<string, string | undefined>;
  fs?: CliFs;
}

/** A problem that ends the run with exit code 2; each message is one line. */
class Fatal extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join("\n"));
  }
}

const SEVERITY_SETTINGS = new Set(["off", "info", "warning", "error"]);
/** The rule `--share-check` runs alone. */
const SHARE_CHECK_RULE = "confidential";
const KINDS = new Set(["resume", "promo", "auto"]);

export async function main(options: MainOptions): Promise<number> {
  const { stderr } = options;
  try {
    return await run(options);
  } catch (err) {
    const messages =
      err instanceof Fatal
        ? err.messages
        : err instanceof UsageError || err instanceof InputError || err instanceof ConfigError || err instanceof CliLadderError
          ? [err.message]
          : [`internal error: ${(err instanceof Error ? err.message : String(err)).split("\n")[0]}`];
    for (const m of messages) stderr.write(`ladderlint: ${m}\n`);
    return 2;
  }
}

async function run(o: MainOptions): Promise<number> {
  // The word after --changed is its REF unless it names files (it exists, or looks like a path).
  const args = parseCliArgs(o.argv, (w) => looksLikePath(w) || existsSync(resolve(o.cwd, w)));
  if (args.help) {
    o.stdout.write(HELP);
    return 0;
  }
  if (args.version) {
    o.stdout.write(VERSION + "\n");
    return 0;
  }
  const ctx = new Context(o, args);
  switch (args.command) {
    case "targets":
      return ctx.targets();
    case "explain":
      return ctx.explain();
    case "outline":
      return ctx.outline();
    case "report":
      return ctx.report();
    default:
      return ctx.lint();
  }
}

class Context {
  readonly fs: CliFs;
  readonly env: Record<string, string | undefined>;
  private readonly configTexts = new Map<string, string | undefined>();
  private readonly configByDir = new Map<string, ({ path: string } & ParsedConfig) | undefined>();
  private readonly ladderTexts = new Map<string, string>();
  private explicitConfig?: { path: string } & ParsedConfig;

  constructor(
    readonly o: MainOptions,
    readonly args: Args,
  ) {
    this.fs = o.fs ?? nodeCliFs;
    this.env = o.env ?? {};
  }

  // -------------------------------------------------------------------------
  // Shared resolution: flags → layers, configs, ladders
  // -------------------------------------------------------------------------

  /** The CLI flags as the highest-precedence config layer. */
  overrideLayer(): ConfigLayer {
    const a = this.args;
    const layer: ConfigLayer = {};
    if (a.target !== undefined) layer.target = a.target;
    if (a.kind !== undefined) {
      if (!KINDS.has(a.kind)) throw new UsageError(`option '--kind' must be resume, promo or auto, got '${a.kind}'`);
      layer.kind = a.kind as KindSetting;
    }
    if (a.rule.length) {
      layer.rules = {};
      for (const r of a.rule) {
        const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(r);
        if (!m) throw new UsageError(`option '--rule' expects ID=SEVERITY (e.g. --rule long-bullet=off), got '${r}'`);
        const [, id, sev] = m as unknown as [string, string, string];
        if (!ruleById.has(id)) {
          const near = suggest(id, [...ruleById.keys()]);
          throw new UsageError(`option '--rule': unknown rule '${id}'${near ? `; did you mean '${near}'?` : ""} (ladderlint explain lists the rules)`);
        }
        if (!SEVERITY_SETTINGS.has(sev)) throw new UsageError(`option '--rule': severity for '${id}' must be off, info, warning or error, got '${sev}'`);
        layer.rules[id] = sev as SeveritySetting;
      }
    }
    if (a.shareCheck) {
      if (a.rule.length) throw new UsageError("--share-check runs the confidential rule alone; it cannot be combined with --rule");
      // Every other rule off, this one at error on any kind of document.
      layer.rules = Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.id === SHARE_CHECK_RULE ? "error" : "off"]));
    }
    return layer;
  }

  private configFs(): ConfigFs {
    return {
      readFile: (p: string) => {
        if (this.configTexts.has(p)) return this.configTexts.get(p);
        let text: string | undefined;
        try {
          const bytes = this.fs.readFile(p);
          text = decodeText(bytes, displayPath(p, this.o.cwd), bytes.length, "config").text;
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") text = undefined;
          else if (err instanceof InputError) throw new InputError(`config ${err.message}`);
          else throw new InputError(`${displayPath(p, this.o.cwd)}: cannot read config: ${describeFsError(err)}`);
        }
        this.configTexts.set(p, text);
        return text;
      },
    };
  }

  /** The config that applies to a file: --config, else the nearest rc file (cached per directory). */
  configFor(fileAbs: string): ({ path: string } & ParsedConfig) | undefined {
    if (this.args.config !== undefined) {
      if (!this.explicitConfig) {
        const abs = resolve(this.o.cwd, this.args.config);
        const shown = displayPath(abs, this.o.cwd);
        let text: string;
        try {
          const bytes = this.fs.readFile(abs);
          text = decodeText(bytes, shown, bytes.length, "config").text;
        } catch (err) {
          if (err instanceof InputError) throw err;
          throw new InputError(`${shown}: cannot read config: ${describeFsError(err)}`);
        }
        // Parsed under its cwd-relative name: messages name it so, and its ladder paths come out
        // relative to cwd (resolved against the config's directory).
        const fs = this.configFs();
        const fromCwd: ConfigFs = { readFile: (p) => fs.readFile(resolve(this.o.cwd, p)) };
        this.explicitConfig = { path: abs, ...withTermsFile(parseConfigDetailed(text, shown), shown, fromCwd) };
      }
      return this.explicitConfig;
    }
    const dir = resolve(fileAbs, "..");
    if (this.configByDir.has(dir)) return this.configByDir.get(dir);
    let found: ({ path: string } & ParsedConfig) | undefined;
    try {
      found = findConfigDetailed(fileAbs, this.configFs());
    } catch (err) {
      if (err instanceof ConfigError) {
        // Re-throw with the path relative to cwd, as every other message.
        throw new ConfigError(displayPath(err.file, this.o.cwd), err.line, err.key, err.problem);
      }
      throw err;
    }
    this.configByDir.set(dir, found);
    return found;
  }

  private readLadder(abs: string, from?: string): LadderSource {
    const shown = displayPath(abs, this.o.cwd);
    let text = this.ladderTexts.get(abs);
    if (text === undefined) {
      try {
        const bytes = this.fs.readFile(abs);
        text = decodeText(bytes, shown, bytes.length, "ladder").text;
      } catch (err) {
        const where = from ? ` (listed in ${from})` : "";
        if (err instanceof InputError) throw new InputError(`ladder ${err.message}${where}`);
        throw new InputError(`${shown}: cannot read ladder file${where}: ${describeFsError(err)}`);
      }
      this.ladderTexts.set(abs, text);
    }
    return { path: shown, text };
  }

  /** Custom ladders for a file: from its config, then from --ladder. */
  ladderSources(config: ({ path: string } & ParsedConfig) | undefined): LadderSource[] {
    const out: LadderSource[] = [];
    const seen = new Set<string>();
    const from = config ? displayPath(config.path, this.o.cwd) : undefined;
    for (const p of config?.layer.ladders ?? []) {
      const abs = resolve(this.o.cwd, p);
      if (!seen.has(abs)) seen.add(abs), out.push(this.readLadder(abs, from));
    }
    for (const p of this.args.ladder) {
      const abs = resolve(this.o.cwd, p);
      if (!seen.has(abs)) seen.add(abs), out.push(this.readLadder(abs));
    }
    return out;
  }

  /** Check the targets of the flags and of the config against the ladders in use. */
  checkTargets(set: LadderSet, override: ConfigLayer, config: ({ path: string } & ParsedConfig) | undefined): void {
    const ids = () => set.levels().map((l) => l.id).join(", ");
    if (override.target !== undefined && !set.resolve(override.target)) {
      throw new UsageError(`unknown target '${override.target}'; valid ids: ${ids()}`);
    }
    const t = config?.layer.target;
    if (t !== undefined && override.target === undefined && !set.resolve(t)) {
      throw new ConfigError(displayPath(config!.path, this.o.cwd), config!.lines.target ?? 1, "target", `unknown level "${t}"; valid ids: ${ids()}`);
    }
  }

  baseLayer(config: ({ path: string } & ParsedConfig) | undefined): ConfigLayer {
    const base: ConfigLayer = { ...(config?.layer ?? {}) };
    delete base.ladders;
    return base;
  }

  formatOptions(): FormatOptions {
    const color =
      this.args.color ?? (!!this.o.stdout.isTTY && !(this.env["NO_COLOR"] !== undefined && this.env["NO_COLOR"] !== "") && this.env["TERM"] !== "dumb");
    return { color, version: VERSION, rules: ruleInfos(), cwd: this.o.cwd };
  }

  private async readStdin(): Promise<Uint8Array> {
    const s = this.o.stdin;
    if (s === undefined) return new Uint8Array();
    if (typeof s === "string") return new TextEncoder().encode(s);
    if (s instanceof Uint8Array) return s;
    const chunks: Uint8Array[] = [];
    for await (const c of s) chunks.push(typeof c === "string" ? new TextEncoder().encode(c) : c);
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) out.set(c, at), (at += c.length);
    return out;
  }

  /** One file's job, with its config and ladders resolved and targets checked. */
  private prepare(abs: string, display: string, text: string, fix: boolean): LintJob {
    const config = this.configFor(abs);
    const sources = this.ladderSources(config);
    const override = this.overrideLayer();
    this.checkTargets(ladderSetFor(sources), override, config);
    return { text, display, base: this.baseLayer(config), override, ladderSources: sources, fix };
  }

  private single(command: string): InputFile {
    const [file, ...rest] = this.args.positionals;
    if (!file) throw new UsageError(`${command} needs a FILE (ladderlint ${command} FILE${command === "report" ? " --target ID" : ""})`);
    if (rest.length) throw new UsageError(`${command} takes one FILE, got ${this.args.positionals.length}`);
    const abs = resolve(this.o.cwd, file);
    return { abs, display: displayPath(abs, this.o.cwd) };
  }

  // -------------------------------------------------------------------------
  // lint
  // -------------------------------------------------------------------------

  async lint(): Promise<number> {
    const a = this.args;
    const format = a.format ?? "stylish";
    const formatter = formatters[format];
    if (!formatter) throw new UsageError(`option '--format' must be one of ${FORMAT_NAMES.join(", ")}, got '${format}'`);
    if (a.out !== undefined) throw new UsageError("option '--out' only applies to `ladderlint report`");
    this.overrideLayer(); // usage errors first
    if (a.stdin && a.positionals.length) throw new UsageError("--stdin cannot be combined with file paths");
    if (a.stdin && a.fix) throw new UsageError("--fix cannot be used with --stdin (there is no file to write)");
    if (a.stdinFilename !== undefined && !a.stdin) throw new UsageError("--stdin-filename needs --stdin");
    if (a.baseline !== undefined && a.baselineWrite !== undefined) throw new UsageError("use --baseline FILE to check against a baseline, or --baseline-write FILE to record one, not both");
    if (a.baselinePrune && a.baselineWrite !== undefined) throw new UsageError("--baseline-prune cannot be combined with --baseline-write (which records the current findings anyway)");
    if (a.stdin && a.changed !== undefined) throw new UsageError("--changed cannot be combined with --stdin");
    if (a.stdin && a.baselineWrite !== undefined && a.stdinFilename === undefined) throw new UsageError("--baseline-write with --stdin needs --stdin-filename (a baseline records findings per file)");

    // Phase 1: resolve inputs.
    interface Input {
      abs: string;
      display: string;
      bytes?: Uint8Array;
      decoded: Decoded;
    }
    const inputs: Input[] = [];
    const errors: string[] = [];
    if (a.stdin) {
      const name = a.stdinFilename ?? "<stdin>";
      const abs = resolve(this.o.cwd, a.stdinFilename ?? "stdin.md");
      const bytes = await this.readStdin();
      inputs.push({ abs, display: a.stdinFilename ? displayPath(abs, this.o.cwd) : name, decoded: decodeText(bytes, name) });
    } else {
      if (!a.positionals.length && a.changed === undefined) throw new UsageError("no files given (try: ladderlint resume.md, ladderlint docs/ --target EM6, or ladderlint --help)");
      const expanded = expandInputs(a.positionals.length ? a.positionals : ["."], this.o.cwd);
      let files = expanded.files;
      errors.push(...expanded.errors);
      if (a.changed !== undefined && !errors.length) {
        const changed = changedFiles(this.o.cwd, a.changed);
        files = files.filter((f) => changed.has(realOf(f.abs)));
        if (!files.length) this.o.stderr.write(`ladderlint: --changed: no changed Markdown files${a.changed ? ` against ${a.changed}` : ""}\n`);
      }
      for (const f of files) {
        try {
          const { bytes, decoded } = readInput(f.abs, f.display, this.fs);
          inputs.push({ ...f, bytes, decoded });
        } catch (err) {
          if (err instanceof InputError) errors.push(err.message);
          else throw err;
        }
      }
    }
    if (errors.length) throw new Fatal(errors);

    const jobs: LintJob[] = inputs.map((i) => this.prepare(i.abs, i.display, i.decoded.text, a.fix));
    // Baselines are read before anything is linted: a bad one is exit 2 with nothing written.
    const baselines = new CliBaselines(this.o.cwd, this.fs, { prune: a.baselinePrune, ...(a.baselineWrite !== undefined ? { write: a.baselineWrite } : {}) });
    const named = a.baselineWrite ?? a.baseline;
    if (named !== undefined) baselines.load(named);
    for (const i of inputs) {
      if (named !== undefined) baselines.use(i.abs, named);
      else {
        const config = this.configFor(i.abs);
        if (config?.baseline !== undefined) baselines.use(i.abs, config.baseline, displayPath(config.path, this.o.cwd));
      }
    }
    if (a.baselinePrune && !baselines.active) throw new UsageError("--baseline-prune needs a baseline: --baseline FILE, or baseline: in the config");
    if (baselines.active || format === "sarif") for (const j of jobs) j.fingerprints = true;
    for (const i of inputs) if (!i.decoded.text.trim()) this.o.stderr.write(`ladderlint: ${i.display}: empty file, nothing to check\n`);

    // Phase 2: lint (cached results are reused when --cache is on and nothing changed).
    const cache = a.cache && !a.fix ? LintCache.load(resolve(this.o.cwd, ".ladderlintcache"), VERSION) : undefined;
    const outcomes: (LintOutcome | undefined)[] = jobs.map((j) => (cache ? cache.get(j) : undefined));
    const todo = jobs.map((j, i) => ({ j, i })).filter(({ i }) => !outcomes[i]);
    const workersEnv = this.env["LADDERLINT_WORKERS"];
    const done = await runJobs(
      todo.map((t) => t.j),
      workersEnv !== undefined && /^\d+$/.test(workersEnv) ? { workers: Number(workersEnv) } : {},
    );
    todo.forEach((t, k) => {
      outcomes[t.i] = done[k];
      if (cache && !done[k]!.failure) cache.set(t.j, done[k]!);
    });
    if (cache) {
      try {
        cache.save((p, text) => writeAtomic(p, text, ".ladderlintcache", this.fs));
      } catch (err) {
        this.o.stderr.write(`ladderlint: ${err instanceof Error ? err.message : String(err)}\n`);
      }
    }

    // Phase 3: write fixes, print, exit code.
    const writeErrors: string[] = [];
    const results: CliFile[] = [];
    const resultAbs: string[] = [];
    // A file that failed unexpectedly: named on stderr, left out of the results, exit code 2; with
    // --fix nothing is written then (exit code 2 means nothing written).
    const failures = outcomes.flatMap((out) => (out!.failure ? [out!.failure] : []));
    outcomes.forEach((out, k) => {
      const input = inputs[k]!;
      if (out!.failure) return;
      if (out!.fixSkipped) this.o.stderr.write(`ladderlint: ${input.display}: ${out!.fixSkipped}\n`);
      if (out!.fixedText !== undefined && input.bytes) {
        let written = false;
        if (!failures.length) {
          try {
            writeAtomic(input.abs, encodeText(out!.fixedText, input.decoded), input.display, this.fs, input.bytes);
            written = true;
          } catch (err) {
            writeErrors.push(err instanceof Error ? err.message : String(err));
          }
        }
        if (!written) {
          // Not written (this write failed, or another file did): report the file as it is on disk.
          results.push(lintJob({ ...jobs[k]!, fix: false }).file);
          resultAbs.push(input.abs);
          return;
        }
      }
      results.push(out!.file);
      resultAbs.push(input.abs);
    });

    // Baselined findings left out; --baseline-write / --baseline-prune write only when all went well.
    const reported = baselines.active ? baselines.apply(results, resultAbs) : results;
    const notes: string[] = [];
    const formatOptions = this.formatOptions();
    if (baselines.active) {
      try {
        formatOptions.baseline = baselines.finish(notes, !failures.length && !writeErrors.length);
      } catch (err) {
        if (err instanceof InputError) writeErrors.push(err.message);
        else throw err;
      }
    }
    const summary = summarize(reported);
    const shown = a.quiet ? reported.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === "error") })) : reported;
    const text = formatter(shown, formatOptions);
    if (text) this.o.stdout.write(text);
    for (const m of notes) this.o.stderr.write(`ladderlint: ${m}\n`);
    for (const m of [...failures, ...writeErrors]) this.o.stderr.write(`ladderlint: ${m}\n`);
    if (failures.length || writeErrors.length) return 2;
    if (summary.errors > 0) return 1;
    if (a.maxWarnings !== undefined && summary.warnings > a.maxWarnings) {
      this.o.stderr.write(`ladderlint: too many warnings (${summary.warnings}; --max-warnings ${a.maxWarnings})\n`);
      return 1;
    }
    return 0;
  }

  // -------------------------------------------------------------------------
  // Subcommands
  // -------------------------------------------------------------------------

  private readOne(f: InputFile): { bytes: Uint8Array; decoded: Decoded } {
    return readInput(f.abs, f.display, this.fs);
  }

  outline(): number {
    const format = this.args.format ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError(`outline: option '--format' must be text or json, got '${format}'`);
    const f = this.single("outline");
    const { decoded } = this.readOne(f);
    const job = this.prepare(f.abs, f.display, decoded.text, false);
    const ladders = ladderSetFor(job.ladderSources);
    const result = lintOne(f.display, decoded.text, { filename: f.display, base: job.base, override: job.override, ladders });
    const o = outline(result, ladders);
    this.o.stdout.write(format === "json" ? JSON.stringify(o, null, 2) + "\n" : formatOutlineText(o, f.display));
    return 0;
  }

  targets(): number {
    const format = this.args.format ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError(`targets: option '--format' must be text or json, got '${format}'`);
    if (this.args.positionals.length) throw new UsageError(`targets takes no arguments, got '${this.args.positionals[0]}'`);
    // Custom ladders: the config that applies in the working directory, and --ladder.
    const config = this.configFor(resolve(this.o.cwd, "ladderlint-targets.md"));
    const set = ladderSetFor(this.ladderSources(config));
    const levels = set.levels();
    if (format === "json") {
      this.o.stdout.write(JSON.stringify(levels.map((l) => ({ id: l.id, title: l.title, track: l.track, source: l.source })), null, 2) + "\n");
      return 0;
    }
    // Titles read "EM6 - Engineering Manager 6"; a custom title without its id gets one.
    const lines = levels.map((l) => `${l.title.startsWith(l.id) ? l.title : `${l.id} - ${l.title}`}${l.source && l.source !== "built-in" ? `  (${l.source})` : ""}`);
    this.o.stdout.write(lines.join("\n") + (lines.length ? "\n" : ""));
    return 0;
  }

  explain(): number {
    const [id, ...rest] = this.args.positionals;
    const infos = ruleInfos();
    if (!id) {
      const w = Math.max(0, ...infos.map((r) => r.id.length));
      this.o.stdout.write(infos.map((r) => `${r.id.padEnd(w)}  ${r.defaultSeverity.padEnd(7)}  ${r.description}`).join("\n") + "\n");
      return 0;
    }
    if (rest.length) throw new UsageError(`explain takes one RULE, got ${this.args.positionals.length}`);
    const info = infos.find((r) => r.id === id);
    if (!info) {
      const near = suggest(id, infos.map((r) => r.id));
      throw new UsageError(`unknown rule '${id}'${near ? `; did you mean '${near}'?` : ""}; rules: ${infos.map((r) => r.id).join(", ")}`);
    }
    const md = ruleDoc(id);
    this.o.stdout.write(md ? (md.endsWith("\n") ? md : md + "\n") : `# ${info.id}\n\n${info.description}\n\nDefault severity: ${info.defaultSeverity}\n${info.helpUri}\n`);
    return 0;
  }

  async report(): Promise<number> {
    const format = this.args.format ?? "html";
    if (format !== "html" && format !== "markdown") throw new UsageError(`report: option '--format' must be html or markdown, got '${format}'`);
    const f = this.single("report");
    const { decoded } = this.readOne(f);
    const job = this.prepare(f.abs, f.display, decoded.text, false);
    const ladders = ladderSetFor(job.ladderSources);
    const result = lintOne(f.display, decoded.text, { filename: f.display, base: job.base, override: job.override, ladders });
    if (!result.level) {
      const asked = result.config.target;
      throw new UsageError(
        asked
          ? `${f.display}: unknown target '${asked}'; valid ids: ${ladders.levels().map((l) => l.id).join(", ")}`
          : `report needs a target level: --target ID, or target: in the front matter or config`,
      );
    }
    const text = format === "markdown" ? renderReportMarkdown(result) : renderReportHtml(result, { title: `${f.display} · ${result.level.id}` });
    if (this.args.out !== undefined) {
      const outAbs = resolve(this.o.cwd, this.args.out);
      if (sameFile(outAbs, f.abs, this.fs)) throw new UsageError(`report: --out ${this.args.out} is the document being reported on; the report would replace it (choose another file, e.g. report.html)`);
      writeAtomic(outAbs, text, displayPath(outAbs, this.o.cwd), this.fs);
      this.o.stderr.write(`ladderlint: wrote ${displayPath(outAbs, this.o.cwd)}\n`);
    } else this.o.stdout.write(text);
    return 0;
  }
}

function realOf(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    return p;
  }
}

/** Whether two paths name the same file (symbolic links followed); a path that does not exist names none. */
function sameFile(a: string, b: string, fs: CliFs): boolean {
  if (a === b) return true;
  try {
    return !!fs.realpath && fs.realpath(a) === fs.realpath(b);
  } catch {
    return false;
  }
}
