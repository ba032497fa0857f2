// "Show rule documentation": the rule's page (docs/rules/<id>.md, shipped in the extension's folder) in
// a read-only Markdown preview; offline, no browser. Read with vscode.workspace.fs from the extension's
// own folder (node and web alike), so the pages are not carried in the bundles (66 KB each, issue 20's
// 1 MB budget). Falls back to the web page when a page is not there.
import * as vscode from "vscode";
import { ruleDocUrl } from "../core/rule.js";

export const RULE_DOC_SCHEME = "ladderlint-rule";

export function docKey(id: string): string {
  return id.replace("/", "-");
}

export class RuleDocs implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable | undefined;

  /**
   * `extensionUri`: the extension's folder, whose docs/rules/ holds the pages.
   * `register`: false when the entry bundle registered a provider for the scheme that forwards here.
   */
  constructor(
    private readonly extensionUri: vscode.Uri,
    register = true,
  ) {
    this.registration = register ? vscode.workspace.registerTextDocumentContentProvider(RULE_DOC_SCHEME, this) : undefined;
  }

  /** Where the key's page is in the extension's folder; undefined for a key that names no rule page. */
  private pageUri(key: string): vscode.Uri | undefined {
    return /^[a-z0-9-]+$/.test(key) ? vscode.Uri.joinPath(this.extensionUri, "docs", "rules", `${key}.md`) : undefined;
  }

  /** The page's Markdown, or undefined when the extension's folder has none for the key. */
  private async page(key: string): Promise<string | undefined> {
    const uri = this.pageUri(key);
    if (!uri) return undefined;
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  /** Whether the extension's folder has a page for the key (no read: the preview reads it). */
  private async hasPage(key: string): Promise<boolean> {
    const uri = this.pageUri(key);
    if (!uri) return false;
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch {
      return false;
    }
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const key = uri.path.replace(/^\//, "").replace(/\.md$/, "");
    return (await this.page(key)) ?? `# ${key}\n\nNo documentation is shipped for this rule: ${ruleDocUrl(key)}\n`;
  }

  /** Opens the page; returns the URI shown (tests assert on it). */
  async show(id: string): Promise<string> {
    const key = docKey(id);
    if (!(await this.hasPage(key))) {
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
