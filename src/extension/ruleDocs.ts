// "Show rule documentation": the rule's page (docs/rules/<id>.md, embedded at build time) in a
// read-only Markdown preview; offline, no browser. Falls back to the web page when not embedded.
import * as vscode from "vscode";
import { ruleDocs } from "../cli/generated/docs.js";
import { ruleDocUrl } from "../core/rule.js";

export const RULE_DOC_SCHEME = "ladderlint-rule";

export function docKey(id: string): string {
  return id.replace("/", "-");
}

export class RuleDocs implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable | undefined;

  /** `register`: false when the entry bundle registered a provider for the scheme that forwards here. */
  constructor(register = true) {
    this.registration = register ? vscode.workspace.registerTextDocumentContentProvider(RULE_DOC_SCHEME, this) : undefined;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const key = uri.path.replace(/^\//, "").replace(/\.md$/, "");
    return ruleDocs[key] ?? `# ${key}\n\nNo documentation is bundled for this rule: ${ruleDocUrl(key)}\n`;
  }

  /** Opens the page; returns the URI shown (tests assert on it). */
  async show(id: string): Promise<string> {
    const key = docKey(id);
    if (!ruleDocs[key]) {
      await vscode.env.openExternal(vscode.Uri.parse(ruleDocUrl(id)));
      return ruleDocUrl(id);
    }
    const uri = vscode.Uri.from({ scheme: RULE_DOC_SCHEME, path: `/${key}.md` });
    try {
      await vscode.commands.executeCommand("markdown.showPreview", uri);
    } catch {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
    }
    return uri.toString();
  }

  dispose(): void {
    this.registration?.dispose();
  }
}
