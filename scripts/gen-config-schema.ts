// Writes schemas/config.schema.json from the rule registry: `npx tsx scripts/gen-config-schema.ts`.
import { writeFileSync } from "node:fs";
import { rules } from "../src/rules/index.js";
import { buildConfigSchema } from "../src/config/schema.js";

const out = new URL("../schemas/config.schema.json", import.meta.url);
writeFileSync(out, JSON.stringify(buildConfigSchema(rules), null, 2) + "\n");
console.log(`wrote schemas/config.schema.json (${rules.length} rules)`);
