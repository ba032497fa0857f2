// The ladder verdict in words (DESIGN §4), the same in the ladder-coverage findings, the report, the
// CLI formats and the status bar: "reads as EM6 on 4 of 5 axes; Technology shows no evidence yet",
// or "…; Technology reaches Adopts, EM6 expects Evangelizes". Pure.
import type { CoverageAxis, ShortAxis } from "../core/types.js";

/** How many of `n` axes must meet a level for a document to read as it: most of them (3 of 5). */
export function mostOf(n: number): number {
  return Math.floor(n / 2) + 1;
}

/** The axes of a level's coverage that do not meet it. */
export function shortOf(axes: readonly CoverageAxis[]): ShortAxis[] {
  return axes.filter((a) => !a.met).map((a) => ({ axis: a.axis, expected: a.expected, found: a.found }));
}

/** "Technology shows no evidence yet" / "Technology reaches Adopts, EM6 expects Evangelizes". */
function shortText(s: ShortAxis, level: string): string {
  return s.found === null ? `${s.axis} shows no evidence yet` : `${s.axis} reaches ${s.found}, ${level} expects ${s.expected}`;
}

/**
 * The verdict: `level` is the level read as (or, when `readsAs` is false, the track's first level),
 * `met` how many of `total` axes meet it, `short` the axes below it.
 */
export function verdictText(readsAs: boolean, level: string, met: number, total: number, short: readonly ShortAxis[]): string {
  // Below the first level, say what is there ("shows EM5 on 2 of 5 axes"), not "no level": a reader
  // takes that for nothing at all.
  const head = readsAs ? `reads as ${level} on ${met} of ${total} axes` : `shows ${level} on ${met} of ${total} axes, fewer than most`;
  return short.length ? `${head}; ${short.map((s) => shortText(s, level)).join("; ")}` : head;
}

/** The verdict of a coverage, with a fallback for one built without it (older callers, tests). */
export function verdictOf(c: { readsAs: string | null; verdict?: string }): string {
  return c.verdict ?? (c.readsAs ? `reads as ${c.readsAs}` : "shows no level of this track on most axes yet");
}
