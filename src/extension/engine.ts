// The engine side of the extension, loaded after activate() (boot.ts): the linter and everything
// that reads its results (code actions, hover, CodeLens, report, status bar, commands). The node
// extension ships it as its own bundle (dist/engine.cjs, required lazily); the web extension has it
// in its single bundle.
import * as vscode from "vscode";
import { CodeActions } from "./codeActions.js";
import { RoleLenses } from "./codeLens.js";
import { Commands } from "./commands.js";
import type { Host } from "./host.js";
import { BulletHover } from "./hover.js";
import { Linter } from "./linter.js";
import { ReportView } from "./reportView.js";
import { RuleDocs } from "./ruleDocs.js";
import { ShareCheck } from "./shareCheck.js";
import { ConfigService } from "./settings.js";
import { StatusBar } from "./statusBar.js";

/** The entry bundle's command registry: its stubs, registered at activation, call these handlers. */
export type RegisterCommand = (id: string, fn: (...args: any[]) => unknown) => vscode.Disposable;

/** The engine's parts the entry bundle calls (providers, the API): what startEngine returns. */
export type EngineParts = ReturnType<typeof startEngine>;

export interface EngineModule {
  startEngine(context: vscode.ExtensionContext, host: Host, registerCommand: RegisterCommand): EngineParts;
}

export function startEngine(context: vscode.ExtensionContext, host: Host, registerCommand: RegisterCommand) {
  const config = new ConfigService(host);
  const linter = new Linter(config);
  const status = new StatusBar(linter);
  const report = new ReportView(context.extensionUri, linter);
  const lenses = new RoleLenses(linter);
  const docs = new RuleDocs(context.extensionUri, false);
  const hover = new BulletHover(linter);
  const codeActions = new CodeActions(linter);
  const disposables: vscode.Disposable[] = [config, linter, status, report, lenses, docs, new Commands(linter, config, status, report, docs, registerCommand), new ShareCheck(linter, config, registerCommand)];
  return {
    linter,
    report,
    status,
    codeActions,
    hover,
    lenses,
    docs,
    dispose() {
      for (const d of disposables.splice(0)) d.dispose();
    },
  };
}
