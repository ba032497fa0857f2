// The rule registry: every rule is listed here once. The README rule table, the settings enum in
// package.json and the config schema are generated from / checked against this list.
import type { Rule } from "../core/rule.js";

export const rules: Rule[] = [];

export const ruleById: Map<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
