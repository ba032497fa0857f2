// Quick fixes (each fix / suggestion / snippet of a finding), fix-all for one rule, "disable for this
// line", "show rule documentation", and source.fixAll.ladderlint (editor.codeActionsOnSave).
import * as vscode from "vscode";
import { fixAll, ENGINE_RULE, type LintOptions } from "../engine/index.js";
import type { Finding, Fix } from "../core/types.js";
import { snippetPlainText } from "../engine/editor.js";
import { diagnosticRule, findingFor, FIX_ALL_KIND, minimalEdit, SOURCE, toRange, toTextEdit } from "./convert.js";
import type { Linter } from "./linter.js";

export const SHOW_RULE_DOC = "ladderlint.showRuleDocumentation";

export class CodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly linter: Linter) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    const only = context.only;
    const wantsFixAll = !!only && (FIX_ALL_KIND.contains(only) || only.contains(FIX_ALL_KIND));
    if (wantsFixAll) {
      if (!this.linter.reason(document)) return [];
      const action = await this.fixAllAction(document, token);
      return action ? [action] : [];
    }
    if (only && !vscode.CodeActionKind.QuickFix.intersects(only)) return [];

    let entry = this.linter.current(document);
    if (!entry && this.linter.reason(document)) entry = await this.linter.lintNow(document);
    if (!entry || token.isCancellationRequested || entry.version !== document.version) return [];
    const ours = context.diagnostics.filter((d) => d.source === SOURCE);
    const actions: vscode.CodeAction[] = [];
    const seenRules = new Set<string>();
    for (const diag of ours) {
      const finding = findingFor(document, entry.result.findings, diag);
      if (!finding) continue;
      finding.fixes.forEach((fix, i) => {
        const a = fixAction(document, fix, diag);
        if (fix.kind === "fix" && finding.fixes.length === 1) a.isPreferred = true;
        if (i === 0 && fix.kind === "fix") a.isPreferred = true;
        actions.push(a);
      });
      if (seenRules.has(finding.ruleId)) continue;
      seenRules.add(finding.ruleId);
      const ruleFixAll = this.ruleFixAll(document, entry.text, entry.options, finding.ruleId, entry.result.findings);
      if (ruleFixAll) actions.push(ruleFixAll);
      if (finding.ruleId !== ENGINE_RULE) {
        const disable = disableLineAction(document, entry.result.doc.frontMatter, finding, diag);
        if (disable) actions.push(disable);
        const doc = new vscode.CodeAction(`Show documentation for ${finding.ruleId}`, vscode.CodeActionKind.QuickFix);
        doc.command = { title: doc.title, command: SHOW_RULE_DOC, arguments: [finding.ruleId] };
        doc.diagnostics = [diag];
        actions.push(doc);
      }
    }
    return actions;
  }

  /** "Fix all <rule> problems", offered only when more than one finding of the rule has a `fix`. */
  private ruleFixAll(document: vscode.TextDocument, text: string, options: LintOptions, ruleId: string, findings: Finding[]): vscode.CodeAction | undefined {
    const fixable = findings.filter((f) => f.ruleId === ruleId && f.fixes.some((x) => x.kind === "fix"));
    if (fixable.length < 2) return undefined;
    const out = fixAll(text, options, 10, ruleId);
    const edit = minimalEdit(text, out.text);
    if (!edit) return undefined;
    const a = new vscode.CodeAction(`Fix all ${ruleId} problems (${fixable.length})`, vscode.CodeActionKind.QuickFix);
    a.edit = new vscode.WorkspaceEdit();
    a.edit.replace(document.uri, toRange(document, edit.start, edit.end), edit.text);
    return a;
  }

  /** source.fixAll.ladderlint: every `fix`-kind fix (never suggestions or snippets); none when nothing is fixable. */
  async fixAllAction(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<vscode.CodeAction | undefined> {
    const version = document.version;
    const options = await this.linter.optionsFor(document);
    if (token?.isCancellationRequested || document.version !== version) return undefined;
    const text = document.getText();
    const out = fixAll(text, options);
    const edit = minimalEdit(text, out.text);
    if (!edit || out.fixed === 0) return undefined;
    const a = new vscode.CodeAction(`Fix all auto-fixable ladderlint problems (${out.fixed})`, FIX_ALL_KIND);
    a.edit = new vscode.WorkspaceEdit();
    a.edit.replace(document.uri, toRange(document, edit.start, edit.end), edit.text);
    return a;
  }
}

const hasSnippetEdits = typeof (vscode as { SnippetTextEdit?: unknown }).SnippetTextEdit === "function";

export { snippetPlainText };

function fixAction(document: vscode.TextDocument, fix: Fix, diag: vscode.Diagnostic): vscode.CodeAction {
  const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  a.diagnostics = [diag];
  const edit = new vscode.WorkspaceEdit();
  if (fix.kind === "snippet") {
    if (hasSnippetEdits) {
      edit.set(document.uri, fix.edits.map((e) => new vscode.SnippetTextEdit(toRange(document, e.start, e.end), new vscode.SnippetString(e.text))));
    } else {
      for (const e of fix.edits) edit.replace(document.uri, toRange(document, e.start, e.end), snippetPlainText(e.text));
    }
  } else {
    edit.set(document.uri, fix.edits.map((e) => toTextEdit(document, e)));
  }
  a.edit = edit;
  return a;
}

function disableLineAction(
  document: vscode.TextDocument,
  fm: { start: number; end: number } | undefined,
  finding: Finding,
  diag: vscode.Diagnostic,
): vscode.CodeAction | undefined {
  // A comment cannot go inside the YAML front matter.
  if (fm && finding.start >= fm.start && finding.start < fm.end) return undefined;
  const line = document.lineAt(document.positionAt(finding.start).line);
  const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
  const a = new vscode.CodeAction(`Disable ${finding.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
  a.edit = new vscode.WorkspaceEdit();
  const eol = document.eol === vscode.EndOfLine.CRLF ? "\r\n" : "\n";
  a.edit.insert(document.uri, line.range.start, `${indent}<!-- ladderlint-disable-next-line ${finding.ruleId} -->${eol}`);
  a.diagnostics = [diag];
  return a;
}

export { diagnosticRule };
