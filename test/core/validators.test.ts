// The schema validators compiled at build time (scripts/gen-validators.mjs, ajv's standalone code)
// against ajv compiling the same schemas at run time with the options the code used before: the
// same verdict and the same error objects (keyword, paths, params, message; with `verbose`, the
// schema, parent schema and data) on the committed examples and on many mutations of them.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AjvModule from "ajv";
import type { ValidateFunction } from "ajv";
import fc from "fast-check";
import YAML from "yaml";
import { baselineValidator, configValidator, ladderValidator, resumeValidator } from "../../src/core/lazy-deps.cjs";
import { buildConfigSchema } from "../../src/config/schema.js";
import { rules } from "../../src/rules/index.js";
import { root } from "../cli/helpers.js";

const Ajv = (AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule;
const json = (path: string): unknown => JSON.parse(readFileSync(join(root, path), "utf8"));
const yaml = (path: string): unknown => YAML.parse(readFileSync(join(root, path), "utf8"));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every property name a schema mentions, so that mutations add keys the schema knows too. */
function schemaKeys(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const s of schema) schemaKeys(s, out);
  else if (schema && typeof schema === "object") {
    for (const [k, v] of Object.entries(schema)) {
      if (k === "properties" && v && typeof v === "object") for (const p of Object.keys(v)) out.add(p);
      if (k === "required" && Array.isArray(v)) for (const p of v) out.add(String(p));
      schemaKeys(v, out);
    }
  }
  return out;
}

/** Every string a schema holds as a value (enum members, defaults…): values it may accept. */
function schemaStrings(schema: unknown, out = new Set<string>()): Set<string> {
  if (typeof schema === "string") out.add(schema);
  else if (Array.isArray(schema)) for (const s of schema) schemaStrings(s, out);
  else if (schema && typeof schema === "object") for (const v of Object.values(schema)) schemaStrings(v, out);
  return out;
}

/** Paths to every value of a JSON document (the root included). */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

type Mutation = { at: number; op: "set" | "delete" | "add" | "wrap" | "unwrap"; key: string; value: Json };

function mutate(doc: Json, mutations: Mutation[]): Json {
  let d = structuredClone(doc);
  for (const m of mutations) {
    const all = paths(d);
    const path = all[m.at % all.length]!;
    if (!path.length) {
      if (m.op === "set") d = m.value;
      else if (m.op === "add" && d && typeof d === "object" && !Array.isArray(d)) d[m.key] = m.value;
      continue;
    }
    const parent = path.slice(0, -1).reduce<Json>((o, k) => (o as Record<string | number, Json>)[k]!, d) as Record<string | number, Json> | Json[];
    const last = path[path.length - 1]!;
    const cur = (parent as Record<string | number, Json>)[last]!;
    if (m.op === "set") (parent as Record<string | number, Json>)[last] = m.value;
    else if (m.op === "delete") {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete (parent as Record<string, Json>)[last];
    } else if (m.op === "add") {
      if (Array.isArray(cur)) cur.push(m.value);
      else if (cur && typeof cur === "object") cur[m.key] = m.value;
    } else if (m.op === "wrap") (parent as Record<string | number, Json>)[last] = [cur];
    else if (Array.isArray(cur) && cur.length) (parent as Record<string | number, Json>)[last] = cur[0]!;
  }
  return d;
}

function mutations(schema: unknown): fc.Arbitrary<Mutation[]> {
  const keys = [...schemaKeys(schema)];
  const strings = [...schemaStrings(schema)];
  const value: fc.Arbitrary<Json> = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...strings) },
    { weight: 1, arbitrary: fc.constantFrom<Json>("", "EM6", "a b", "x!", 0, 1, -1, 1.5, true, null, [], {}, ["x"], { id: "X1" }, "2020-01", "2020-13-40") },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
  );
  const key = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
  return fc.array(
    fc.record({ at: fc.nat(), op: fc.constantFrom<Mutation["op"]>("set", "delete", "add", "wrap", "unwrap", "set"), key, value }),
    { minLength: 1, maxLength: 4 },
  );
}

function same(generated: ValidateFunction, runtime: ValidateFunction, data: unknown): void {
  const a = generated(data);
  const b = runtime(data);
  assert.equal(a, b, `verdict on ${JSON.stringify(data)}`);
  assert.deepEqual(generated.errors, runtime.errors, `errors on ${JSON.stringify(data)}`);
}

const configSeed: Json = {
  $schema: "./node_modules/ladderlint/schemas/config.schema.json",
  target: "EM6",
  kind: "resume",
  rules: { "prose/adverb": "off", "weak-opener": "error", confidential: "warning" },
  ladders: ["ladders/acme.yaml"],
  baseline: "ladderlint-baseline.json",
  confidential: { words: ["Bluebird"], file: "terms.txt" },
};

const cases: { name: string; generated: () => ValidateFunction; schema: unknown; options: ConstructorParameters<typeof Ajv>[0]; seeds: unknown[] }[] = [
  {
    name: "config",
    generated: configValidator,
    // What src/config/index.ts compiled at run time: the published schema, its rules rebuilt from the registry.
    schema: buildConfigSchema(rules),
    options: { allErrors: false, strict: false },
    seeds: [configSeed, json("test/vscode/fixtures/team/.ladderlintrc.json"), json("test/vscode/fixtures/baselined/.ladderlintrc.json"), {}],
  },
  {
    name: "ladder",
    generated: ladderValidator,
    schema: json("schemas/ladder.schema.json"),
    options: { allErrors: true, verbose: true, strict: false },
    seeds: [yaml("examples/ladders/acme.yaml"), yaml("test/fixtures/cli/ladders/acme.yaml"), yaml("test/vscode/fixtures/ladders/acme.yaml")],
  },
  {
    name: "baseline",
    generated: baselineValidator,
    schema: json("schemas/baseline.schema.json"),
    options: { allErrors: false, strict: false },
    seeds: [json("test/vscode/fixtures/baselined/ladderlint-baseline.json"), { version: 1, files: {} }],
  },
  {
    name: "resume",
    generated: resumeValidator,
    schema: json("src/core/data/resume-schema.json"),
    options: { allErrors: true, strict: false, validateFormats: false },
    seeds: [json("test/fixtures/jsonresume/resume.json"), json("test/fixtures/jsonresume/schema-errors.resume.json"), yaml("test/fixtures/jsonresume/resume.yaml")],
  },
];

describe("schema validators compiled at build time", () => {
  it("are what scripts/gen-validators.mjs gives from the schemas and the installed ajv", () => {
    const r = spawnSync(process.execPath, ["scripts/gen-validators.mjs", "--check"], { cwd: root, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
  });

  for (const c of cases) {
    it(`${c.name}: same verdict and errors as ajv.compile at run time, on the examples and 3 000 mutations of them`, function () {
      this.timeout(120_000);
      const runtime = new Ajv(c.options).compile(c.schema as object);
      const generated = c.generated();
      for (const seed of c.seeds) same(generated, runtime, seed);
      assert.equal(generated(c.seeds[0]), true, "the first example is valid");
      let invalid = 0;
      fc.assert(
        fc.property(fc.constantFrom(...(c.seeds as Json[])), mutations(c.schema), (seed, ms) => {
          const data = mutate(seed, ms);
          same(generated, runtime, data);
          if (!runtime(data)) invalid++;
        }),
        { numRuns: 3000, seed: 20261207 },
      );
      // The mutations must reach the error paths, not only valid documents.
      assert.ok(invalid > 1000, `only ${invalid} of 3 000 mutated documents were invalid`);
    });
  }
});
