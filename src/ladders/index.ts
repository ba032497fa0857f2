// Career ladders: the built-in Engineering Ladders framework (Apache-2.0, jorgef/engineeringladders),
// custom ladder files, evidence cues, coverage and "reads as". Pure: no fs, no vscode, no process.
export { builtinLadderSet, createLadderSet, evidenceSpans, normalizeLevelId, type LadderSetImpl, type EvidenceSpan } from "./set.js";
export { parseLadder, LadderError } from "./custom.js";
export { mostOf, verdictOf, verdictText } from "./verdict.js";
export { ATTRIBUTION, BUILTIN_AXES, tlLeadershipCues } from "./builtin.js";
export { CueIndex, compileCue, nounStem, stem, tokenize, type CueSpec, type VerbObjectCue, type CueHit, type Token } from "./match.js";
export type { CustomLadder, LadderAxisDef, LadderStepDef, LevelDef, ExpectationDef, TrackDef, Ladder, Level, Expectation } from "./model.js";
