// The ladderlint.* settings (readSettings), and the configuration of one document built on them
// (ConfigService): VS Code settings (lowest) < nearest .ladderlintrc (node only) <
// front matter (the engine) < the Check command's session target (override). Custom ladders are read
// through vscode.workspace.fs (works on the web and in virtual workspaces) and cached until a ladder,
// an rc file or the settings change.
import * as vscode from "vscode";
import { CONFIG_FILE_NAMES, findConfig, type ConfigFs } from "../config/index.js";
import { mergeLayers } from "../engine/index.js";
import { builtinLadderSet, createLadderSet, parseLadder } from "../ladders/index.js";
import type { ConfigLayer, KindSetting, LadderSet, SeveritySetting } from "../core/types.js";
import type { Host } from "./host.js";
import { BaselineLoader, type DocBaseline } from "./baseline.js";
import { DEFAULT_FILES } from "./select.js";

export interface Problem {
  /** The file the problem is in (rc file or ladder file). */
  uri: vscode.Uri;
  line: number; // 1-based, 0 when unknown
  message: string;
}

export interface DocConfig {
  base: ConfigLayer;
  ladders: LadderSet;
  /** Config/ladder errors: shown on the offending file and once on the document. */
  problems: Problem[];
  /** The baseline named by the rc file (`baseline:`), when there is one and it reads. */
  baseline?: DocBaseline;
}

/** The ladderlint.* settings of a document, as the linter, the commands and this service read them. */
export interface EditorSettings {
  target: string;
  kind: KindSetting;
  rules: Record<string, SeveritySetting>;
  ladders: string[];
  /** Terms the confidential rule flags. */
  confidential: string[];
  files: string[];
  run: "onType" | "onSave";
  openReportOnCheck: boolean;
}

export function readSettings(scope?: vscode.Uri): EditorSettings {
  const c = vscode.workspace.getConfiguration("ladderlint", scope);
  const run = c.get<string>("run");
  const kind = c.get<string>("kind");
  return {
    target: (c.get<string>("target") ?? "").trim(),
    kind: kind === "resume" || kind === "promo" ? kind : "auto",
    rules: { ...(c.get<Record<string, SeveritySetting>>("rules") ?? {}) },
    ladders: [...(c.get<string[]>("ladders") ?? [])].filter((x) => typeof x === "string" && x),
    confidential: [...(c.get<string[]>("confidential") ?? [])].filter((x) => typeof x === "string" && x.trim()),
    files: [...(c.get<string[]>("files") ?? DEFAULT_FILES)],
    run: run === "onSave" ? "onSave" : "onType",
    openReportOnCheck: c.get<boolean>("openReportOnCheck") ?? false,
  };
}

function isAbsolutePath(p: string): boolean {
  return p.startsWith("/") || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith("\\\\");
}

function dirUri(u: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(u, "..");
}

/** Resolves a ladder path from settings (relative to the workspace folder) or an rc file (relative to it). */
function resolveAgainst(base: vscode.Uri | undefined, p: string): vscode.Uri | undefined {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(p)) return vscode.Uri.parse(p);
  if (isAbsolutePath(p)) return base && base.scheme !== "file" ? base.with({ path: p.replace(/\\/g, "/") }) : vscode.Uri.file(p);
  if (!base) return undefined;
  return vscode.Uri.joinPath(base, p.replace(/\\/g, "/"));
}

function lineOf(message: string): number {
  const m = /:(\d+):/.exec(message);
  return m ? Number(m[1]) : 0;
}

interface LoadedLadders {
  set: LadderSet;
  problems: Problem[];
}

export class ConfigService implements vscode.Disposable {
  private ladderCache = new Map<string, Promise<LoadedLadders>>();
  private readonly builtin = builtinLadderSet();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fired when settings, an rc file or a ladder file changed: every document should be relinted. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private watchedLadders = new Set<string>();
  /** rc-file texts read through vscode.workspace.fs (web and virtual workspaces), per document folder. */
  private rcCache = new Map<string, Promise<ConfigFs>>();
  private readonly baselines = new BaselineLoader(() => this.invalidate());

  constructor(private readonly host: Host) {
    const rcWatcher = vscode.workspace.createFileSystemWatcher("**/.ladderlintrc{,.json,.yaml,.yml}");
    this.disposables.push(
      rcWatcher,
      rcWatcher.onDidCreate(() => this.invalidate()),
      rcWatcher.onDidDelete(() => this.invalidate()),
      rcWatcher.onDidChange(() => this.invalidate()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration("ladderlint")) this.invalidate();
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        const name = d.uri.path.slice(d.uri.path.lastIndexOf("/") + 1);
        if (/^\.ladderlintrc(\.json|\.ya?ml)?$/i.test(name) || this.watchedLadders.has(d.uri.toString())) this.invalidate();
      }),
      this.emitter,
      this.baselines,
    );
  }

  invalidate(): void {
    this.ladderCache.clear();
    this.rcCache.clear();
    this.baselines.clear();
    this.emitter.fire();
  }

  builtinLadders(): LadderSet {
    return this.builtin;
  }

  /** Everything needed to lint one document. Never throws: problems are returned. */
  async forDocument(uri: vscode.Uri): Promise<DocConfig> {
    const s = readSettings(uri);
    // An untitled document has no place on disk: it takes the rc files (and ladder paths) of the
    // first workspace folder, as if it were saved there; with no folder open, settings only.
    const first = vscode.workspace.workspaceFolders?.[0]?.uri;
    const located = uri.scheme !== "untitled" ? uri : first && vscode.Uri.joinPath(first, "untitled.md");
    const folder = located && vscode.workspace.getWorkspaceFolder(located)?.uri;
    const problems: Problem[] = [];
    const settingsLayer: ConfigLayer = { kind: s.kind };
    if (s.target) settingsLayer.target = s.target;
    if (Object.keys(s.rules).length) settingsLayer.rules = s.rules;
    if (s.confidential.length) settingsLayer.confidential = { words: s.confidential };
    const ladderUris: vscode.Uri[] = [];
    for (const p of s.ladders) {
      const u = resolveAgainst(folder, p);
      if (u) ladderUris.push(u);
      else problems.push({ uri, line: 0, message: `ladderlint.ladders: cannot resolve "${p}" without a workspace folder` });
    }

    let rcLayer: ConfigLayer | undefined;
    let baselineUri: vscode.Uri | undefined;
    // Node host + file: sync discovery over node:fs. Web / virtual workspaces: the rc files of the
    // document's folder and its parents inside the workspace folder, read through workspace.fs.
    const local = this.host.configFs && located?.scheme === "file";
    const rcFs = !located ? undefined : local ? this.host.configFs : await this.remoteRc(located);
    if (located && rcFs) {
      try {
        const found = findConfig(local ? located.fsPath : located.path, rcFs);
        if (found) {
          rcLayer = { ...found.layer };
          const rcUri = local ? vscode.Uri.file(found.path) : located.with({ path: found.path });
          for (const p of found.layer.ladders ?? []) {
            const u = resolveAgainst(dirUri(rcUri), p);
            if (u) ladderUris.push(u);
          }
          delete rcLayer.ladders;
          if (found.baseline !== undefined) baselineUri = local ? vscode.Uri.file(found.baseline) : located.with({ path: found.baseline });
        }
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const file = /^(.*?):\d+:/.exec(message)?.[1];
        problems.push({ uri: file ? (local ? vscode.Uri.file(file) : located.with({ path: file })) : uri, line: lineOf(message), message });
      }
    }

    const loaded = await this.ladders(ladderUris);
    problems.push(...loaded.problems);
    const out: DocConfig = { base: mergeLayers(settingsLayer, rcLayer), ladders: loaded.set, problems };
    if (baselineUri && located) {
      const b = await this.baselines.forDocument(baselineUri, located);
      if (b.problem) problems.push(b.problem);
      if (b.baseline) out.baseline = b.baseline;
    }
    return out;
  }

  private remoteRc(uri: vscode.Uri): Promise<ConfigFs> {
    const dir = dirUri(uri);
    const key = dir.toString();
    let hit = this.rcCache.get(key);
    if (!hit) {
      hit = (async () => {
        const texts = new Map<string, string>();
        const top = vscode.workspace.getWorkspaceFolder(uri)?.uri.path;
        let d = dir;
        for (let guard = 0; guard < 64; guard++) {
          for (const name of CONFIG_FILE_NAMES) {
            const f = vscode.Uri.joinPath(d, name);
            try {
              texts.set(f.path, new TextDecoder().decode(await vscode.workspace.fs.readFile(f)));
            } catch {
              // not there
            }
          }
          const parent = dirUri(d);
          if (!top || d.path === top || parent.path === d.path || !parent.path.startsWith(top)) break;
          d = parent;
        }
        return { readFile: (p: string) => texts.get(p) };
      })();
      this.rcCache.set(key, hit);
    }
    return hit;
  }

  private ladders(uris: vscode.Uri[]): Promise<LoadedLadders> {
    if (!uris.length) return Promise.resolve({ set: this.builtin, problems: [] });
    const key = uris.map((u) => u.toString()).join("\n");
    let hit = this.ladderCache.get(key);
    if (!hit) {
      hit = this.loadLadders(uris);
      this.ladderCache.set(key, hit);
    }
    return hit;
  }

  private async loadLadders(uris: vscode.Uri[]): Promise<LoadedLadders> {
    const problems: Problem[] = [];
    const customs: ReturnType<typeof parseLadder>[] = [];
    for (const u of uris) {
      this.watchedLadders.add(u.toString());
      const name = u.path.slice(u.path.lastIndexOf("/") + 1);
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(u));
      } catch (err) {
        problems.push({ uri: u, line: 0, message: `${name}: cannot read the ladder file (${err instanceof Error ? err.message : String(err)})` });
        continue;
      }
      try {
        customs.push(parseLadder(text, name));
      } catch (err) {
        const e = err as { line?: number; message?: string };
        problems.push({ uri: u, line: typeof e.line === "number" ? e.line : lineOf(String(e.message)), message: String(e.message ?? err) });
      }
    }
    if (!customs.length) return { set: this.builtin, problems };
    try {
      return { set: createLadderSet(customs), problems };
    } catch (err) {
      problems.push({ uri: uris[0]!, line: 0, message: err instanceof Error ? err.message : String(err) });
      return { set: this.builtin, problems };
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
