// The core contract. Pure types: no vscode, no fs, no process.
// Positions are offsets into the document text in UTF-16 code units (JS string indices);
// they are converted to 1-based line/column only at the edges (see positions.ts).

export type Severity = "error" | "warning" | "info" | "hint";
export type SeveritySetting = Severity | "off";
export type DocKind = "resume" | "promo";
export type KindSetting = DocKind | "auto";

/** A replacement of text[start, end) by `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * `fix`: mechanical and meaning-preserving (applied by --fix, quick fix and fix-all).
 * `suggestion`: a rewrite the user picks in the editor; never applied by --fix.
 * `snippet`: an insertion with VS Code snippet placeholders (`${1:metric}`); editor only.
 */
export type FixKind = "fix" | "suggestion" | "snippet";

export interface Fix {
  title: string;
  kind: FixKind;
  edits: TextEdit[];
}

export interface RelatedInfo {
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** e.g. "EM6 · People: Manages" or "Guidance: we, not me". */
  competency?: string;
  fixes: Fix[];
  related?: RelatedInfo[];
}

/** What a rule hands to `context.report`. Severity comes from configuration. */
export interface Report {
  start: number;
  end: number;
  message: string;
  competency?: string;
  fixes?: Fix[];
  related?: RelatedInfo[];
  /** Overrides the configured severity only when a rule has two levels (e.g. quantified-impact role = info). */
  severity?: Severity;
}

// ---------------------------------------------------------------------------
// Document model
// ---------------------------------------------------------------------------

/**
 * A piece of the source. `text` is the source slice text[start, end) with Markdown syntax that is not
 * prose (emphasis markers, link targets and brackets, inline code, HTML tags, template syntax, URLs)
 * replaced by spaces of the same length, so any index i in `text` is source offset start + i.
 * `plain` is the same prose with whitespace collapsed, for classification and display.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
  plain: string;
}

export type SectionKind =
  | "experience"
  | "summary"
  | "skills"
  | "education"
  | "contact"
  | "projects"
  | "publications"
  | "impact" // promo packet body: Impact / Self-review / Accomplishments
  | "competencies"
  | "context" // promo packet context: Goals, Next steps, Feedback received, Background
  | "other";

export interface Section {
  heading: string;
  depth: number; // 1..6; 0 for the implicit section before any heading
  kind: SectionKind;
  /** Range of the heading line (the whole section when there is no heading). */
  headingStart: number;
  headingEnd: number;
  start: number;
  end: number;
}

export interface Bullet extends Span {
  /** 1-based line of the bullet's first character. */
  line: number;
  /** Nesting depth: 0 for a top-level item. */
  depth: number;
  /** The bullet it is nested under, for depth > 0. */
  parent?: Bullet;
  /** The role it belongs to, if any. */
  role?: Role;
  section: Section;
  /** True when it is an achievement: in an experience/impact section (not skills, education, contact…). */
  achievement: boolean;
  /** `**Label:** text` prefix, when present ("Leadership"). */
  label?: string;
  /** Source offsets of the text after a label and leading whitespace (where the first word starts). */
  bodyStart: number;
  /** True when it came from a paragraph used as a bullet (one-sentence lines, promo paragraphs). */
  paragraph: boolean;
  /**
   * Set when the bullet sits in a top-level section written in another language than the document
   * (a bilingual CV's translated half): read for structure, not for wording (DESIGN §2b).
   */
  otherLanguage?: { code: string; name: string };
}

export interface Role {
  title: string;
  employer: string;
  dates: string;
  /** 1-based line of the title. */
  line: number;
  /** Range of the line that carries the title (role-level findings cover it). */
  titleStart: number;
  titleEnd: number;
  bullets: Bullet[];
  section: Section;
}

export interface Sentence extends Span {
  /** The bullet or paragraph it was split from. */
  bullet?: Bullet;
}

export interface FrontMatter {
  /** Range of the whole block including the fences. */
  start: number;
  end: number;
  /** Parsed YAML, or undefined when it did not parse. */
  data?: Record<string, unknown>;
  /** Parse error, one line, when the YAML is broken. */
  error?: string;
  /** Range of the `target:` entry inside the block ("target: EM6"), when present. */
  target?: { start: number; end: number };
}

export interface Directive {
  kind: "disable" | "enable" | "disable-next-line";
  rules: string[]; // empty: all rules
  start: number;
  end: number;
  line: number;
}

export interface Doc {
  text: string;
  /** Resolved kind: from options/front matter or inferred from headings. */
  kind: DocKind;
  frontMatter?: FrontMatter;
  sections: Section[];
  roles: Role[];
  /** Every list item and bullet-like line, in order, including non-achievement ones. */
  bullets: Bullet[];
  /** Prose blocks for write-good: bullets and paragraphs in prose sections (masked). */
  proseBlocks: Span[];
  directives: Directive[];
  /** First H1 range, if any. */
  h1?: { start: number; end: number };
  /**
   * Lines too long to check (over MAX_LINE_CHARS): not parsed as Markdown and not seen by the rules;
   * the engine reports each once.
   */
  skippedLines?: { start: number; end: number }[];
  /**
   * Top-level blocks nested too deep to check (over MAX_NESTING levels): left out of the tree, so not
   * seen by the rules; the engine reports each once.
   */
  skippedBlocks?: { start: number; end: number }[];
  /** The language of its prose (DESIGN §2b); English when there is too little to tell. */
  language: { code: string; name: string };
  /**
   * Top-level sections of an English document written in another language (a bilingual CV's second
   * half): only structure checks apply inside them; the engine says so once per section.
   */
  otherLanguageSections?: { start: number; end: number; headingStart: number; headingEnd: number; language: { code: string; name: string } }[];
  /** Where document-level findings go: the first H1, else the `target:` line in front matter, else line 1. */
  docAnchor: { start: number; end: number };
  /** Sentences of a span (cached). */
  sentences(span: Span): Sentence[];
  /** 1-based line/column (UTF-16) of an offset. */
  lineCol(offset: number): { line: number; column: number };
  offsetAt(line: number, column: number): number;
}

// ---------------------------------------------------------------------------
// Ladders (implemented in src/ladders)
// ---------------------------------------------------------------------------

export interface CompetencyRef {
  /** "System: Owns" style label. */
  label: string;
  axis: string;
  step: string;
  /** 1-based step index on the axis (for cumulative comparison); 0 for plain expectations. */
  stepIndex: number;
}

export interface EvidenceMatch {
  competency: CompetencyRef;
  /** The cue that matched, as written in the ladder data. */
  cue: string;
  /** Source range of the match. */
  start: number;
  end: number;
}

export interface CoverageAxis {
  axis: string;
  expected: string;
  found: string | null;
  met: boolean;
  /** The axis's step names, lowest first (absent for a plain expectation); for the report grid. */
  steps?: string[];
  /** The level's wording of the competency. */
  description?: string;
  /** `step`: the step this piece of evidence reaches on the axis (for the report). */
  evidence: { line: number; text: string; start: number; end: number; cue: string; step?: string }[];
}

/** An axis below the level a document reads as (DESIGN §4 `short`). */
export interface ShortAxis {
  axis: string;
  /** The step the `readsAs` level expects on it. */
  expected: string;
  /** The highest step found, or null for no evidence. */
  found: string | null;
}

export interface Coverage {
  target: string;
  /**
   * The highest level of the target's track whose expectations most axes (at least 3 of 5) meet; null
   * only when fewer than that reach the track's first level (DESIGN §4).
   */
  readsAs: string | null;
  axes: CoverageAxis[];
  /** The axes below the `readsAs` level (or, when it is null, below the track's first level). */
  short?: ShortAxis[];
  /** How many axes meet the `readsAs` level (or the first level when it is null), of `axes.length`. */
  readsAsMet?: number;
  /** The verdict in words, the same everywhere: "reads as EM6 on 4 of 5 axes; Technology shows no evidence yet". */
  verdict?: string;
}

// ---------------------------------------------------------------------------
// Configuration (merged by src/config + the engine)
// ---------------------------------------------------------------------------

export interface ConfigLayer {
  target?: string;
  kind?: KindSetting;
  rules?: Record<string, SeveritySetting>;
  /** Custom ladder files (paths; resolved and loaded outside the core). */
  ladders?: string[];
  /**
   * Terms the `confidential` rule flags. `file` is a path (one term a line, `#` comments), read by
   * src/config or the CLI into `words`; the core never reads it.
   */
  confidential?: { words?: string[]; file?: string };
}

export interface LevelInfo {
  /** Canonical id: "EM6". */
  id: string;
  /** "EM6 - Engineering Manager 6". */
  title: string;
  /** Track id: "EM", "TL", "D", "TPM", or a custom ladder's track. */
  track: string;
  /** Where it comes from: "built-in" or the custom ladder file name. */
  source: string;
}

/** The built-in ladder plus any custom ones. Implemented in src/ladders; pure (no fs). */
export interface LadderSet {
  levels(): LevelInfo[];
  /** Case-insensitive, tolerant of spellings ("em6", "EM 6", "em-6"). */
  resolve(id: string): LevelInfo | undefined;
  /** Which competencies a span (bullet or sentence) evidences, and the cue that matched. */
  evidence(span: Span): EvidenceMatch[];
  /** Coverage of a level by a document. */
  coverage(doc: Doc, levelId: string): Coverage;
}
