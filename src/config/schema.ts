// The configuration JSON Schema. schemas/config.schema.json is the published file (editors use it);
// its `rules` block is generated from the rule registry by scripts/gen-config-schema.ts, and a test
// fails when the file and the registry drift. The file is what config files are validated against:
// scripts/gen-validators.mjs compiles it at build time, and another test fails when that drifts.
import type { Rule } from "../core/rule.js";

export const SEVERITY_SETTINGS = ["off", "info", "warning", "error"] as const;
export const CONFIG_KEYS = ["target", "kind", "rules", "ladders", "baseline", "confidential"] as const;

export function rulesSchema(rules: readonly Rule[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const r of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    properties[r.meta.id] = {
      description: `${r.meta.description} (default: ${r.meta.defaultSeverity})`,
      $ref: "#/definitions/severity",
    };
  }
  return {
    type: "object",
    description: "Severity per rule id: off, info, warning or error.",
    properties,
    additionalProperties: false,
  };
}

export function buildConfigSchema(rules: readonly Rule[]): Record<string, unknown> {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://github.com/ladderlint/ladderlint/blob/main/schemas/config.schema.json",
    title: "ladderlint configuration (.ladderlintrc.json / .ladderlintrc.yaml)",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      target: {
        type: "string",
        minLength: 1,
        description: "Target level id, case-insensitive (EM6, TL5, D4, TPM5, or a custom ladder's level).",
      },
      kind: {
        enum: ["resume", "promo", "auto"],
        description: "Document kind: resume, promo, or auto (front matter, then headings).",
      },
      rules: rulesSchema(rules),
      ladders: {
        type: "array",
        description: "Custom ladder files (YAML or JSON), relative to this config file.",
        items: { type: "string", minLength: 1 },
      },
      baseline: {
        type: "string",
        minLength: 1,
        description: "A baseline file (ladderlint --baseline-write FILE), relative to this config file: the findings it records are accepted for now and not reported.",
      },
      confidential: {
        type: "object",
        description: "Terms the `confidential` rule flags (codenames, customer names, internal tools): case-insensitive whole words.",
        additionalProperties: false,
        properties: {
          words: { type: "array", description: "The terms.", items: { type: "string", minLength: 1 } },
          file: { type: "string", minLength: 1, description: "A file of terms, one a line (# starts a comment), relative to this config file." },
        },
      },
    },
    definitions: {
      severity: { enum: [...SEVERITY_SETTINGS] },
    },
  };
}
