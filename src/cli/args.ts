// Command-line parsing with node:util parseArgs (strict). Usage errors become UsageError, which main()
// prints as one line and exits 2.
import { parseArgs } from "node:util";

export class UsageError extends Error {
  override name = "UsageError";
}

export const OPTIONS = {
  target: { type: "string" },
  kind: { type: "string" },
  ladder: { type: "string", multiple: true },
  config: { type: "string" },
  format: { type: "string", short: "f" },
  fix: { type: "boolean" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  rule: { type: "string", multiple: true },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  cache: { type: "boolean" },
  baseline: { type: "string" },
  "baseline-write": { type: "string" },
  "baseline-prune": { type: "boolean" },
  changed: { type: "string" },
  "share-check": { type: "boolean" },
  out: { type: "string", short: "o" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

export interface Args {
  command: "lint" | "outline" | "targets" | "explain" | "report";
  positionals: string[];
  target?: string;
  kind?: string;
  ladder: string[];
  config?: string;
  format?: string;
  fix: boolean;
  maxWarnings?: number;
  quiet: boolean;
  rule: string[];
  stdin: boolean;
  stdinFilename?: string;
  cache: boolean;
  baseline?: string;
  baselineWrite?: string;
  baselinePrune: boolean;
  /** --changed: the git ref, or "" for the default (the merge base with the default branch). */
  changed?: string;
  /** Run the confidential rule alone, at error, on any kind of document. */
  shareCheck: boolean;
  out?: string;
  color?: boolean;
  help: boolean;
  version: boolean;
}

const COMMANDS = new Set(["outline", "targets", "explain", "report"]);

/**
 * `--changed [REF]` takes an optional value, which parseArgs cannot express: the word after it is its
 * REF unless it is an option, or a path (`isPath`: it exists, or it looks like a file, folder or glob).
 * Rewritten as `--changed=REF`, or `--changed=` for the default ref.
 */
function optionalChanged(argv: string[], isPath: (word: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      out.push(...argv.slice(i));
      break;
    }
    if (a !== "--changed") {
      out.push(a);
      continue;
    }
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith("-") && !isPath(next)) out.push(`--changed=${next}`), i++;
    else out.push("--changed=");
  }
  return out;
}

/** A word that names files rather than a git ref: a glob, a folder (trailing "/") or a document name. */
export function looksLikePath(word: string): boolean {
  return /[*?{}[\]]/.test(word) || /[\\/]$/.test(word) || /\.(md|markdown|json|ya?ml)$/i.test(word) || word === ".";
}

export function parseCliArgs(argv: string[], isPath: (word: string) => boolean = looksLikePath): Args {
  let parsed;
  try {
    parsed = parseArgs({ args: optionalChanged(argv, isPath), options: OPTIONS, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError(describeParseError(err));
  }
  const v = parsed.values;
  let positionals = parsed.positionals;
  let command: Args["command"] = "lint";
  // A subcommand is the first word, and only when it came before any "--" (so `-- outline` is a file).
  const dashdash = argv.indexOf("--");
  if (positionals.length && COMMANDS.has(positionals[0]!) && (dashdash < 0 || argv.indexOf(positionals[0]!) < dashdash)) {
    command = positionals[0] as Args["command"];
    positionals = positionals.slice(1);
  }
  let maxWarnings: number | undefined;
  if (v["max-warnings"] !== undefined) {
    const s = v["max-warnings"];
    if (!/^\d+$/.test(s)) throw new UsageError(`option '--max-warnings' needs a whole number of 0 or more, got '${s}'`);
    maxWarnings = Number(s);
  }
  for (const key of ["target", "kind", "config", "format", "stdin-filename", "out", "baseline", "baseline-write"] as const) {
    if (v[key] === "") throw new UsageError(`option '--${key}' needs a value`);
  }
  const args: Args = {
    command,
    positionals,
    ladder: v.ladder ?? [],
    fix: !!v.fix,
    quiet: !!v.quiet,
    rule: v.rule ?? [],
    stdin: !!v.stdin,
    cache: !!v.cache,
    baselinePrune: !!v["baseline-prune"],
    shareCheck: !!v["share-check"],
    help: !!v.help,
    version: !!v.version,
  };
  if (v.target !== undefined) args.target = v.target;
  if (v.kind !== undefined) args.kind = v.kind;
  if (v.config !== undefined) args.config = v.config;
  if (v.format !== undefined) args.format = v.format;
  if (maxWarnings !== undefined) args.maxWarnings = maxWarnings;
  if (v["stdin-filename"] !== undefined) args.stdinFilename = v["stdin-filename"];
  if (v.out !== undefined) args.out = v.out;
  if (v.baseline !== undefined) args.baseline = v.baseline;
  if (v["baseline-write"] !== undefined) args.baselineWrite = v["baseline-write"];
  if (v.changed !== undefined) args.changed = v.changed;
  if (v["no-color"]) args.color = false;
  else if (v.color) args.color = true;
  return args;
}

function describeParseError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const msg = e.message ?? String(err);
  const opt = /'([^' ]+)/.exec(msg)?.[1];
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option '${opt}'`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/argument missing/.test(msg)) return `option '${opt}' needs a value`;
      if (/does not take an argument/.test(msg)) return `option '${opt}' does not take a value`;
      if (/is ambiguous/.test(msg)) return `option '${opt}' needs a value (for a value starting with '-', write ${opt}=VALUE)`;
      return msg.split("\n")[0]!;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument: ${msg}`;
    default:
      return msg.split("\n")[0]!;
  }
}

export const HELP = `Usage: ladderlint [paths or globs…] [options]
       ladderlint outline FILE [--format text|json]
       ladderlint targets [--ladder FILE]… [--format text|json]
       ladderlint explain RULE
       ladderlint report FILE --target ID [--out report.html] [--format html|markdown]
       ladderlint lsp --stdio   (the language server, also the bin ladderlint-ls)

Lint Markdown résumés and promotion packets against engineering-manager and tech-lead guidance and
a career-ladder target level. Offline: no text leaves this machine.

Options:
  --target ID             target level (EM6, TL5, D4, TPM5, or a custom ladder's level)
  --kind KIND             resume | promo | auto (default: front matter, then headings)
  --ladder FILE           load a custom ladder (YAML or JSON); repeatable
  --config FILE           use this config file instead of the nearest .ladderlintrc.{json,yaml,yml}
  -f, --format NAME       stylish (default) | json | sarif | github | markdown
  --fix                   apply mechanical fixes (never suggestions or snippets) and write the files
  --max-warnings N        exit 1 when there are more than N warnings
  -q, --quiet             report errors only
  --rule ID=SEVERITY      set a rule's severity: off | info | warning | error; repeatable
  --stdin                 lint text from standard input
  --stdin-filename NAME   file name for standard input (messages and config lookup)
  --cache                 only re-lint changed files (cache in .ladderlintcache)
  --baseline FILE         report only findings not recorded in FILE (default: baseline: in config);
                          says how many were baselined and which entries no longer match (stale)
  --baseline-write FILE   record the current findings in FILE (entries of files not linted are kept)
  --baseline-prune        remove the stale entries from the baseline in use
  --changed [REF]         lint only the Markdown files changed against REF (committed, staged,
                          unstaged or untracked; default: the merge base with the default branch)
  --share-check           before sending a document out: only the confidential rule, as errors,
                          on résumés and promo packets alike (internal links, issue keys, others'
                          e-mail addresses, the terms under confidential: in the config)
  -o, --out FILE          report: write to FILE instead of standard output
  --color, --no-color     force colour on or off (default: on for a terminal unless NO_COLOR)
  -h, --help              show this help
  -v, --version           print the version

Directories expand to *.md and *.markdown, and to JSON Resume files (resume.json, *.resume.json,
resume.yaml, resume.yml) whose data has basics or work, skipping node_modules and dot-folders.
Exit codes: 0 no errors (and warnings within --max-warnings); 1 lint errors or too many warnings;
2 usage, config, ladder or I/O error.
`;
