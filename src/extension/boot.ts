// activate() of both entries, kept small (imports vscode and the persisted-diagnostics store only):
// 1. show the persisted diagnostics of open documents whose inputs are unchanged since they were
//    stored (persisted.ts), 2. register every command and provider as a stub that waits for the
//    engine, 3. load the engine (engine.ts: the linter, code actions, hover, CodeLens, report, status
//    bar, commands) when a document needs a lint that the store cannot answer, when a command or
//    provider is called, or shortly after start-up, whichever comes first. Once the engine has
//    started it lints every open document again and its diagnostics replace the persisted ones.
import * as vscode from "vscode";
import type { EngineModule, EngineParts } from "./engine.js";
import type { Host } from "./host.js";
import { PersistedDiagnostics, persistable, type StoreIo } from "./persisted.js";
import { timings, type Timings } from "./timing.js";
import { readSettings } from "./editorSettings.js";

declare const __LADDERLINT_ENGINE_ID__: string | undefined;

/** The build id of the engine (esbuild.js writes a hash of the bundles here); none in dev builds. */
export const ENGINE_ID: string | undefined = typeof __LADDERLINT_ENGINE_ID__ === "string" ? __LADDERLINT_ENGINE_ID__ : undefined;

/**
 * The engine starts this long after activation when nothing asked for it sooner (a command, an edit,
 * a document the store has nothing for).
 */
export const ENGINE_IDLE_START_MS = 150;
/** …and no sooner than this after persisted diagnostics were last shown. */
export const PAINT_QUIET_MS = 80;

const SOURCE = "ladderlint";
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
  persisted: PersistedDiagnostics;
  /** context.globalStorageUri (tests look at the V8 code cache there). */
  globalStorage: vscode.Uri;
  /** URIs whose diagnostics came from the store this session (before the engine linted them). */
  paintedUris: Set<string>;
  /** Engine parts: throw until `ready` resolved. */
  readonly linter: EngineParts["linter"];
  readonly report: EngineParts["report"];
  readonly status: EngineParts["status"];
}

export interface BootOptions {
  host: Host;
  io: StoreIo | undefined;
  load: () => EngineModule | Promise<EngineModule>;
  /** What the entry bundle showed before activate() (node.ts: paintEarly while VS Code built the context). */
  early?: EarlyPaint;
}

/**
 * Persisted diagnostics shown while the entry bundle evaluated, before VS Code called activate()
 * (node.ts finds the store through storePointer.ts): the collection they were set on, the store they
 * came from and the version of each document whose lookup answered.
 */
export interface EarlyPaint {
  collection: vscode.DiagnosticCollection;
  store: PersistedDiagnostics;
  /** URI → the document version the lookup answered for (with diagnostics or none). */
  answered: Map<string, number>;
  /** URIs whose diagnostics were set. */
  painted: Set<string>;
}

/**
 * Looks up every open Markdown document in `io` synchronously and shows what it holds for them. Only
 * hits are acted on; boot() looks up the others again and starts the engine for them.
 */
export function paintEarly(io: StoreIo): EarlyPaint | undefined {
  const store = new PersistedDiagnostics(io, ENGINE_ID, readSettings);
  if (!store.active) {
    store.dispose();
    return undefined;
  }
  const early: EarlyPaint = { collection: vscode.languages.createDiagnosticCollection(SOURCE), store, answered: new Map(), painted: new Set() };
  for (const document of vscode.workspace.textDocuments) {
    if (document.languageId !== "markdown" || !persistable(document.uri)) continue;
    const asked = performance.now();
    const found = store.lookupSync(document);
    if (!found || !("diagnostics" in found)) continue;
    early.answered.set(document.uri.toString(), document.version);
    showStored(early.collection, early.painted, document, found.diagnostics, asked, true);
  }
  return early;
}

/**
 * Sets a document's stored diagnostics (none: a document that is not linted, or a clean one) and
 * records the first time any were shown.
 */
function showStored(collection: vscode.DiagnosticCollection, painted: Set<string>, document: vscode.TextDocument, diagnostics: vscode.Diagnostic[], asked: number, early?: true): boolean {
  if (!diagnostics.length) return false;
  collection.set(document.uri, diagnostics);
  painted.add(document.uri.toString());
  timings.painted ??= { at: performance.now(), asked, uri: document.uri.toString(), count: diagnostics.length, ...(early && { early }) };
  return true;
}

export function boot(context: vscode.ExtensionContext, opts: BootOptions): LadderlintApi {
  timings.activateStart = performance.now();
  const pre = opts.early;
  const collection = pre?.collection ?? vscode.languages.createDiagnosticCollection(SOURCE);
  // The early store is kept when it is this context's (node.ts passes it only then).
  const store = pre?.store ?? new PersistedDiagnostics(opts.io, ENGINE_ID, readSettings);
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const lensEvents = new vscode.EventEmitter<void>();
  const painted = new Set<string>(pre?.painted);
  const early: vscode.Disposable[] = [];
  let parts: EngineParts | undefined;
  let starting: Promise<EngineParts> | undefined;
  let onStarted!: (p: EngineParts) => void;
  /** Resolves once the engine has started, without asking it to start (providers wait on this). */
  const started = new Promise<EngineParts>((resolve) => (onStarted = resolve));

  let why = "";
  const engine = (reason: string): Promise<EngineParts> => {
    why ||= reason;
    return (starting ??= new Promise<EngineParts>((resolve, reject) => {
      // A turn of the event loop first, so that diagnostics just published and events already queued
      // (documents opening) are handled before the engine bundle blocks the thread while it loads.
      setTimeout(async () => {
        try {
          timings.engineLoad = { start: performance.now(), reason: why };
          const mod = await opts.load();
          for (const d of early.splice(0)) d.dispose();
          parts = mod.startEngine(context, opts.host, {
            collection,
            store,
            registerCommand: (id, fn) => {
              if (!proxied.has(id)) return vscode.commands.registerCommand(id, fn);
              handlers.set(id, fn);
              return new vscode.Disposable(() => handlers.delete(id));
            },
          });
          context.subscriptions.push(parts.lenses.onDidChangeCodeLenses(() => lensEvents.fire()));
          timings.engineLoad.end = performance.now();
          lensEvents.fire();
          onStarted(parts);
          resolve(parts);
        } catch (err) {
          void vscode.window.showErrorMessage(`Ladderlint could not start: ${err instanceof Error ? err.message : String(err)}`);
          reject(err);
        }
      }, 0);
    }));
  };

  // The idle start waits until PAINT_QUIET_MS after the last persisted diagnostics were shown: the
  // extension host delivers onDidChangeDiagnostics up to 50 ms late (debounced), and loading the
  // engine blocks the thread, which would hold back that event and the messages to the window.
  let lastPaint = pre?.painted.size ? (timings.painted?.at ?? 0) : 0;
  // Until the engine has started: persisted diagnostics for documents that open, dropped when they
  // close; an edit or a settings change needs the engine.
  const paint = async (document: vscode.TextDocument): Promise<void> => {
    // Once the engine has a result for the document, that result stands.
    const engineHas = () => !!parts?.linter.entry(document.uri);
    if (engineHas() || document.languageId !== "markdown" || (!persistable(document.uri) && document.uri.scheme !== "untitled")) return;
    const version = document.version;
    const asked = performance.now();
    // Synchronous in the node host: shown within this event, before anything else runs.
    const found = store.lookupSync(document) ?? (await store.lookup(document));
    if (engineHas()) return; // the engine linted it meanwhile: its result wins
    if (!("diagnostics" in found) || document.isClosed || document.version !== version) {
      void engine(`${"miss" in found ? found.miss : "changed"}: ${document.uri.toString()}`);
      return;
    }
    if (showStored(collection, painted, document, found.diagnostics, asked)) lastPaint = performance.now();
  };
  // Documents already open (restored at start-up): their stored diagnostics are set first, before the
  // registrations below, so they show as early as they can; those the entry bundle showed already are
  // left as they are, unless they closed or changed since.
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  for (const uri of pre?.painted ?? []) {
    const d = open.get(uri);
    if (!d || d.version !== pre!.answered.get(uri)) {
      collection.delete(vscode.Uri.parse(uri, true));
      painted.delete(uri);
    }
  }
  for (const d of open.values()) if (pre?.answered.get(d.uri.toString()) !== d.version) void paint(d);

  // Every contributed command answers at once (VS Code calls it right after activation), then waits for the engine.
  const manifest = context.extension.packageJSON as { contributes?: { commands?: { command: string }[] } };
  const proxied = new Set((manifest.contributes?.commands ?? []).map((c) => c.command));
  for (const id of proxied) {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        await engine(`command ${id}`);
        const fn = handlers.get(id);
        return fn ? fn(...args) : undefined;
      }),
    );
  }

  // Providers wait for the engine without hurrying it: VS Code asks them for every visible editor at
  // start-up, and the persisted diagnostics should show before the engine blocks the thread to load.
  context.subscriptions.push(
    collection,
    store,
    lensEvents,
    vscode.languages.registerCodeActionsProvider(
      SELECTOR,
      { provideCodeActions: async (d, r, c, t) => (await started).codeActions.provideCodeActions(d, r, c, t) },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.SourceFixAll.append("ladderlint")] },
    ),
    vscode.languages.registerHoverProvider(SELECTOR, { provideHover: async (d, p, t) => (await started).hover.provideHover(d, p, t) }),
    vscode.languages.registerCodeLensProvider(SELECTOR, {
      onDidChangeCodeLenses: lensEvents.event,
      provideCodeLenses: async (d, t) => (await started).lenses.provideCodeLenses(d, t),
    }),
    // A rule page restored from the last session: its text is in the engine bundle.
    vscode.workspace.registerTextDocumentContentProvider(RULE_DOC_SCHEME, { provideTextDocumentContent: async (u) => (await engine("rule page")).docs.provideTextDocumentContent(u) }),
    { dispose: () => parts?.dispose() },
  );

  // Documents that open while the engine loads and lints its first document are still shown from the
  // store (a lookup takes about a millisecond, a cold first lint a hundred or more); this stops after
  // the engine's first lint.
  const onOpen = vscode.workspace.onDidOpenTextDocument((d) => void paint(d));
  context.subscriptions.push(onOpen);
  void started.then((p) => {
    const sub = p.linter.onDidLint(() => {
      sub.dispose();
      onOpen.dispose();
    });
    context.subscriptions.push(sub);
  });
  early.push(
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (!parts && collection.has(d.uri)) collection.delete(d.uri);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length && e.document.languageId === "markdown") void engine("edit");
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("ladderlint")) void engine("settings");
    }),
  );
  context.subscriptions.push(...early.map((d) => ({ dispose: () => d.dispose() })));
  let idle: ReturnType<typeof setTimeout> | undefined;
  const armIdle = (ms: number) => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => {
      const wait = lastPaint + PAINT_QUIET_MS - performance.now();
      if (wait > 0) armIdle(wait);
      else void engine("idle");
    }, ms);
  };
  armIdle(ENGINE_IDLE_START_MS);
  context.subscriptions.push({ dispose: () => idle && clearTimeout(idle) });

  timings.activated = performance.now();
  const need = (): EngineParts => {
    if (!parts) throw new Error("the ladderlint engine has not started yet (await api.ready)");
    return parts;
  };
  return {
    host: opts.host.kind,
    timings,
    ready: started.then(() => undefined),
    get loaded() {
      return !!parts;
    },
    persisted: store,
    globalStorage: context.globalStorageUri,
    paintedUris: painted,
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
