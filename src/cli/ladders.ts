// Custom ladders for the CLI: parse ladder files (text already read) into a LadderSet, memoised by
// content so a run with many files parses each ladder once.
import { builtinLadderSet, createLadderSet, parseLadder, LadderError } from "../ladders/index.js";
import type { LadderSet } from "../core/types.js";

export interface LadderSource {
  /** Path as shown in messages. */
  path: string;
  text: string;
}

/** A ladder file that does not parse or validate (exit 2). Message: "<file>:<line>: <key>: …". */
export class CliLadderError extends Error {
  override name = "CliLadderError";
}

const memo = new Map<string, LadderSet>();

export function ladderSetFor(sources: readonly LadderSource[]): LadderSet {
  if (!sources.length) return builtinLadderSet();
  const key = JSON.stringify(sources.map((s) => [s.path, s.text]));
  const hit = memo.get(key);
  if (hit) return hit;
  const customs = sources.map((s) => {
    try {
      return parseLadder(s.text, s.path);
    } catch (err) {
      const msg = (err instanceof Error ? err.message : String(err)).split("\n")[0]!;
      // LadderError messages already read "<file>:<line>: <key>: …"; anything else gets the file name.
      throw new CliLadderError(err instanceof LadderError || msg.startsWith(s.path + ":") ? msg : `${s.path}: ${msg}`);
    }
  });
  let set: LadderSet;
  try {
    set = createLadderSet(customs);
  } catch (err) {
    const msg = (err instanceof Error ? err.message : String(err)).split("\n")[0]!;
    throw new CliLadderError(err instanceof LadderError ? msg : `${sources.map((s) => s.path).join(", ")}: ${msg}`);
  }
  if (memo.size > 32) memo.clear();
  memo.set(key, set);
  return set;
}
