// What differs between the node and the web extension: only file-system access for config discovery.
import type { ConfigFs } from "../config/index.js";

export interface Host {
  kind: "node" | "web";
  /** Synchronous reads for `.ladderlintrc.*` discovery (node only; the web has settings, front matter, ladders). */
  configFs?: ConfigFs;
}
