// The built-in ladder: the Engineering Ladders framework (Apache-2.0, jorgef/engineeringladders) as data,
// with ladderlint's own evidence cues per step. Imported statically so bundles need no file system.
import framework from "./data/framework.json";
import cueData from "./data/cues.json";
import { compileAxisCues, compileLadder, type CuePayload, type CustomLadder, type LadderAxisDef, type Ladder, type StepImplication, type StepNear } from "./model.js";
import { compileCue, type CompiledCue, type CueSpec } from "./match.js";

interface StepCues {
  example?: string;
  shows?: string;
  near?: StepNear;
  cues: CueSpec[];
  impliedBy?: StepImplication;
}

const cueAxes = cueData.axes as unknown as Record<string, Record<string, StepCues>>;

/** The five axes with step descriptions (framework text) and cues (ours). */
export const BUILTIN_AXES: LadderAxisDef[] = framework.axes.map((a) => ({
  name: a.name,
  description: a.description,
  steps: a.steps.map((s) => ({
    name: s.name,
    description: s.description,
    example: cueAxes[a.name]?.[s.name]?.example,
    shows: cueAxes[a.name]?.[s.name]?.shows,
    ...(cueAxes[a.name]?.[s.name]?.near ? { near: cueAxes[a.name]![s.name]!.near } : {}),
    cues: cueAxes[a.name]?.[s.name]?.cues ?? [],
    ...(cueAxes[a.name]?.[s.name]?.impliedBy ? { impliedBy: cueAxes[a.name]![s.name]!.impliedBy } : {}),
  })),
}));

export const BUILTIN_DEF: CustomLadder = {
  name: framework.name,
  source: "built-in",
  tracks: framework.tracks,
  axes: BUILTIN_AXES,
  levels: framework.levels.map((l) => ({ id: l.id, title: l.title, track: l.track, expects: l.expects, descriptions: l.descriptions })),
};

export const ATTRIBUTION: string = framework.attribution;

let compiled: { ladder: Ladder; cues: CompiledCue<CuePayload>[] } | undefined;

/** The compiled built-in ladder (compiled once per process). */
export function builtinLadder(): { ladder: Ladder; cues: CompiledCue<CuePayload>[] } {
  if (!compiled) {
    // The axis cues are compiled once and shared by the ladder's index and custom ladders on the
    // built-in axes (they were compiled twice: a third of a cold first lint's ladder set-up).
    const cues = compileAxisCues(BUILTIN_AXES);
    const { axes: _axes, ...levelsOnly } = BUILTIN_DEF;
    compiled = { ladder: compileLadder(levelsOnly, { axes: BUILTIN_AXES, cues }), cues };
  }
  return compiled;
}

let tl: CompiledCue<null>[] | undefined;
/** Cues for tech-lead leadership (architecture, design and code-review leadership), for hands-on-heavy. */
export function tlLeadershipCues(): CompiledCue<null>[] {
  if (!tl) tl = (cueData.tlLeadership as unknown as CueSpec[]).map((c) => compileCue(c, null));
  return tl;
}
