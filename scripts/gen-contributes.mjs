#!/usr/bin/env node
// Writes package.json `contributes` from the rule registry and the built-in ladders
// (src/extension/contributes.ts). `--check`: exit 1 when package.json is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { tsImport } from "tsx/esm/api";

const root = new URL("..", import.meta.url);
const { buildContributes } = await tsImport("../src/docs/contributes.ts", import.meta.url);
const { rules } = await tsImport("../src/rules/index.ts", import.meta.url);
const { builtinLadderSet } = await tsImport("../src/ladders/index.ts", import.meta.url);

const pkgUrl = new URL("package.json", root);
const text = readFileSync(pkgUrl, "utf8");
const pkg = JSON.parse(text);
const contributes = buildContributes(rules, builtinLadderSet().levels());
if (process.argv.includes("--check")) {
  if (JSON.stringify(pkg.contributes) !== JSON.stringify(contributes)) {
    console.error("package.json contributes is out of date: run `node scripts/gen-contributes.mjs`");
    process.exit(1);
  }
  console.log("package.json contributes is up to date");
} else {
  pkg.contributes = contributes;
  writeFileSync(pkgUrl, JSON.stringify(pkg, null, 2) + "\n");
  console.log(`wrote package.json contributes (${rules.length} rules, ${builtinLadderSet().levels().length} levels)`);
}
