declare module "write-good" {
  interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  type CheckName = "passive" | "illusion" | "so" | "thereIs" | "weasel" | "adverb" | "tooWordy" | "cliches" | "eprime";
  type Options = Partial<Record<CheckName, boolean>> & { whitelist?: string[] };
  function writeGood(text: string, options?: Options): Suggestion[];
  export default writeGood;
}
