// The file names of JSON Resume input (issue 23): resume.json, *.resume.json, resume.yaml, resume.yml
// (and *.resume.yaml / *.resume.yml), any case. Pure and dependency-free: the editor's entry code uses
// it without loading the reader.

export type ResumeFormat = "json" | "yaml";

/** The JSON Resume format a file's name tells, or undefined for any other name. */
export function resumeFormatOf(filename: string | undefined): ResumeFormat | undefined {
  if (!filename) return undefined;
  const base = filename.slice(Math.max(filename.lastIndexOf("/"), filename.lastIndexOf("\\")) + 1).toLowerCase();
  if (base === "resume.json" || base.endsWith(".resume.json")) return "json";
  if (base === "resume.yaml" || base === "resume.yml" || base.endsWith(".resume.yaml") || base.endsWith(".resume.yml")) return "yaml";
  return undefined;
}
