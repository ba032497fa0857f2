// `ladderlint outline`: what the linter read. The JSON shape is DESIGN §6; the extension reuses it.
import type { LintResult } from "../engine/index.js";
import type { DocKind, LadderSet } from "../core/types.js";
import { builtinLadderSet } from "../ladders/index.js";
import { classify, type Category } from "../rules/lib/classify.js";

export interface OutlineBullet {
  line: number;
  categories: Category[];
  competencies: string[];
  /** The bullet's prose (collapsed), for the text view. */
  text: string;
}

export interface OutlineRole {
  title: string;
  employer: string;
  dates: string;
  line: number;
  bullets: OutlineBullet[];
}

export interface Outline {
  kind: DocKind;
  target: string | null;
  roles: OutlineRole[];
}

export function outline(result: LintResult, ladders: LadderSet = builtinLadderSet()): Outline {
  return {
    kind: result.kind,
    target: result.target ?? null,
    roles: result.doc.roles.map((r) => ({
      title: r.title,
      employer: r.employer,
      dates: r.dates,
      line: r.line,
      bullets: r.bullets.map((b) => {
        const competencies: string[] = [];
        for (const m of ladders.evidence(b)) if (!competencies.includes(m.competency.label)) competencies.push(m.competency.label);
        return { line: b.line, categories: classify(b.plain), competencies, text: b.plain };
      }),
    })),
  };
}

/** The human view: one line per role, an indented line per bullet. */
export function formatOutlineText(o: Outline, path: string): string {
  const out = [`${path}: ${o.kind === "promo" ? "promotion packet" : "résumé"}${o.target ? ` · target ${o.target}` : ""} · ${o.roles.length} role${o.roles.length === 1 ? "" : "s"}`];
  if (!o.roles.length) out.push("  no roles recognised: a role is a heading or line with a title and a company or dates, e.g. \"### Engineering Manager — Acme (2021–present)\" or \"**Staff Engineer**, Acme, 2019–2022\", with its bullets below");
  for (const r of o.roles) {
    const parts = [r.title || "(no title)", r.employer && `@ ${r.employer}`, r.dates && `(${r.dates})`].filter(Boolean);
    out.push(`  ${String(r.line).padStart(4)}  ${parts.join(" ")} · ${r.bullets.length} bullet${r.bullets.length === 1 ? "" : "s"}`);
    for (const b of r.bullets) {
      const tags = [b.categories.join(", ") || "unclassified", ...(b.competencies.length ? [b.competencies.join(", ")] : [])].join(" · ");
      const text = b.text.length > 60 ? b.text.slice(0, 59) + "…" : b.text;
      out.push(`  ${String(b.line).padStart(4)}    - ${text}  [${tags}]`);
    }
  }
  return out.join("\n") + "\n";
}
