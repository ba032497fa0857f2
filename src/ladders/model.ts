// The ladder model shared by the built-in ladder and custom ladder files, and its compiled form.
import type { CompetencyRef, LevelInfo } from "../core/types.js";
import { CueIndex, compileCue, type CompiledCue, type CueSpec } from "./match.js";

export type { CueSpec } from "./match.js";

export interface LadderStepDef {
  name: string;
  description?: string;
  /** An example bullet (VS Code snippet syntax allowed) offered by ladder-coverage's snippet fix. */
  example?: string;
  /**
   * What evidence of the step looks like, as a noun phrase ("a plan to mitigate outages (disaster recovery,
   * failover …)"): ladder-coverage says "nothing here states <it> outright yet", so a reader knows what is missing.
   */
  shows?: string;
  /** What comes close to the step without showing it (see StepNear). */
  near?: StepNear;
  cues: CueSpec[];
  /** A step of another axis whose evidence shows this step too (see StepImplication). */
  impliedBy?: StepImplication;
}

/**
 * Evidence that comes close to a step without stating it: work across every layer of one product is
 * close to Technology: Masters (knowledge of the whole stack), high availability or a single point of
 * failure removed is close to System: Leads (a plan to mitigate outages). ladder-coverage names the line
 * ("line 51 comes close (work across the stack: "from scratch")") before it says what is still missing.
 */
export interface StepNear {
  /** What the close evidence is, as a noun phrase ("work across the stack"). */
  says: string;
  cues: CueSpec[];
}

/**
 * Evidence on another axis that shows a step: the built-in Technology: Adopts ("adopts the technology
 * and tools defined by the team") is shown by System: Designs ("designs and implements medium to large
 * features"): nobody designs and builds features without the team's stack.
 */
export interface StepImplication {
  axis: string;
  step: string;
}

export interface LadderAxisDef {
  name: string;
  description?: string;
  /** Cumulative steps, lowest first. */
  steps: LadderStepDef[];
}

/** A plain expectation: a competency with its own cues, outside any axis. */
export interface ExpectationDef {
  name: string;
  description?: string;
  example?: string;
  shows?: string;
  cues: CueSpec[];
}

export interface LevelDef {
  id: string;
  title?: string;
  track: string;
  /** Axis name → expected step name. */
  expects?: Record<string, string>;
  /** Axis name → the level's own wording of the competency (defaults to the step description). */
  descriptions?: Record<string, string>;
  expectations?: ExpectationDef[];
}

export interface TrackDef {
  id: string;
  name: string;
  description?: string;
}

/** A ladder as data: the built-in one, or one read by parseLadder from a YAML/JSON file. */
export interface CustomLadder {
  name: string;
  /** "built-in" or the file name it came from. */
  source: string;
  tracks: TrackDef[];
  /** Omitted: the levels use the built-in axes (Technology, System, People, Process, Influence). */
  axes?: LadderAxisDef[];
  levels: LevelDef[];
}

/** What a compiled cue stands for. */
export interface CuePayload {
  competency: CompetencyRef;
  /** Set for a plain expectation: the level it belongs to. */
  level?: string;
}

export interface AxisStep {
  name: string;
  index: number; // 1-based
  description: string;
  example?: string;
  shows?: string;
  near?: StepNear;
  impliedBy?: StepImplication;
}

export interface Axis {
  name: string;
  description: string;
  steps: AxisStep[];
}

export interface Expectation {
  /** Axis name, or the plain expectation's name. */
  axis: string;
  /** Expected step name ("Defines"), or "shown" for a plain expectation. */
  step: string;
  /** 1-based step index; 0 for a plain expectation. */
  stepIndex: number;
  /** The level's wording of the competency. */
  description: string;
  example?: string;
  shows?: string;
  near?: StepNear;
  plain: boolean;
}

export interface Level {
  info: LevelInfo;
  /** Order inside its track (lowest first). */
  rank: number;
  expectations: Expectation[];
  ladder: Ladder;
}

export interface Ladder {
  name: string;
  source: string;
  axes: Axis[];
  levels: Level[];
  tracks: TrackDef[];
  index: CueIndex<CuePayload>;
}

export const PLAIN_STEP = "shown";

function ref(axis: string, step: string, stepIndex: number): CompetencyRef {
  return { label: stepIndex > 0 ? `${axis}: ${step}` : axis, axis, step, stepIndex };
}

/**
 * Compile a ladder definition. `sharedAxes` are used when the definition has no axes of its own
 * (custom levels on the built-in axes); their cues are then not compiled again.
 */
export function compileLadder(def: CustomLadder, sharedAxes?: { axes: LadderAxisDef[]; cues: CompiledCue<CuePayload>[] }): Ladder {
  const axisDefs = def.axes ?? sharedAxes?.axes ?? [];
  const cues: CompiledCue<CuePayload>[] = def.axes || !sharedAxes ? [] : [...sharedAxes.cues];
  if (def.axes || !sharedAxes) cues.push(...compileAxisCues(axisDefs));
  const axes: Axis[] = axisDefs.map((a) => ({
    name: a.name,
    description: a.description ?? "",
    steps: a.steps.map((s, i) => ({ name: s.name, index: i + 1, description: s.description ?? "", example: s.example, ...(s.shows ? { shows: s.shows } : {}), ...(s.near ? { near: s.near } : {}), ...(s.impliedBy ? { impliedBy: s.impliedBy } : {}) })),
  }));
  const ladder: Ladder = { name: def.name, source: def.source, axes, levels: [], tracks: def.tracks, index: new CueIndex([]) };
  const rankInTrack = new Map<string, number>();
  for (const lv of def.levels) {
    const rank = (rankInTrack.get(lv.track) ?? 0) + 1;
    rankInTrack.set(lv.track, rank);
    const expectations: Expectation[] = [];
    for (const [axisName, stepName] of Object.entries(lv.expects ?? {})) {
      const axis = axes.find((a) => a.name === axisName)!;
      const step = axis.steps.find((s) => s.name === stepName)!;
      expectations.push({
        axis: axis.name,
        step: step.name,
        stepIndex: step.index,
        description: lv.descriptions?.[axisName] ?? step.description,
        example: step.example,
        ...(step.shows ? { shows: step.shows } : {}),
        ...(step.near ? { near: step.near } : {}),
        plain: false,
      });
    }
    for (const e of lv.expectations ?? []) {
      expectations.push({ axis: e.name, step: PLAIN_STEP, stepIndex: 0, description: e.description ?? "", example: e.example, ...(e.shows ? { shows: e.shows } : {}), plain: true });
      for (const c of e.cues) cues.push(compileCue(c, { competency: ref(e.name, PLAIN_STEP, 0), level: lv.id }));
    }
    const track = def.tracks.find((t) => t.id === lv.track);
    ladder.levels.push({
      info: { id: lv.id, title: lv.title ?? `${lv.id} - ${track?.name ?? lv.track} ${rank}`, track: lv.track, source: def.source },
      rank,
      expectations,
      ladder,
    });
  }
  ladder.index = new CueIndex(cues);
  return ladder;
}

export function compileAxisCues(axes: LadderAxisDef[]): CompiledCue<CuePayload>[] {
  const out: CompiledCue<CuePayload>[] = [];
  for (const a of axes) {
    a.steps.forEach((s, i) => {
      for (const c of s.cues) out.push(compileCue(c, { competency: ref(a.name, s.name, i + 1) }));
    });
  }
  return out;
}
