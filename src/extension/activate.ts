// activate() only wires modules. Shared by the node entry (node.ts) and the web entry (web.ts).
import * as vscode from "vscode";
import { CodeActions } from "./codeActions.js";
import { RoleLenses } from "./codeLens.js";
import { Commands } from "./commands.js";
import type { Host } from "./host.js";
import { BulletHover } from "./hover.js";
import { Linter } from "./linter.js";
import { ReportView } from "./reportView.js";
import { RuleDocs } from "./ruleDocs.js";
import { ConfigService } from "./settings.js";
import { StatusBar } from "./statusBar.js";
import { timings, type Timings } from "./timing.js";

/** What activate() returns: the extension's API (used by the integration tests). */
export interface LadderlintApi {
  host: Host["kind"];
  linter: Linter;
  report: ReportView;
  status: StatusBar;
  timings: Timings;
}

const SELECTOR: vscode.DocumentSelector = [{ language: "markdown" }];

export function activateWith(context: vscode.ExtensionContext, host: Host): LadderlintApi {
  const config = new ConfigService(host);
  const linter = new Linter(config);
  const status = new StatusBar(linter);
  const report = new ReportView(context.extensionUri, linter);
  const lenses = new RoleLenses(linter);
  const docs = new RuleDocs();
  context.subscriptions.push(
    config,
    linter,
    status,
    report,
    lenses,
    docs,
    new Commands(linter, config, status, report, docs),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new CodeActions(linter), { providedCodeActionKinds: CodeActions.kinds }),
    vscode.languages.registerHoverProvider(SELECTOR, new BulletHover(linter)),
    vscode.languages.registerCodeLensProvider(SELECTOR, lenses),
  );
  timings.activated = performance.now();
  return { host: host.kind, linter, report, status, timings };
}
