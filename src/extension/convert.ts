// Core findings ↔ VS Code objects. Offsets are UTF-16 string indices, exactly what TextDocument.positionAt takes.
import * as vscode from "vscode";
import { ruleDocUrl } from "../core/rule.js";
import { ENGINE_RULE } from "../engine/index.js";
import type { Finding, Severity, TextEdit as CoreEdit } from "../core/types.js";

export const SOURCE = "ladderlint";
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append("ladderlint");

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

export function toDiagnostic(document: vscode.TextDocument, f: Finding): vscode.Diagnostic {
  const message = f.competency && !f.message.includes(f.competency) ? `${f.message} (${f.competency})` : f.message;
  const d = new vscode.Diagnostic(toRange(document, f.start, f.end), message, SEVERITY[f.severity]);
  d.source = SOURCE;
  d.code = f.ruleId === ENGINE_RULE ? f.ruleId : { value: f.ruleId, target: vscode.Uri.parse(ruleDocUrl(f.ruleId)) };
  if (f.related?.length) {
    d.relatedInformation = f.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, toRange(document, r.start, r.end)), r.message),
    );
  }
  return d;
}

/** The rule id of one of our diagnostics. */
export function diagnosticRule(d: vscode.Diagnostic): string | undefined {
  if (d.source !== SOURCE) return undefined;
  const c = d.code;
  if (typeof c === "string") return c;
  if (c && typeof c === "object") return String(c.value);
  return undefined;
}

/** The finding a diagnostic was made from (diagnostics in a CodeActionContext are copies). */
export function findingFor(document: vscode.TextDocument, findings: readonly Finding[], d: vscode.Diagnostic): Finding | undefined {
  const rule = diagnosticRule(d);
  if (!rule) return undefined;
  const start = document.offsetAt(d.range.start);
  const end = document.offsetAt(d.range.end);
  const same = findings.filter((f) => f.ruleId === rule && f.start === start && f.end === end);
  return same.find((f) => d.message === f.message || d.message.startsWith(f.message)) ?? same[0];
}

export function toTextEdit(document: vscode.TextDocument, e: CoreEdit): vscode.TextEdit {
  return new vscode.TextEdit(toRange(document, e.start, e.end), e.text);
}

export { minimalEdit } from "../engine/editor.js";
