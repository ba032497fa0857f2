// Configuration of one document for the language server, with the same precedence as the extension:
// client settings (lowest) < nearest .ladderlintrc.* < front matter (the engine) < the session target
// of ladderlint.checkAgainst. rc discovery is src/config's; custom ladders go through the CLI's
// ladderSetFor (parsed and memoised by content). Results are cached per directory and settings until
// a watched file or the settings change (invalidate()).
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { ConfigError, findConfigDetailed, type ConfigFs } from "../config/index.js";
import { mergeLayers } from "../engine/index.js";
import { CliLadderError, ladderSetFor, type LadderSource } from "../cli/ladders.js";
import { DEFAULT_FILES } from "../extension/select.js";
import type { EditorSettings } from "../extension/settings.js";
import type { ConfigLayer, LadderSet, SeveritySetting } from "../core/types.js";

/** The `ladderlint` settings section a client sends (workspace/configuration or didChangeConfiguration): the extension's settings that apply outside VS Code. */
export type LspSettings = Omit<EditorSettings, "run" | "openReportOnCheck">;

const SEVERITIES = new Set(["off", "info", "warning", "error"]);

/** Reads a client's settings object leniently: what is not of the expected type is left at its default. */
export function parseSettings(raw: unknown): LspSettings {
  const o = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x.trim() !== "") : []);
  const rules: Record<string, SeveritySetting> = {};
  if (o["rules"] && typeof o["rules"] === "object" && !Array.isArray(o["rules"])) {
    for (const [id, sev] of Object.entries(o["rules"] as Record<string, unknown>)) if (typeof sev === "string" && SEVERITIES.has(sev)) rules[id] = sev as SeveritySetting;
  }
  const kind = o["kind"];
  const files = strings(o["files"]);
  return {
    target: typeof o["target"] === "string" ? o["target"].trim() : "",
    kind: kind === "resume" || kind === "promo" ? kind : "auto",
    rules,
    ladders: strings(o["ladders"]),
    confidential: strings(o["confidential"]),
    files: Array.isArray(o["files"]) ? files : [...DEFAULT_FILES],
  };
}

/** A configuration or ladder problem, shown on the file it is in and once on the document. */
export interface Problem {
  /** Absolute path of the rc or ladder file, or undefined for a problem of the settings. */
  file?: string;
  /** 1-based; 0 when unknown. */
  line: number;
  message: string;
}

export interface DocConfig {
  base: ConfigLayer;
  ladders: LadderSet;
  problems: Problem[];
}

const nodeConfigFs: ConfigFs = {
  readFile(path: string) {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
  },
};

export class LspConfig {
  private readonly cache = new Map<string, DocConfig>();

  invalidate(): void {
    this.cache.clear();
  }

  /**
   * Everything needed to lint one document. `file`: its path on disk (undefined for an unsaved
   * buffer); `folder`: the workspace folder holding it (settings' ladder paths are relative to it).
   * Never throws: problems are returned.
   */
  forDocument(file: string | undefined, folder: string | undefined, settings: LspSettings): DocConfig {
    const key = JSON.stringify([file ? dirname(file) : "", folder ?? "", settings]);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const out = this.build(file, folder, settings);
    if (this.cache.size > 64) this.cache.clear();
    this.cache.set(key, out);
    return out;
  }

  private build(file: string | undefined, folder: string | undefined, s: LspSettings): DocConfig {
    const problems: Problem[] = [];
    const settingsLayer: ConfigLayer = { kind: s.kind };
    if (s.target) settingsLayer.target = s.target;
    if (Object.keys(s.rules).length) settingsLayer.rules = s.rules;
    if (s.confidential.length) settingsLayer.confidential = { words: s.confidential };
    const ladderPaths: string[] = [];
    const base = folder ?? (file ? dirname(file) : undefined);
    for (const p of s.ladders) {
      if (isAbsolute(p)) ladderPaths.push(p);
      else if (base) ladderPaths.push(resolve(base, p));
      else problems.push({ line: 0, message: `ladderlint.ladders: cannot resolve "${p}" without a workspace folder` });
    }
    let rcLayer: ConfigLayer | undefined;
    // An unsaved buffer takes the rc files of the workspace folder, as if it were saved there.
    const located = file ?? (folder ? resolve(folder, "untitled.md") : undefined);
    if (located) {
      try {
        const found = findConfigDetailed(located, nodeConfigFs);
        if (found) {
          rcLayer = { ...found.layer };
          for (const p of found.layer.ladders ?? []) ladderPaths.push(resolve(dirname(found.path), p));
          delete rcLayer.ladders;
        }
      } catch (err) {
        if (err instanceof ConfigError) problems.push({ file: err.file, line: err.line, message: err.message });
        else problems.push({ line: 0, message: err instanceof Error ? err.message : String(err) });
      }
    }
    return { base: mergeLayers(settingsLayer, rcLayer), ladders: this.ladders(ladderPaths, problems), problems };
  }

  /** Each ladder file parsed on its own (a bad one is a problem on that file; the others still load). */
  private ladders(paths: string[], problems: Problem[]): LadderSet {
    const good: LadderSource[] = [];
    for (const path of [...new Set(paths)]) {
      let text: string;
      try {
        text = readFileSync(path, "utf8");
      } catch (err) {
        problems.push({ file: path, line: 0, message: `${path}: cannot read the ladder file (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
        continue;
      }
      const source = { path, text };
      try {
        ladderSetFor([source]);
        good.push(source);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const line = err instanceof CliLadderError && message.startsWith(path + ":") ? Number(/^:(\d+):/.exec(message.slice(path.length))?.[1] ?? 0) : 0;
        problems.push({ file: path, line, message });
      }
    }
    try {
      return ladderSetFor(good);
    } catch (err) {
      // Ladders that load alone but clash together (the same level id twice).
      problems.push({ file: good[0]?.path, line: 0, message: err instanceof Error ? err.message : String(err) });
      return ladderSetFor([]);
    }
  }
}
