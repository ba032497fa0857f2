// The ladderlint.* settings of a document as the linter, the commands and the config service read them.
import * as vscode from "vscode";
import type { KindSetting, SeveritySetting } from "../core/types.js";
import { DEFAULT_FILES } from "./select.js";

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
