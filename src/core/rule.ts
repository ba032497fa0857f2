import type { Doc, DocKind, FixKind, LadderSet, LevelInfo, Report, Severity } from "./types.js";

export type RuleScope = "word" | "bullet" | "role" | "document";

export interface RuleMeta {
  /** Stable id used in config, inline comments and tests. */
  id: string;
  /** One line: what it flags. */
  description: string;
  defaultSeverity: Severity;
  /** Which guidance it maps to, e.g. "We, not me". */
  guidance: string;
  scope: RuleScope[];
  /** Fix kinds it can offer (for docs and the editor: "fixable"). */
  fixable: FixKind[];
  /** Document kinds it applies to (default: both). */
  kinds?: DocKind[];
  /**
   * `any`: the rule reads structure only (placeholders, length), so it runs on a document in any
   * language. Default: English only (its words, cues and phrases are English; DESIGN §2b).
   */
  languages?: "any";
  /**
   * Document kinds it runs on at its default severity (default: every kind). On the other kinds it
   * runs only when a severity is configured for it (`rules:`, `--rule`, `--share-check`).
   */
  defaultKinds?: DocKind[];
  /**
   * Rules this one is more specific than: where this rule and one of them report overlapping ranges
   * (the same word), the engine keeps only this rule's finding (one finding per word across rules).
   */
  supersedes?: string[];
}

export interface RuleContext {
  doc: Doc;
  kind: DocKind;
  /** The resolved target level, when one is set. */
  target?: LevelInfo;
  ladders: LadderSet;
  /**
   * Terms the `confidential` rule flags (codenames, customers, internal tools): the configured
   * `confidential.words` and the lines of `confidential.file`, already read by the config layer.
   */
  confidential?: readonly string[];
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Link to a rule's documentation page. */
export const DOCS_BASE = "https://github.com/ladderlint/ladderlint/blob/main/docs/rules/";
export function ruleDocUrl(id: string): string {
  return DOCS_BASE + id.replace("/", "-") + ".md";
}
