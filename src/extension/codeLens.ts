// CodeLens on each role: technical / people / delivery / communication balance and "4/6 quantified".
import * as vscode from "vscode";
import { classify, type Category } from "../rules/lib/classify.js";
import { hasFigure } from "../rules/lib/figures.js";
import type { Role } from "../core/types.js";
import type { Linter } from "./linter.js";

const SHOWN: Category[] = ["technical", "people", "delivery", "communication"];

/** "technical 3 · people 1 · delivery 2 · communication 0 · 4/6 quantified" */
export function roleLensText(role: Role): string {
  const achievements = role.bullets.filter((b) => b.achievement);
  const counts = new Map<Category, number>(SHOWN.map((c) => [c, 0]));
  let quantified = 0;
  for (const b of achievements) {
    for (const c of new Set(classify(b.plain))) if (counts.has(c)) counts.set(c, counts.get(c)! + 1);
    if (hasFigure(b.plain)) quantified++;
  }
  const balance = SHOWN.map((c) => `${c} ${counts.get(c)}`).join(" · ");
  return `${balance} · ${quantified}/${achievements.length} quantified`;
}

export class RoleLenses implements vscode.CodeLensProvider {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;
  private readonly sub: vscode.Disposable;

  constructor(private readonly linter: Linter) {
    this.sub = linter.onDidLint(() => this.emitter.fire());
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    // While a lint of this version is pending (debounce), wait for it rather than show stale lines.
    const entry = await this.linter.whenCurrent(document);
    if (!entry || token.isCancellationRequested || entry.version !== document.version) return [];
    return entry.result.doc.roles.map((role) => {
      const pos = document.positionAt(role.titleStart);
      const text = roleLensText(role);
      return new vscode.CodeLens(new vscode.Range(pos, pos), { title: text, command: "", tooltip: `Ladderlint: bullets of “${role.title}” by category, and how many carry a figure of impact` });
    });
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}
