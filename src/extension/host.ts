// What differs between the node and the web extension: only file-system access for config discovery.
import type { ConfigFs } from "../config/index.js";

export interface Host {
  kind: "node" | "web";
  /**
   * Synchronous file reads for `.ladderlintrc.*` discovery (node only). On the web there is no
   * rc discovery; settings, front matter and custom ladders (read through vscode.workspace.fs) apply.
   */
  configFs?: ConfigFs;
}
