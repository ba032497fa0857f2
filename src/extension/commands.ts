// Commands: Check against <level> (one per built-in level + a quick pick with custom ladders),
// Set target level (writes front matter), Show competency report, Show rule documentation.
import * as vscode from "vscode";
import type { Coverage, LevelInfo } from "../core/types.js";
import { SHOW_RULE_DOC } from "./codeActions.js";
import { setTargetEdit } from "./frontmatter.js";
import type { Linter, LintEntry } from "./linter.js";
import type { ReportView } from "./reportView.js";
import type { RuleDocs } from "./ruleDocs.js";
import { readSettings, type ConfigService } from "./settings.js";
import { CHECK_LEVEL, SHOW_REPORT, type StatusBar } from "./statusBar.js";
import { lintedLanguage } from "./select.js";

/** A level's title without its id ("EM6 - Engineering Manager" -> "Engineering Manager"). */
function levelShortTitle(level: LevelInfo): string {
  const id = level.id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return level.title.replace(new RegExp(`^${id}\\s*[-–—]\\s*`), "");
}

export const CHECK_PREFIX = "ladderlint.checkAgainst.";
export const SET_TARGET = "ladderlint.setTarget";

/** What a Check command returns (handy for tests and other extensions). */
export interface CheckSummary {
  uri: string;
  target?: string;
  coverage?: Coverage;
  status: string;
  findings: { ruleId: string; severity: string; message: string; line: number }[];
}

interface CheckOptions {
  uri?: vscode.Uri | string;
  /** Save the target in the front matter instead of for this session only. */
  writeFrontMatter?: boolean;
}

function asOptions(arg: unknown): CheckOptions {
  if (arg instanceof vscode.Uri) return { uri: arg };
  if (arg && typeof arg === "object") return arg as CheckOptions;
  return {};
}

export class Commands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly linter: Linter,
    private readonly config: ConfigService,
    private readonly status: StatusBar,
    private readonly report: ReportView,
    private readonly docs: RuleDocs,
    register: (id: string, fn: (...args: any[]) => unknown) => vscode.Disposable = vscode.commands.registerCommand,
  ) {
    for (const level of config.builtinLadders().levels()) {
      this.disposables.push(register(CHECK_PREFIX + level.id, (arg?: unknown) => this.checkAgainst(level.id, asOptions(arg))));
    }
    this.disposables.push(
      register(CHECK_LEVEL, (arg?: unknown, more?: unknown) =>
        typeof arg === "string" ? this.checkAgainst(arg, asOptions(more)) : this.pickAndCheck(asOptions(arg)),
      ),
      register(SET_TARGET, (arg?: unknown, more?: unknown) =>
        typeof arg === "string" ? this.checkAgainst(arg, { ...asOptions(more), writeFrontMatter: true }) : this.pickAndCheck({ ...asOptions(arg), writeFrontMatter: true }),
      ),
      register(SHOW_REPORT, (arg?: unknown) => this.showReport(asOptions(arg))),
      register(SHOW_RULE_DOC, (id: unknown) => (typeof id === "string" && id ? this.docs.show(id) : undefined)),
    );
  }

  private async documentFor(opts: CheckOptions): Promise<vscode.TextDocument | undefined> {
    if (opts.uri) return vscode.workspace.openTextDocument(typeof opts.uri === "string" ? vscode.Uri.parse(opts.uri) : opts.uri);
    const editor = vscode.window.activeTextEditor;
    if (editor && (lintedLanguage(editor.document.languageId, editor.document.uri.path) || /\.(md|markdown)$/i.test(editor.document.uri.path))) return editor.document;
    void vscode.window.showWarningMessage("Ladderlint: open a Markdown résumé or promotion packet first.");
    return undefined;
  }

  async checkAgainst(id: string, opts: CheckOptions): Promise<CheckSummary | undefined> {
    const document = await this.documentFor(opts);
    if (!document) return undefined;
    const cfg = await this.config.forDocument(document.uri);
    const level = cfg.ladders.resolve(id);
    if (!level) {
      const ids = cfg.ladders.levels().map((l) => l.id).join(", ");
      void vscode.window.showErrorMessage(`Ladderlint: unknown level "${id}". Valid ids: ${ids}`);
      return undefined;
    }
    if (opts.writeFrontMatter) {
      const r = setTargetEdit(document.getText(), level.id);
      if ("error" in r) {
        void vscode.window.showErrorMessage(`Ladderlint: cannot save the target: ${r.error}. Fix it, or check for this session only.`);
        return undefined;
      }
      if ("edit" in r) {
        const we = new vscode.WorkspaceEdit();
        we.replace(document.uri, new vscode.Range(document.positionAt(r.edit.start), document.positionAt(r.edit.end)), r.edit.text);
        if (!(await vscode.workspace.applyEdit(we))) {
          void vscode.window.showErrorMessage("Ladderlint: could not write the target into the front matter.");
          return undefined;
        }
      }
      // The front matter now carries the target; no session override on top of it.
      this.linter.setSessionTarget(document.uri, undefined);
    } else {
      this.linter.setSessionTarget(document.uri, level.id);
    }
    let entry: LintEntry | undefined;
    for (let i = 0; i < 3 && !entry; i++) entry = await this.linter.lintNow(document);
    if (!entry) return undefined;
    this.status.update();
    if (readSettings(document.uri).openReportOnCheck) this.report.show(document.uri);
    return summarize(document, entry, this.status.text);
  }

  private async pickAndCheck(opts: CheckOptions): Promise<CheckSummary | undefined> {
    const document = await this.documentFor(opts);
    if (!document) return undefined;
    const cfg = await this.config.forDocument(document.uri);
    const level = await pickLevel(cfg.ladders.levels(), opts.writeFrontMatter === true);
    if (!level) return undefined;
    return this.checkAgainst(level.id, { uri: document.uri, writeFrontMatter: opts.writeFrontMatter || level.save });
  }

  private async showReport(opts: CheckOptions): Promise<string | undefined> {
    const document = await this.documentFor(opts);
    if (!document) return undefined;
    let entry = this.linter.current(document);
    if (!entry) {
      if (!this.linter.reason(document)) this.linter.setSessionTarget(document.uri, this.linter.sessionTarget(document.uri));
      entry = await this.linter.lintNow(document);
    }
    if (entry && !entry.result.target && !opts.uri) {
      const summary = await this.pickAndCheck({ uri: document.uri });
      if (!summary) return undefined;
    }
    const panel = this.report.show(document.uri);
    return panel?.title;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function summarize(document: vscode.TextDocument, entry: LintEntry, status: string): CheckSummary {
  return {
    uri: document.uri.toString(),
    target: entry.result.target,
    coverage: entry.result.coverage,
    status,
    findings: entry.result.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, line: document.positionAt(f.start).line + 1 })),
  };
}

/** Quick pick of every level (built-in and custom), grouped by source and track; a button saves to front matter. */
async function pickLevel(levels: LevelInfo[], saving: boolean): Promise<(LevelInfo & { save: boolean }) | undefined> {
  type Item = vscode.QuickPickItem & { level?: LevelInfo };
  const saveButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon("save"), tooltip: "Check and save the target in the front matter" };
  const items: Item[] = [];
  let group = "";
  for (const l of levels) {
    const g = `${l.source === "built-in" ? "Engineering Ladders" : l.source} · ${l.track}`;
    if (g !== group) {
      items.push({ label: g, kind: vscode.QuickPickItemKind.Separator });
      group = g;
    }
    items.push({ label: l.id, description: levelShortTitle(l), level: l, buttons: saving ? [] : [saveButton] });
  }
  const qp = vscode.window.createQuickPick<Item>();
  qp.items = items;
  qp.title = saving ? "Ladderlint: Set target level (saved in front matter)" : "Ladderlint: Check against level";
  qp.placeholder = "Type a level id, e.g. EM6";
  qp.matchOnDescription = true;
  return new Promise((resolve) => {
    let done = false;
    const finish = (v: (LevelInfo & { save: boolean }) | undefined) => {
      if (done) return;
      done = true;
      resolve(v);
      qp.dispose();
    };
    qp.onDidAccept(() => {
      const l = qp.selectedItems[0]?.level;
      finish(l ? { ...l, save: false } : undefined);
    });
    qp.onDidTriggerItemButton((e) => (e.item.level ? finish({ ...e.item.level, save: true }) : undefined));
    qp.onDidHide(() => finish(undefined));
    qp.show();
  });
}
