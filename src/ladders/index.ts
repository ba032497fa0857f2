// TEMPORARY scaffold so the engine compiles; replaced by the ladders work (issue 3).
import type { LadderSet } from "../core/types.js";

export function builtinLadderSet(): LadderSet {
  return {
    levels: () => [],
    resolve: () => undefined,
    evidence: () => [],
    coverage: () => {
      throw new Error("ladders not implemented yet");
    },
  };
}
