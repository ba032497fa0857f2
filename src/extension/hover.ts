// Hover on a bullet: the competencies it evidences (and the cue that matched) and its categories.
import * as vscode from "vscode";
import { classify } from "../rules/lib/classify.js";
import { bulletAt } from "../engine/editor.js";
import type { Linter } from "./linter.js";
import { toRange } from "./convert.js";

export { bulletAt };

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, "\\$&");
}

export class BulletHover implements vscode.HoverProvider {
  constructor(private readonly linter: Linter) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const entry = await this.linter.whenCurrent(document, 1000);
    if (!entry || token.isCancellationRequested) return undefined;
    const bullet = bulletAt(entry.result.doc.bullets, document.offsetAt(position));
    if (!bullet || !bullet.achievement) return undefined;
    const ladders = entry.options.ladders;
    const matches = ladders ? ladders.evidence(bullet) : [];
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown("**Ladderlint**");
    if (entry.result.target) md.appendMarkdown(` · target ${escapeMd(entry.result.target)}`);
    md.appendMarkdown("\n\n");
    const seen = new Set<string>();
    const lines: string[] = [];
    for (const m of matches) {
      if (seen.has(m.competency.label)) continue;
      seen.add(m.competency.label);
      lines.push(`- $(pass) **${escapeMd(m.competency.label)}**, matched “${escapeMd(m.cue)}”`);
    }
    if (lines.length) md.appendMarkdown(`Evidences:\n\n${lines.join("\n")}\n\n`);
    else md.appendMarkdown("Evidences no ladder competency yet.\n\n");
    const cats = classify(bullet.plain);
    md.appendMarkdown(`Reads as: ${cats.length ? cats.map(escapeMd).join(", ") : "no category"}`);
    return new vscode.Hover(md, toRange(document, bullet.start, bullet.end));
  }
}
