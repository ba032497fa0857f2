// Rule metadata for the CLI: descriptions, help text and doc URLs (SARIF, `explain`, `--rule` checks).
import { readFileSync } from "node:fs";
import { rules } from "../rules/index.js";
import { ENGINE_RULE } from "../engine/index.js";
import { ruleDocUrl } from "../core/rule.js";
import { ruleDocs } from "./generated/docs.js";
import type { RuleInfo } from "./types.js";

export function docKey(id: string): string {
  return id.replace("/", "-");
}

const docCache = new Map<string, string | undefined>();

/**
 * A rule's Markdown doc: docs/rules/<id>.md next to the package when it is there (the source tree, or
 * an install that ships docs/), else the copy embedded at build time (src/cli/generated/docs.ts).
 */
export function ruleDoc(id: string): string | undefined {
  const key = docKey(id);
  if (docCache.has(key)) return docCache.get(key);
  let text: string | undefined;
  for (const rel of ["../docs/rules/", "../../docs/rules/"]) {
    try {
      text = readFileSync(new URL(rel + key + ".md", import.meta.url), "utf8").replace(/\r\n?/g, "\n");
      break;
    } catch {
      /* not there */
    }
  }
  text ??= ruleDocs[key];
  docCache.set(key, text);
  return text;
}

/** The first paragraph after the title of a Markdown doc, as plain text. */
export function firstParagraph(md: string): string | undefined {
  const body = md.replace(/^---\n[\s\S]*?\n---\n/, "");
  const paras = body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  for (const p of paras) {
    if (/^(#|```|<!--|\||>)/.test(p)) continue;
    return p
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/[*_`]/g, "")
      .replace(/\s*\n\s*/g, " ");
  }
  return undefined;
}

export const ENGINE_RULE_INFO: RuleInfo = {
  id: ENGINE_RULE,
  description: "Problems ladderlint found with the document itself: front matter, inline directives, unknown target; and parts it did not check (a line over 20 000 characters, a block nested more than 200 levels deep).",
  defaultSeverity: "error",
  helpUri: "https://github.com/ladderlint/ladderlint#configuration",
  help: "Broken front matter, an unknown rule id in a ladderlint comment, a disable never re-enabled, or an unknown target level.",
};

export function ruleInfos(): RuleInfo[] {
  const out: RuleInfo[] = rules.map((r) => {
    const md = ruleDoc(r.meta.id);
    const info: RuleInfo = {
      id: r.meta.id,
      description: r.meta.description,
      defaultSeverity: r.meta.defaultSeverity,
      helpUri: ruleDocUrl(r.meta.id),
      help: (md && firstParagraph(md)) || r.meta.description,
    };
    if (md) info.markdown = md;
    return info;
  });
  out.push(ENGINE_RULE_INFO);
  return out;
}
