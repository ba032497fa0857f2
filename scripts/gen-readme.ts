// Writes the README's rule table from the registry: `npm run gen:readme`.
import { readFileSync, writeFileSync } from "node:fs";
import { withRulesTable } from "../src/docs/rules-table.js";

const before = readFileSync("README.md", "utf8");
const after = withRulesTable(before);
if (after !== before) writeFileSync("README.md", after);
console.log(after !== before ? "README.md: rule table updated" : "README.md: rule table up to date");
