// `npm run eval -- DIR`: score the linter's reading and rules against the hand labels of the real-document
// corpus (test/corpus/LABELLING.md). DIR holds the texts as `<id>.md` (or `DIR/docs/<id>.md`), as
// `npm run corpus` re-creates them; labels come from test/corpus/labels/ (or --labels DIR), provenance
// from test/corpus/INDEX.tsv (or --index FILE). Prints the table and every false alarm with file:line;
// writes eval/results.json (or --out FILE).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { lint } from "../src/engine/index.js";
import type { LintResult } from "../src/engine/index.js";
import type { Finding } from "../src/core/types.js";
import { builtinLadderSet } from "../src/ladders/index.js";

interface LabelBullet {
  line: number;
  figure?: boolean;
  claim?: boolean;
  pronoun?: boolean;
  others?: boolean;
}
interface LabelRole {
  line: number;
  title: string;
  employer?: string;
  lead?: boolean;
  bullets: LabelBullet[];
}
interface Label {
  id: string;
  kind: "resume" | "promo";
  language: string;
  roles: LabelRole[];
  loose?: LabelBullet[];
  competencies?: string[];
  unclear?: string;
}
interface IndexRow {
  id: string;
  repo: string;
  path: string;
  commit: string;
  kind: string;
  layout: string;
  language: string;
  author: string;
  notes: string;
}

const root = resolve(new URL("..", import.meta.url).pathname);

function parseArgs(argv: string[]): { dir: string; labels: string; index: string; out: string; only?: string; quiet: boolean; misses?: string } {
  let dir = "";
  let labels = join(root, "test/corpus/labels");
  let index = join(root, "test/corpus/INDEX.tsv");
  let out = join(root, "eval/results.json");
  let only: string | undefined;
  let quiet = false;
  let misses: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--labels") labels = resolve(argv[++i] ?? "");
    else if (a === "--index") index = resolve(argv[++i] ?? "");
    else if (a === "--out") out = resolve(argv[++i] ?? "");
    else if (a === "--only") only = argv[++i];
    else if (a === "--quiet") quiet = true;
    else if (a === "--misses") misses = argv[++i] ?? "";
    else if (a.startsWith("-")) fail(`unknown option ${a}`);
    else dir = resolve(a);
  }
  if (!dir) dir = join(root, "corpus");
  return { dir, labels, index, out, only, quiet, misses };
}

function fail(msg: string): never {
  process.stderr.write(`eval: ${msg}\n`);
  process.exit(2);
}

export function readIndex(file: string): Map<string, IndexRow> {
  const rows = new Map<string, IndexRow>();
  if (!existsSync(file)) return rows;
  const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.trim());
  const header = lines[0]!.split("\t");
  for (const l of lines.slice(1)) {
    const cells = l.split("\t");
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])) as unknown as IndexRow;
    rows.set(row.id, row);
  }
  return rows;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const ratio = (a: number, b: number): number | null => (b ? Math.round((a / b) * 1000) / 1000 : null);
const precision = (c: Counts) => ratio(c.tp, c.tp + c.fp);
const recall = (c: Counts) => ratio(c.tp, c.tp + c.fn);

interface Alarm {
  file: string;
  line: number;
  rule: string;
  message: string;
  why: string;
}

/** Rules that still run on a document not in English (structure only, DESIGN §2b). */
const STRUCTURAL = new Set(["ladderlint", "placeholder", "long-bullet", "confidential"]);

const lineOf = (r: LintResult, offset: number) => r.doc.lineCol(offset).line;

/** Match predicted roles to labelled ones: same line, or within two lines above the first bullet. */
function matchRoles(pred: { line: number }[], gold: LabelRole[]): Map<number, number> {
  const pairs: { p: number; g: number; d: number }[] = [];
  gold.forEach((g, gi) => {
    const firstBullet = g.bullets.length ? Math.min(...g.bullets.map((b) => b.line)) : Infinity;
    pred.forEach((p, pi) => {
      const d = Math.abs(p.line - g.line);
      // A role comes before its bullets, unless the label itself puts them first (front matter that
      // lists a role's description above its title key).
      if (d <= 2 && (p.line <= firstBullet || firstBullet < g.line)) pairs.push({ p: pi, g: gi, d });
    });
  });
  pairs.sort((a, b) => a.d - b.d);
  const byGold = new Map<number, number>();
  const usedPred = new Set<number>();
  for (const { p, g } of pairs) {
    if (byGold.has(g) || usedPred.has(p)) continue;
    byGold.set(g, p);
    usedPred.add(p);
  }
  return byGold;
}

/** A recognition rather than an impact: an award, an election, an exam passed, an acceptance, a promotion. */
const RECOGNITION_RE = /\b(?:received|awarded|won|earned|recogni[sz]ed (?:as|for)|elected|passed|accepted (?:to|into|as)|promoted (?:to|as)|nominated|named (?:to|as))\b/i;

const AXES = ["Technology", "System", "People", "Process", "Influence"];

export function evaluate(dir: string, labelsDir: string, indexFile: string, only?: string) {
  const index = readIndex(indexFile);
  const docsDir = existsSync(join(dir, "docs")) ? join(dir, "docs") : dir;
  if (!existsSync(docsDir)) fail(`${dir}: no such folder (run npm run corpus first, or name the folder with the texts)`);
  if (!existsSync(labelsDir)) fail(`${labelsDir}: no such folder of labels`);
  const ids = readdirSync(labelsDir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5))
    .filter((id) => !only || id === only || id.startsWith(only))
    .sort();
  const ladders = builtinLadderSet();
  const steps = new Map<string, string[]>();
  const em6 = ladders.coverage(lint("# x\n").doc, "EM6");
  for (const a of em6.axes) steps.set(a.axis, a.steps ?? []);

  const roles = counts();
  const bulletsInRole = { read: 0, total: 0 };
  const bulletsAnywhere = { read: 0, total: 0 };
  const loose = { read: 0, total: 0 };
  const notBullets: Alarm[] = [];
  let predictedAchievement = 0;
  const rules: Record<string, Counts> = {
    "quantified-impact": counts(),
    "first-person": counts(),
    "tech-balance (scope)": counts(),
  };
  const axisPresence = counts();
  const qiClaimsOnly = counts();
  const axisStep = { reaches: 0, over: 0, under: 0, labelled: 0, byAxis: {} as Record<string, { reaches: number; over: number; under: number }> };
  const alarms: Alarm[] = [];
  const misses: Alarm[] = []; // labelled findings the rules did not give (first-person, quantified-impact)
  const missedRoles: { file: string; line: number; title: string }[] = [];
  const extraRoles: { file: string; line: number; title: string }[] = [];
  const perDoc: Record<string, unknown>[] = [];
  const twoOnALine: Alarm[] = [];
  const nonEnglish = { docs: 0, wordingFindings: 0, languageFinding: 0 };
  const promoFirstPerson = { docs: 0, findings: 0 };
  const silent: string[] = [];
  const kindRight = { right: 0, total: 0 };
  const byRule: Record<string, number> = {};
  let missing = 0;

  for (const id of ids) {
    const file = join(docsDir, id + ".md");
    if (!existsSync(file)) {
      missing++;
      continue;
    }
    const label = JSON.parse(readFileSync(join(labelsDir, id + ".json"), "utf8")) as Label;
    const row = index.get(id);
    const text = readFileSync(file, "utf8");
    const textLines = text.split(/\r?\n/);
    const leadership = label.kind === "promo" || ["manager", "staff", "techlead"].includes(row?.author ?? "");
    // The name the file has in its repository (a user lints "brag.md", not "<id>.md"): kinds are read from it too.
    const r = lint(text, { filename: row?.path ?? file, override: { target: "EM6" } });
    const shown = `${row?.path ? id : id}.md`;
    kindRight.total++;
    if (r.kind === label.kind) kindRight.right++;
    for (const f of r.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;

    // Roles.
    const pred = r.doc.roles;
    const match = matchRoles(pred, label.roles);
    roles.tp += match.size;
    roles.fn += label.roles.length - match.size;
    roles.fp += pred.length - match.size;
    label.roles.forEach((g, gi) => {
      if (!match.has(gi)) missedRoles.push({ file: shown, line: g.line, title: g.title });
    });
    const matchedPred = new Set(match.values());
    pred.forEach((p, pi) => {
      if (!matchedPred.has(pi)) extraRoles.push({ file: shown, line: p.line, title: p.title });
    });

    // Bullets.
    const achievementAt = new Map<number, (typeof r.doc.bullets)[number]>();
    for (const b of r.doc.bullets) if (b.achievement && !achievementAt.has(b.line)) achievementAt.set(b.line, b);
    predictedAchievement += achievementAt.size;
    // A labelled item is the line it starts on; a YAML list item whose text is a block scalar ("- |")
    // starts there, while the reader places the bullet where its text starts, on the next line.
    const goldLine = (line: number): number => (!achievementAt.has(line) && /^\s*-\s*[|>][-+]?\s*$/.test(textLines[line - 1] ?? "") ? line + 1 : line);
    const goldBulletLines = new Set<number>();
    const inRoleBefore = bulletsInRole.read;
    const roleBulletsBefore = bulletsInRole.total;
    label.roles.forEach((g, gi) => {
      const p = match.has(gi) ? pred[match.get(gi)!] : undefined;
      for (const gb of g.bullets) {
        const line = goldLine(gb.line);
        goldBulletLines.add(line);
        bulletsInRole.total++;
        bulletsAnywhere.total++;
        const b = achievementAt.get(line);
        if (b) bulletsAnywhere.read++;
        if (b && p && b.role === p) bulletsInRole.read++;
      }
    });
    for (const gb of label.loose ?? []) {
      const line = goldLine(gb.line);
      goldBulletLines.add(line);
      loose.total++;
      if (achievementAt.has(line)) loose.read++;
    }
    for (const [line, b] of achievementAt) {
      if (!goldBulletLines.has(line)) notBullets.push({ file: shown, line, rule: "(reader)", message: b.plain.slice(0, 80), why: "read as an achievement bullet; not one in the labels" });
    }

    const english = (label.language ?? "en") === "en";
    const goldBullet = new Map<number, LabelBullet>();
    for (const g of label.roles) for (const b of g.bullets) goldBullet.set(goldLine(b.line), b);
    for (const b of label.loose ?? []) goldBullet.set(goldLine(b.line), b);
    const roleLines = new Set(label.roles.map((g) => g.line));

    if (!english) {
      nonEnglish.docs++;
      for (const f of r.findings) {
        if (!STRUCTURAL.has(f.ruleId)) {
          nonEnglish.wordingFindings++;
          alarms.push({ file: shown, line: lineOf(r, f.start), rule: f.ruleId, message: f.message, why: `English wording finding on a ${label.language} document` });
        }
      }
      if (r.findings.some((f) => f.ruleId === "ladderlint" && /English/.test(f.message))) nonEnglish.languageFinding++;
    }

    // No silent pass: no role, or no achievement bullet read, must be said.
    // (By the kind the linter read: a résumé read as a brag document with its items read is not silent.)
    const readNothing = (r.kind === "resume" && pred.length === 0) || achievementAt.size === 0;
    if (readNothing && !r.findings.some((f) => f.ruleId === "ladderlint" && f.severity === "info" && /outline/.test(f.message))) silent.push(shown);

    // first-person: résumés only; in promo documents every finding is a false alarm.
    const fpLines = new Map<number, number>();
    for (const f of r.findings.filter((x) => x.ruleId === "first-person")) {
      const line = lineOf(r, f.start);
      fpLines.set(line, (fpLines.get(line) ?? 0) + 1);
    }
    for (const [line, n] of fpLines) if (n > 1) twoOnALine.push({ file: shown, line, rule: "first-person", message: `${n} findings`, why: "two pronoun findings on one line" });
    if (label.kind === "promo") {
      promoFirstPerson.docs++;
      promoFirstPerson.findings += [...fpLines.values()].reduce((a, b) => a + b, 0);
    }
    if (english) {
      const firstPersonFound = findingBullets(r, "first-person", goldBullet);
      for (const [line, gb] of goldBullet) {
        const fired = firstPersonFound.lines.has(line);
        const truth = label.kind === "resume" && gb.pronoun === true;
        if (gb.pronoun === undefined) continue;
        tally(rules["first-person"]!, fired, truth, shown, line, "first-person", firstPersonFound.messages.get(line), alarms, "labelled without I/me/my/myself, or a promo document", misses);
      }
      for (const f of firstPersonFound.outside) alarms.push({ file: shown, line: f.line, rule: "first-person", message: f.message, why: "not on a labelled bullet" });
      if (label.kind === "promo") rules["first-person"]!.fp += firstPersonFound.outside.length;
      else rules["first-person"]!.fp += firstPersonFound.outside.filter((f) => !roleLines.has(f.line)).length;

      // quantified-impact, bullet level: a claim with no figure.
      const q = findingBullets(r, "quantified-impact", goldBullet, roleLines);
      for (const [line, gb] of goldBullet) {
        if (gb.claim === undefined || gb.figure === undefined) continue;
        const fired = q.lines.has(line);
        const truth = gb.claim && !gb.figure;
        tally(rules["quantified-impact"]!, fired, truth, shown, line, "quantified-impact", q.messages.get(line), alarms, gb.figure ? "the bullet carries a figure" : "the bullet claims no impact", misses);
        // The labels count recognitions as claims ("won", "elected", "passed"); the rule asks no "how much"
        // of them (it asks, at info, an award's, election's or promotion's scale, and nothing of an exam).
        // This row leaves them out of recall, by the words on the labelled line.
        if (truth && !RECOGNITION_RE.test(textLines[line - 1] ?? "")) {
          if (fired) qiClaimsOnly.tp++;
          else qiClaimsOnly.fn++;
        }
      }
      for (const f of q.outside) {
        rules["quantified-impact"]!.fp++;
        alarms.push({ file: shown, line: f.line, rule: "quantified-impact", message: f.message, why: "not on a labelled bullet" });
      }

      // tech-balance: only lead roles are held to it.
      for (const f of r.findings.filter((x) => x.ruleId === "tech-balance")) {
        const line = lineOf(r, f.start);
        const g = label.roles.find((x) => x.line === line) ?? label.roles.find((x) => Math.abs(x.line - line) <= 2);
        if (!g) {
          rules["tech-balance (scope)"]!.fp++;
          alarms.push({ file: shown, line, rule: "tech-balance", message: f.message, why: "not on a labelled role" });
        } else if (g.lead === false) {
          rules["tech-balance (scope)"]!.fp++;
          alarms.push({ file: shown, line, rule: "tech-balance", message: f.message, why: "an individual-contributor role" });
        } else rules["tech-balance (scope)"]!.tp++;
      }
    }

    // Ladder cues against the labelled competencies (leadership documents in English).
    const axisSteps: Record<string, [number, number]> = {}; // axis -> [step found, reader's step] (1-based; 0: none)
    if (english && leadership && label.competencies && r.coverage) {
      const gold = new Map<string, number>();
      for (const c of label.competencies) {
        const [axis, step] = c.split(":").map((s) => s.trim());
        const idx = (steps.get(axis!) ?? []).findIndex((s) => s.toLowerCase() === (step ?? "").toLowerCase());
        if (axis && idx >= 0) gold.set(axis, Math.max(gold.get(axis) ?? 0, idx + 1));
      }
      for (const axis of AXES) {
        const a: { found?: string | null } | undefined = r.coverage.axes.find((x) => x.axis === axis);
        const found: number = a?.found ? (steps.get(axis) ?? []).indexOf(a.found) + 1 : 0;
        const g = gold.get(axis) ?? 0;
        if (found && g) axisPresence.tp++;
        else if (found) axisPresence.fp++;
        else if (g) axisPresence.fn++;
        if (g) {
          axisSteps[axis] = [found, g];
          axisStep.labelled++;
          const byAxis = (axisStep.byAxis[axis] ??= { reaches: 0, over: 0, under: 0 });
          const side = found === g ? "reaches" : found > g ? "over" : "under";
          axisStep[side]++;
          byAxis[side]++;
        }
      }
    }

    perDoc.push({
      id,
      kind: label.kind,
      kindRead: r.kind,
      language: label.language,
      roles: { labelled: label.roles.length, read: pred.length, matched: match.size },
      bullets: { labelled: [...goldBulletLines].length, read: achievementAt.size, roleBullets: bulletsInRole.total - roleBulletsBefore, inRole: bulletsInRole.read - inRoleBefore },
      readsAs: r.coverage?.readsAs ?? null,
      axisSteps,
    });
  }

  const results = {
    documents: perDoc.length,
    missingTexts: missing,
    authors: new Set(perDoc.map((d) => index.get(d.id as string)?.repo.split("/")[0] ?? d.id)).size,
    kind: { right: kindRight.right, total: kindRight.total },
    roles: { ...roles, precision: precision(roles), recall: recall(roles) },
    roleBulletsRead: { ...bulletsInRole, share: ratio(bulletsInRole.read, bulletsInRole.total) },
    roleBulletsReadAnywhere: { ...bulletsAnywhere, share: ratio(bulletsAnywhere.read, bulletsAnywhere.total) },
    looseBulletsRead: { ...loose, share: ratio(loose.read, loose.total) },
    achievementBulletsRead: predictedAchievement,
    notLabelledBullets: notBullets.length,
    rules: Object.fromEntries(Object.entries(rules).map(([k, c]) => [k, { ...c, precision: precision(c), recall: recall(c) }])),
    firstPersonInPromo: promoFirstPerson,
    twoPronounFindingsOnALine: twoOnALine.length,
    nonEnglish,
    silentPasses: silent,
    ladderAxes: { ...axisPresence, precision: precision(axisPresence), recall: recall(axisPresence), steps: axisStep },
    findingsByRule: byRule,
    falseAlarms: alarms,
    missedRoles,
    extraRoles,
    qiClaimsOnly,
    notBullets,
    misses,
    perDoc,
  };
  return results;
}

function findingBullets(r: LintResult, rule: string, gold: Map<number, LabelBullet>, roleLines: Set<number> = new Set()) {
  const lines = new Set<number>();
  const messages = new Map<number, string>();
  const outside: { line: number; message: string }[] = [];
  for (const f of r.findings as Finding[]) {
    if (f.ruleId !== rule) continue;
    // A word-level finding (a pronoun) counts for the bullet it sits in, which may start lines above.
    const holder = r.doc.bullets.find((b) => b.start <= f.start && f.start < b.end);
    const line = holder && gold.has(holder.line) ? holder.line : lineOf(r, f.start);
    if (gold.has(line)) {
      lines.add(line);
      messages.set(line, f.message);
    } else if (!roleLines.has(line) && !isDocLevel(r, f)) outside.push({ line, message: f.message });
  }
  return { lines, messages, outside };
}

function isDocLevel(r: LintResult, f: Finding): boolean {
  return f.start === r.doc.docAnchor.start || r.doc.roles.some((x) => x.titleStart === f.start);
}

function tally(c: Counts, fired: boolean, truth: boolean, file: string, line: number, rule: string, message: string | undefined, alarms: Alarm[], why: string, misses?: Alarm[]) {
  if (fired && truth) c.tp++;
  else if (fired) {
    c.fp++;
    alarms.push({ file, line, rule, message: message ?? "", why });
  } else if (truth) {
    c.fn++;
    misses?.push({ file, line, rule, message: "", why: "labelled, no finding" });
  }
}

const pct = (x: number | null) => (x === null ? "—" : x.toFixed(2));

export function formatTable(res: ReturnType<typeof evaluate>): string {
  const out: string[] = [];
  out.push(`Real-document corpus: ${res.documents} documents from ${res.authors} authors${res.missingTexts ? ` (${res.missingTexts} labelled texts missing: run npm run corpus)` : ""}`);
  out.push("");
  out.push("| measure | value | counts |");
  out.push("|---|---|---|");
  out.push(`| roles: recall | ${pct(res.roles.recall)} | ${res.roles.tp} of ${res.roles.tp + res.roles.fn} labelled roles read |`);
  out.push(`| roles: precision | ${pct(res.roles.precision)} | ${res.roles.fp} read that are not roles |`);
  out.push(`| role bullets read (in their role) | ${pct(res.roleBulletsRead.share)} | ${res.roleBulletsRead.read} of ${res.roleBulletsRead.total} |`);
  out.push(`| role bullets read (anywhere) | ${pct(res.roleBulletsReadAnywhere.share)} | ${res.roleBulletsReadAnywhere.read} of ${res.roleBulletsReadAnywhere.total} |`);
  out.push(`| other achievement items read | ${pct(res.looseBulletsRead.share)} | ${res.looseBulletsRead.read} of ${res.looseBulletsRead.total} |`);
  out.push(`| lines read as bullets that are not | — | ${res.notLabelledBullets} of ${res.achievementBulletsRead} |`);
  out.push(`| document kind right | ${pct(ratio(res.kind.right, res.kind.total))} | ${res.kind.right} of ${res.kind.total} |`);
  for (const [id, c] of Object.entries(res.rules)) {
    out.push(`| ${id}: precision | ${pct(c.precision)} | ${c.tp} right, ${c.fp} false alarms |`);
    if (!id.includes("scope")) out.push(`| ${id}: recall | ${pct(c.recall)} | ${c.fn} missed |`);
    if (id === "quantified-impact") out.push(`| quantified-impact: recall, recognitions aside | ${pct(recall(res.qiClaimsOnly))} | ${res.qiClaimsOnly.fn} missed (awards, elections, exams, promotions left out) |`);
  }
  out.push(`| first-person findings in promo documents | ${res.firstPersonInPromo.findings} | in ${res.firstPersonInPromo.docs} documents |`);
  out.push(`| lines with two first-person findings | ${res.twoPronounFindingsOnALine} | |`);
  out.push(`| English-wording findings on non-English documents | ${res.nonEnglish.wordingFindings} | ${res.nonEnglish.docs} documents; language finding in ${res.nonEnglish.languageFinding} |`);
  out.push(`| silent passes (nothing read, nothing said) | ${res.silentPasses.length} | ${res.silentPasses.join(", ")} |`);
  out.push(`| ladder axes: precision | ${pct(res.ladderAxes.precision)} | ${res.ladderAxes.tp} right, ${res.ladderAxes.fp} axes credited that the reader does not see |`);
  out.push(`| ladder axes: recall | ${pct(res.ladderAxes.recall)} | ${res.ladderAxes.fn} axes a reader sees that were missed |`);
  const s = res.ladderAxes.steps;
  out.push(`| ladder steps: same as the reader's | ${pct(ratio(s.reaches, s.labelled))} | ${s.reaches} same, ${s.under} lower, ${s.over} higher, of ${s.labelled} |`);
  for (const [axis, b] of Object.entries(s.byAxis)) out.push(`| ladder steps, ${axis} | ${pct(ratio(b.reaches, b.reaches + b.under + b.over))} | ${b.reaches} same, ${b.under} lower, ${b.over} higher |`);
  return out.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("eval.ts")) {
  const args = parseArgs(process.argv.slice(2));
  const res = evaluate(args.dir, args.labels, args.index, args.only);
  if (!res.documents) fail(`${args.dir}: no labelled document found (labels in ${args.labels})`);
  process.stdout.write(formatTable(res) + "\n");
  if (!args.quiet) {
    const section = (title: string, rows: string[]) => rows.length && process.stdout.write(`\n${title} (${rows.length}):\n${rows.join("\n")}\n`);
    section("False alarms", res.falseAlarms.map((a) => `  ${a.file}:${a.line}  ${a.rule}  ${a.why}  — ${a.message.slice(0, 100)}`));
    section("Roles not read", res.missedRoles.map((m) => `  ${m.file}:${m.line}  ${m.title}`));
    section("Read as roles, not roles", res.extraRoles.map((m) => `  ${m.file}:${m.line}  ${m.title}`));
    section("Read as bullets, not labelled bullets", res.notBullets.map((m) => `  ${m.file}:${m.line}  ${m.message}`));
    // --misses RULE: the labelled findings the rule did not give (first-person, quantified-impact).
    if (args.misses !== undefined) section(`Missed by ${args.misses}`, res.misses.filter((m) => m.rule === args.misses).map((m) => `  ${m.file}:${m.line}`));
  }
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, JSON.stringify(res, null, 2) + "\n");
  process.stdout.write(`\nwrote ${args.out}\n`);
}
