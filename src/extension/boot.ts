// activate() of both entries, kept small (it imports vscode only): every contributed command and the
// code-action, hover, CodeLens and rule-page providers are registered at once as stubs that wait for
// the engine (engine.ts: the linter and everything that reads its results), which is loaded on first
// need: a document of its selector open or opening (Markdown, a JSON Resume), a command, or a
// provider asked. It loads after activate() has returned, so VS Code is not kept waiting for it.
import * as vscode from "vscode";
import type { EngineModule, EngineParts } from "./engine.js";
import type { Host } from "./host.js";
import { timings, type Timings } from "./timing.js";

const SELECTOR: vscode.DocumentSelector = [
  { language: "markdown" },
  // JSON Resume (issue 23), by its file name.
  { language: "json", pattern: "**/{resume.json,*.resume.json}" },
  { language: "yaml", pattern: "**/{resume.yaml,resume.yml,*.resume.yaml,*.resume.yml}" },
];
const RULE_DOC_SCHEME = "ladderlint-rule";

/** What activate() returns: the extension's API (used by the integration tests). */
export interface LadderlintApi {
  host: Host["kind"];
  timings: Timings;
  /** Resolves when the engine has started. */
  ready: Promise<void>;
  /** Whether the engine has started. */
  readonly loaded: boolean;
  /** Where VS Code lets the extension keep things (the tests check that nothing is kept there). */
  storage: { global: vscode.Uri; workspace: vscode.Uri | undefined; state(): [string, unknown][] };
  /** Engine parts: throw until `ready` resolved. */
  readonly linter: EngineParts["linter"];
  readonly report: EngineParts["report"];
  readonly status: EngineParts["status"];
}

export function boot(context: vscode.ExtensionContext, host: Host, load: () => EngineModule): LadderlintApi {
  timings.activateStart = performance.now();
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const lensEvents = new vscode.EventEmitter<void>();
  let parts: EngineParts | undefined;
  let starting: Promise<EngineParts> | undefined;
  let onStarted!: () => void;
  /** Resolves once the engine has started, without asking it to start. */
  const started = new Promise<void>((resolve) => (onStarted = resolve));

  const engine = (reason: string): Promise<EngineParts> =>
    (starting ??= new Promise<EngineParts>((resolve, reject) => {
      setTimeout(() => {
        try {
          timings.engineLoad = { start: performance.now(), reason };
          parts = load().startEngine(context, host, (id, fn) => {
            if (!proxied.has(id)) return vscode.commands.registerCommand(id, fn);
            handlers.set(id, fn);
            return new vscode.Disposable(() => handlers.delete(id));
          });
          context.subscriptions.push(parts, parts.lenses.onDidChangeCodeLenses(() => lensEvents.fire()));
          timings.engineLoad.end = performance.now();
          lensEvents.fire();
          onStarted();
          resolve(parts);
        } catch (err) {
          void vscode.window.showErrorMessage(`Ladderlint could not start: ${err instanceof Error ? err.message : String(err)}`);
          reject(err);
        }
      }, 0);
    }));

  // Every contributed command answers at once (VS Code calls it right after activation), then waits for the engine.
  const manifest = context.extension.packageJSON as { contributes?: { commands?: { command: string }[] } };
  const proxied = new Set((manifest.contributes?.commands ?? []).map((c) => c.command));
  for (const id of proxied) {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        await engine(`command ${id}`);
        return handlers.get(id)?.(...args);
      }),
    );
  }

  context.subscriptions.push(
    lensEvents,
    vscode.languages.registerCodeActionsProvider(
      SELECTOR,
      { provideCodeActions: async (d, r, c, t) => (await engine("code actions")).codeActions.provideCodeActions(d, r, c, t) },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.SourceFixAll.append("ladderlint")] },
    ),
    vscode.languages.registerHoverProvider(SELECTOR, { provideHover: async (d, p, t) => (await engine("hover")).hover.provideHover(d, p, t) }),
    vscode.languages.registerCodeLensProvider(SELECTOR, {
      onDidChangeCodeLenses: lensEvents.event,
      provideCodeLenses: async (d, t) => (await engine("CodeLens")).lenses.provideCodeLenses(d, t),
    }),
    // A rule page restored from the last session: its text is in the engine bundle.
    vscode.workspace.registerTextDocumentContentProvider(RULE_DOC_SCHEME, { provideTextDocumentContent: async (u) => (await engine("rule page")).docs.provideTextDocumentContent(u) }),
  );

  // A document of the selector (the one that activated the extension, usually) needs the engine.
  const open = vscode.workspace.textDocuments.find((d) => vscode.languages.match(SELECTOR, d) > 0);
  if (open) void engine(`open: ${open.uri.toString()}`);
  else {
    const onOpen = vscode.workspace.onDidOpenTextDocument((d) => {
      if (vscode.languages.match(SELECTOR, d) === 0) return;
      onOpen.dispose();
      void engine(`opened: ${d.uri.toString()}`);
    });
    context.subscriptions.push(onOpen);
  }

  timings.activated = performance.now();
  const need = (): EngineParts => {
    if (!parts) throw new Error("the ladderlint engine has not started yet (await api.ready)");
    return parts;
  };
  return {
    host: host.kind,
    timings,
    ready: started,
    get loaded() {
      return !!parts;
    },
    storage: {
      global: context.globalStorageUri,
      workspace: context.storageUri,
      state: () => [context.globalState, context.workspaceState].flatMap((m) => m.keys().map((k): [string, unknown] => [k, m.get(k)])),
    },
    get linter() {
      return need().linter;
    },
    get report() {
      return need().report;
    },
    get status() {
      return need().status;
    },
  };
}
