declare module "write-good" {
  interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  /** One of write-good's checks: [index, index + offset) per match, left to right. */
  export type CheckFn = (text: string) => { index: number; offset: number }[];
  type CheckName = "passive" | "illusion" | "so" | "thereIs" | "weasel" | "adverb" | "tooWordy" | "cliches" | "eprime";
  /** `checks` replaces write-good's own table of checks (each runs unless its name is set to false). */
  type Options = Partial<Record<CheckName, boolean>> & { whitelist?: string[]; checks?: Record<string, { fn: CheckFn; explanation: string }> };
  function writeGood(text: string, options?: Options): Suggestion[];
  export default writeGood;
}

// The check functions writeGood() runs: its dependencies and its lib/ modules.
declare module "passive-voice" { const check: import("write-good").CheckFn; export default check; }
declare module "weasel-words" { const check: import("write-good").CheckFn; export default check; }
declare module "adverb-where" { const check: import("write-good").CheckFn; export default check; }
declare module "too-wordy" { const check: import("write-good").CheckFn; export default check; }
declare module "write-good/lib/*.js" { const check: import("write-good").CheckFn; export default check; }
