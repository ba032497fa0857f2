// Node only: a file written whole, so that a reader (the next start, another window) never sees half
// of it: the data goes to a temporary file beside it, which is then renamed over it. The persisted
// diagnostics, the engine's code cache and the storage pointer are all written this way.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** Writes `data` to `file` whole (creating its folder). Throws when it cannot; no temporary file is left. */
export function writeWhole(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (err) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the error below says what went wrong
    }
    throw err;
  }
}
