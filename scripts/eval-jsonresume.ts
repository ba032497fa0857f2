// Role and bullet reading on real JSON Resume files (issue 23). The texts are not in the repository:
// test/corpus/jsonresume/INDEX.tsv says where each came from (id, repo, path, commit); DIR holds them
// as <id>.json (default /work/corpus/jsonresume, or the first argument).
//   node --import tsx scripts/eval-jsonresume.ts [DIR]
// Counted from the JSON itself: each object in work[] and volunteer[] is a role, each non-empty string
// in its highlights[] a bullet. Compared with what the linter reads (lint() with the file's name): a
// role is read when a role has the same title and employer; a highlight is read when a bullet of that
// role covers exactly its text. Also checks every span: `text` as long as its source slice, and equal
// to it outside masked escapes.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { lint } from "../src/engine/index.js";

const root = new URL("..", import.meta.url).pathname;
const dir = process.argv[2] ?? "/work/corpus/jsonresume";
const index = readFileSync(join(root, "test/corpus/jsonresume/INDEX.tsv"), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));
let summaryLines = 0, summaryRead = 0;
let files = 0, roles = 0, rolesRead = 0, rolesExtra = 0, highlights = 0, highlightsRead = 0, badSpans = 0, findings = 0, schemaFindings = 0, crashes = 0;
const rows: string[] = [];
for (const [id, repo] of index) {
  const file = join(dir, `${id}.json`);
  if (!existsSync(file)) {
    console.error(`${id}: missing (${repo})`);
    continue;
  }
  files++;
  const text = readFileSync(file, "utf8");
  const data = JSON.parse(text.replace(/^\uFEFF/, "")) as Record<string, unknown>;
  let r;
  try {
    r = lint(text, { filename: `${id}.resume.json` });
  } catch (err) {
    crashes++;
    console.error(`${id}: crash ${(err as Error).message}`);
    continue;
  }
  let fRoles = 0, fRead = 0, fHl = 0, fHlRead = 0;
  const used = new Set<unknown>();
  for (const section of ["work", "volunteer"]) {
    const list = Array.isArray(data[section]) ? (data[section] as unknown[]) : [];
    for (const entry of list) {
      if (!entry || typeof entry !== "object") continue;
      const e = entry as Record<string, unknown>;
      fRoles++;
      const title = typeof e["position"] === "string" ? e["position"].trim() : "";
      const employer = String(e[section === "work" ? "name" : "organization"] ?? e["company"] ?? e["organization"] ?? e["name"] ?? "").trim();
      const role = r.doc.roles.find((x) => !used.has(x) && x.title === title.replace(/\s+/g, " ") && x.employer === employer.replace(/\s+/g, " "));
      const summary = typeof e["summary"] === "string" ? e["summary"] : typeof e["description"] === "string" ? e["description"] : "";
      summaryLines += summary.split(/\r?\n/).filter((l) => /[\p{L}\p{N}]/u.test(l)).length;
      const hls = (Array.isArray(e["highlights"]) ? e["highlights"] : []).filter((h): h is string => typeof h === "string" && h.trim() !== "");
      fHl += hls.length;
      if (!role) continue;
      used.add(role);
      fRead++;
      const texts = role.bullets.filter((b) => !b.paragraph).map((b) => b.plain);
      const readBefore = fHlRead;
      for (const h of hls) {
        // The bullet's plain text is the highlight with escapes masked and URLs blanked: compare words.
        const want = h.replace(/https?:\/\/\S+/g, " ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
        const i = texts.findIndex((t) => t.replace(/[^\p{L}\p{N}]+/gu, " ").trim() === want);
        if (i >= 0) {
          fHlRead++;
          texts.splice(i, 1);
        }
      }
      // The role's other bullets come from its summary.
      summaryRead += role.bullets.length - (fHlRead - readBefore);
    }
  }
  for (const b of r.doc.bullets) {
    const src = text.slice(b.start, b.end);
    if (src.length !== b.text.length) badSpans++;
    else for (let i = 0; i < src.length; i++) if (b.text[i] !== " " && b.text[i] !== src[i]) { badSpans++; break; }
  }
  roles += fRoles;
  rolesRead += fRead;
  rolesExtra += r.doc.roles.length - fRead;
  highlights += fHl;
  highlightsRead += fHlRead;
  findings += r.findings.length;
  schemaFindings += r.findings.filter((f) => f.message.startsWith("JSON Resume schema")).length;
  rows.push(`${id}\t${repo}\troles ${fRead}/${fRoles}\thighlights ${fHlRead}/${fHl}\tfindings ${r.findings.length}`);
}
console.log(rows.join("\n"));
console.log(`\n${files} files · roles read ${rolesRead} of ${roles} (${(rolesRead / roles).toFixed(2)}), ${rolesExtra} read that are not entries · highlights read as bullets of their role ${highlightsRead} of ${highlights} (${(highlightsRead / highlights).toFixed(2)}) · role summaries: ${summaryLines} lines with text, ${summaryRead} bullets read from them (a wrapped list item is one) · spans not matching their source ${badSpans} · crashes ${crashes} · findings ${findings} (${schemaFindings} schema)`);
