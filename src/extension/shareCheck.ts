// "Ladderlint: Check before sharing": the `confidential` rule alone, at error, on any kind of
// document (a promo packet too), once, on the text as it is now (the CLI's --share-check). Its
// findings go to their own diagnostic collection, without those the regular lint already shows, and
// are cleared when the document changes or closes; a message says how many there are.
import * as vscode from "vscode";
import { lint } from "../engine/index.js";
import confidential from "../rules/confidential.js";
import { toDiagnostic, SOURCE } from "./convert.js";
import type { Linter } from "./linter.js";
import type { ConfigService } from "./settings.js";

export const CHECK_BEFORE_SHARING = "ladderlint.checkBeforeSharing";

/** What the command returns (for tests and other extensions). */
export interface ShareSummary {
  uri: string;
  findings: { message: string; line: number; text: string }[];
  /** Configuration problems (an unreadable terms file): the check may have missed terms. */
  problems: string[];
}

export class ShareCheck implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE + "-share");
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly linter: Linter,
    private readonly config: ConfigService,
    register: (id: string, fn: (...args: any[]) => unknown) => vscode.Disposable,
  ) {
    this.disposables.push(
      this.collection,
      register(CHECK_BEFORE_SHARING, (arg?: unknown) => this.run(arg)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this.collection.delete(e.document.uri)),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
    );
  }

  async run(arg?: unknown): Promise<ShareSummary | undefined> {
    const uri = arg instanceof vscode.Uri ? arg : typeof arg === "string" ? vscode.Uri.parse(arg) : undefined;
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document || (document.languageId !== "markdown" && !/\.(md|markdown)$/i.test(document.uri.path))) {
      void vscode.window.showWarningMessage("Ladderlint: open a Markdown résumé or promotion packet first.");
      return undefined;
    }
    const cfg = await this.config.forDocument(document.uri);
    const text = document.getText();
    const result = lint(text, { filename: document.uri.path, base: cfg.base, ladders: cfg.ladders, rules: [confidential], override: { rules: { [confidential.meta.id]: "error" } } });
    const found = result.findings.filter((f) => f.ruleId === confidential.meta.id);
    const shown = this.linter.current(document)?.result.findings ?? [];
    const extra = found.filter((f) => !shown.some((s) => s.ruleId === f.ruleId && s.start === f.start && s.end === f.end));
    this.collection.set(document.uri, extra.map((f) => toDiagnostic(document, f)));
    const name = vscode.workspace.asRelativePath(document.uri, false);
    const problems = cfg.problems.map((p) => p.message);
    const warning = problems.length ? ` Configuration problem (terms may be missing): ${problems[0]}` : "";
    if (found.length) {
      void vscode.window
        .showWarningMessage(`Ladderlint: ${found.length} thing${found.length === 1 ? "" : "s"} in ${name} should not leave the company; see the Problems panel.${warning}`, "Show Problems")
        .then((pick) => pick && vscode.commands.executeCommand("workbench.actions.view.problems"));
    } else {
      const say = problems.length ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
      void say(`Ladderlint: nothing confidential found in ${name} (internal links and hosts, issue keys, others' e-mail addresses, your confidential terms).${warning}`);
    }
    return {
      uri: document.uri.toString(),
      findings: found.map((f) => ({ message: f.message, line: document.positionAt(f.start).line + 1, text: text.slice(f.start, f.end) })),
      problems,
    };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
