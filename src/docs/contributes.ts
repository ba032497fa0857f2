// The package.json `contributes` block, generated from the rule registry and the built-in ladder data
// (scripts/gen-contributes.mjs writes it; test/extension/contributes.test.ts fails on drift).
// Pure: no vscode import.
import type { Rule } from "../core/rule.js";
import type { LevelInfo } from "../core/types.js";
import { SEVERITY_SETTINGS } from "../config/schema.js";
import { DEFAULT_FILES } from "../extension/select.js";

export function buildContributes(rules: readonly Rule[], levels: readonly LevelInfo[]): Record<string, unknown> {
  // Markdown, and JSON Resume files by name (issue 23).
  const markdown = "editorLangId == markdown || resourceFilename =~ /(^|\\.)resume\\.(json|ya?ml)$/i";
  const checkCommands = levels.map((l) => ({
    command: `ladderlint.checkAgainst.${l.id}`,
    // The title DESIGN §7 gives ("Ladderlint: Check against EM6"); the level's name shows in the
    // "Check against level…" quick pick.
    title: `Ladderlint: Check against ${l.id}`,
  }));
  const ruleProps: Record<string, unknown> = {};
  for (const r of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const fixable = r.meta.fixable.length ? ` Fixes: ${r.meta.fixable.join(", ")}.` : "";
    ruleProps[r.meta.id] = {
      type: "string",
      enum: [...SEVERITY_SETTINGS],
      description: `${r.meta.description} (default: ${r.meta.defaultSeverity}).${fixable}`,
    };
  }
  const ids = levels.map((l) => l.id);
  return {
    commands: [
      ...checkCommands,
      { command: "ladderlint.checkAgainstLevel", title: "Ladderlint: Check against level…" },
      { command: "ladderlint.showReport", title: "Ladderlint: Show competency report", icon: "$(checklist)" },
      { command: "ladderlint.setTarget", title: "Ladderlint: Set target level" },
      { command: "ladderlint.showRuleDocumentation", title: "Ladderlint: Show rule documentation" },
      { command: "ladderlint.checkBeforeSharing", title: "Ladderlint: Check before sharing" },
    ],
    menus: {
      commandPalette: [
        ...checkCommands.map((c) => ({ command: c.command, when: markdown })),
        { command: "ladderlint.checkAgainstLevel", when: markdown },
        { command: "ladderlint.showReport", when: markdown },
        { command: "ladderlint.setTarget", when: markdown },
        { command: "ladderlint.showRuleDocumentation", when: "false" },
        { command: "ladderlint.checkBeforeSharing", when: markdown },
      ],
    },
    configuration: {
      title: "Ladderlint",
      properties: {
        "ladderlint.target": {
          type: "string",
          default: "",
          // Not an enum: a custom ladder's level ids and any spelling the CLI accepts ("em6") are valid
          // too; the built-in ids are offered as completions.
          examples: ids,
          scope: "resource",
          markdownDescription: `Target career-ladder level for résumés and promotion packets, e.g. \`EM6\`; empty for none. Built in: ${ids.map((i) => `\`${i}\``).join(", ")}; a custom ladder's level id (\`ladderlint.ladders\`) also works, in any case. Front matter (\`ladderlint: {target: EM6}\`) and \`.ladderlintrc\` files take precedence; the **Check against** commands override it for the session.`,
        },
        "ladderlint.kind": {
          type: "string",
          default: "auto",
          enum: ["auto", "resume", "promo"],
          enumDescriptions: ["From front matter, else inferred from headings", "Résumé: bullets without pronouns", "Promotion packet / self-review: first person that credits the team"],
          scope: "resource",
          description: "Document kind.",
        },
        "ladderlint.ladders": {
          type: "array",
          items: { type: "string" },
          default: [],
          scope: "resource",
          markdownDescription: "Custom career-ladder files (YAML or JSON, see `schemas/ladder.schema.json`), relative to the workspace folder. Their levels appear in **Check against level…**.",
        },
        "ladderlint.rules": {
          type: "object",
          default: {},
          properties: ruleProps,
          additionalProperties: false,
          scope: "resource",
          description: "Severity per rule id: off, info, warning or error. .ladderlintrc files and front matter take precedence.",
        },
        "ladderlint.confidential": {
          type: "array",
          items: { type: "string" },
          default: [],
          scope: "resource",
          markdownDescription:
            "Terms the `confidential` rule flags: codenames, customer names, internal tool names (whole words, any case). Added to `confidential.words` and `confidential.file` of `.ladderlintrc` files and to the front matter's list. **Check before sharing** runs that rule alone.",
        },
        "ladderlint.files": {
          type: "array",
          items: { type: "string" },
          default: [...DEFAULT_FILES],
          scope: "resource",
          markdownDescription:
            "Globs (case-insensitive, relative to the workspace folder) of Markdown files to lint. Documents with a `ladderlint` front-matter block or a `target`, and documents a **Check** command ran on, are linted too. Other Markdown (READMEs) is left alone.",
        },
        "ladderlint.run": {
          type: "string",
          default: "onType",
          enum: ["onType", "onSave"],
          enumDescriptions: ["Lint as you type (debounced)", "Lint when the document is opened or saved"],
          scope: "resource",
          description: "When to lint.",
        },
        "ladderlint.openReportOnCheck": {
          type: "boolean",
          default: false,
          scope: "resource",
          markdownDescription: "Open the competency report when a **Check against** command runs.",
        },
      },
    },
    jsonValidation: [
      { fileMatch: ".ladderlintrc.json", url: "./schemas/config.schema.json" },
      { fileMatch: ["*.ladder.json", "**/ladders/*.json"], url: "./schemas/ladder.schema.json" },
    ],
  };
}
