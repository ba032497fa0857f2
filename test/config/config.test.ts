import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import AjvModule from "ajv";
import { ConfigError, dirnameOf, findConfig, joinPath, parseConfig, parseConfigDetailed, parseTermsFile, resolvePath, type ConfigFs } from "../../src/config/index.js";
import { buildConfigSchema } from "../../src/config/schema.js";
import { rules } from "../../src/rules/index.js";

const schemaFile = JSON.parse(readFileSync(new URL("../../schemas/config.schema.json", import.meta.url), "utf8")) as { properties: { rules: { properties: Record<string, unknown> } } };

function configError(text: string, path: string): ConfigError {
  try {
    parseConfig(text, path);
  } catch (err) {
    assert.ok(err instanceof ConfigError, `expected ConfigError, got ${err}`);
    return err;
  }
  assert.fail(`expected ${path} to be rejected:\n${text}`);
}

function memFs(files: Record<string, string>): ConfigFs & { reads: string[] } {
  const reads: string[] = [];
  return { reads, readFile: (p) => (reads.push(p), files[p]) };
}

describe("config: parseConfig", () => {
  it("reads JSON and YAML into the same layer; ladder paths resolve relative to the config file", () => {
    const json = parseConfig('{\n  "target": "EM6",\n  "kind": "promo",\n  "ladders": ["ladders/acme.yaml", "/abs/x.json"]\n}\n', "/repo/docs/.ladderlintrc.json");
    const yaml = parseConfig("target: EM6\nkind: promo\nladders:\n  - ladders/acme.yaml\n  - /abs/x.json\n", "/repo/docs/.ladderlintrc.yaml");
    assert.deepEqual(json, { target: "EM6", kind: "promo", ladders: ["/repo/docs/ladders/acme.yaml", "/abs/x.json"] });
    assert.deepEqual(yaml, json);
  });

  it("accepts an empty file, a BOM and comments in YAML", () => {
    assert.deepEqual(parseConfig("", "/a/.ladderlintrc.yaml"), {});
    assert.deepEqual(parseConfig("\ufeff# team config\ntarget: TL5 # tech lead\n", "/a/.ladderlintrc.yml"), { target: "TL5" });
  });

  it("accepts every rule id of the registry with each severity", () => {
    assert.ok(rules.length > 0, "the rule registry is empty");
    const sev = ["off", "info", "warning", "error"] as const;
    const map = Object.fromEntries(rules.map((r, i) => [r.meta.id, sev[i % 4]!]));
    assert.deepEqual(parseConfig(JSON.stringify({ rules: map }), "/a/.ladderlintrc.json").rules, map);
  });

  const bad: [string, string, string, RegExp][] = [
    ["unknown top-level key", '{\n  "target": "EM6",\n  "colour": "red"\n}', "/a/.ladderlintrc.json", /^\/a\/\.ladderlintrc\.json:3: colour: unknown key \(expected target, kind, rules, ladders, baseline, confidential\)$/],
    ["bad kind", "target: EM6\nkind: cv\n", "/a/.ladderlintrc.yaml", /^\/a\/\.ladderlintrc\.yaml:2: kind: must be one of resume, promo, auto$/],
    ["unknown rule id", "rules:\n  no-such-rule: warning\n", "/a/.ladderlintrc.yaml", /^\/a\/\.ladderlintrc\.yaml:2: rules\.no-such-rule: unknown rule id/],
    ["rules not a mapping", "rules: [a, b]\n", "/a/.ladderlintrc.yml", /^\/a\/\.ladderlintrc\.yml:1: rules: must map rule ids to off, info, warning or error$/],
    ["ladders not a list", 'ladders: "acme.yaml"\n', "/a/.ladderlintrc.yaml", /^\/a\/\.ladderlintrc\.yaml:1: ladders: must be a list of ladder file paths$/],
    ["a ladder entry not a string", "ladders:\n  - a.yaml\n  - 3\n", "/a/.ladderlintrc.yaml", /^\/a\/\.ladderlintrc\.yaml:3: ladders\[1\]: must be a string$/],
    ["empty target", 'target: ""\n', "/a/.ladderlintrc.yaml", /^\/a\/\.ladderlintrc\.yaml:1: target: must not be empty$/],
    ["JSON syntax error", '{\n  "target": "EM6",,\n  "kind": "promo"\n}', "/a/.ladderlintrc.json", /^\/a\/\.ladderlintrc\.json:2: .*not valid JSON/],
    ["duplicate key", "target: EM6\nkind: auto\ntarget: EM7\n", "/a/.ladderlintrc.yaml", /^\/a\/\.ladderlintrc\.yaml:3: .*duplicate key$/],
    ["not a mapping", "- EM6\n", "/a/.ladderlintrc.yaml", /^\/a\/\.ladderlintrc\.yaml:1: must be a mapping/],
  ];
  for (const [name, text, path, re] of bad) {
    it(`rejects ${name} with file, line and key`, () => {
      const err = configError(text, path);
      assert.match(err.message, re);
      assert.equal(err.file, path);
      assert.equal(err.message.split("\n").length, 1);
    });
  }

  it("a bad severity names the rule and the allowed values", () => {
    assert.ok(rules.length > 0, "the rule registry is empty");
    const id = rules[0]!.meta.id;
    const err = configError(`target: EM6\nrules:\n  ${JSON.stringify(id)}: loud\n`, "/a/.ladderlintrc.yaml");
    assert.equal(err.message, `/a/.ladderlintrc.yaml:3: rules.${id}: must be off, info, warning or error`);
    assert.equal(err.line, 3);
    assert.equal(err.key, `rules.${id}`);
  });
});

describe("config: baseline", () => {
  it("baseline: resolves relative to the config file and stays out of the engine's layer", () => {
    const parsed = parseConfigDetailed("target: EM6\nbaseline: ../accepted.json\n", "/repo/team/.ladderlintrc.yaml");
    assert.equal(parsed.baseline, "/repo/accepted.json");
    assert.deepEqual(parsed.layer, { target: "EM6" });
    assert.equal(parsed.lines.baseline, 2);
    assert.throws(() => parseConfigDetailed('{"baseline": ""}', "/a/.ladderlintrc.json"), /\/a\/\.ladderlintrc\.json:1: baseline: must not be empty/);
    assert.throws(() => parseConfigDetailed("baseline: [a.json]\n", "/a/.ladderlintrc.yaml"), /\/a\/\.ladderlintrc\.yaml:1: baseline: must be a string/);
  });
});

describe("config: findConfig", () => {
  it("finds the nearest config upward; json wins over yaml in one directory", () => {
    const fs = memFs({
      "/repo/.ladderlintrc.yaml": "target: EM5\n",
      "/repo/docs/promo/.ladderlintrc.yml": "target: EM7\n",
      "/repo/docs/promo/.ladderlintrc.json": '{"target": "EM6"}',
    });
    assert.deepEqual(findConfig("/repo/docs/promo/packet.md", fs), { path: "/repo/docs/promo/.ladderlintrc.json", layer: { target: "EM6" } });
    assert.deepEqual(findConfig("/repo/docs/resume.md", fs), { path: "/repo/.ladderlintrc.yaml", layer: { target: "EM5" } });
    assert.equal(findConfig("/elsewhere/x.md", fs), undefined);
    // It searched every directory up to the root.
    assert.ok(fs.reads.includes("/.ladderlintrc.json"));
  });

  it("works with Windows paths", () => {
    const fs = memFs({ "C:\\repo\\.ladderlintrc.json": '{"kind": "promo", "ladders": ["l\\\\acme.yaml"]}' });
    assert.deepEqual(findConfig("C:\\repo\\docs\\a.md", fs), { path: "C:\\repo\\.ladderlintrc.json", layer: { kind: "promo", ladders: ["C:\\repo\\l\\acme.yaml"] } });
  });

  it("throws ConfigError for the nearest config when it is invalid", () => {
    const fs = memFs({ "/r/.ladderlintrc.yaml": "target: EM6\nbogus: 1\n" });
    assert.throws(() => findConfig("/r/a/b.md", fs), (e: unknown) => e instanceof ConfigError && e.message === "/r/.ladderlintrc.yaml:2: bogus: unknown key (expected target, kind, rules, ladders, baseline, confidential)");
  });
});

describe("config: confidential terms", () => {
  it("reads words and a file path (relative to the config file) in JSON and YAML", () => {
    const yaml = parseConfig("confidential:\n  words: [Bluefin, Contoso Ltd]\n  file: ../terms.txt\n", "/repo/docs/.ladderlintrc.yaml");
    const json = parseConfig('{"confidential": {"words": ["Bluefin", "Contoso Ltd"], "file": "../terms.txt"}}', "/repo/docs/.ladderlintrc.json");
    assert.deepEqual(yaml, { confidential: { words: ["Bluefin", "Contoso Ltd"], file: "/repo/terms.txt" } });
    assert.deepEqual(json, yaml);
  });

  it("rejects a bad shape with file, line and key", () => {
    assert.equal(configError("confidential:\n  words: Bluefin\n", "/a/.ladderlintrc.yaml").message, "/a/.ladderlintrc.yaml:2: confidential.words: must be a list");
    assert.equal(configError("confidential:\n  terms: [x]\n", "/a/.ladderlintrc.yaml").message, "/a/.ladderlintrc.yaml:2: confidential.terms: unknown key");
    assert.equal(configError("confidential:\n  file: ''\n", "/a/.ladderlintrc.yaml").message, "/a/.ladderlintrc.yaml:2: confidential.file: must not be empty");
  });

  it("a terms file: one a line, blank lines and # comments skipped, C# kept", () => {
    assert.deepEqual(parseTermsFile("\ufeff# codenames\nBluefin\r\n\n  Project  Marlin   # the 2024 one\nC# tooling\n#x\n"), ["Bluefin", "Project  Marlin", "C# tooling"]);
  });

  it("findConfig reads the terms file through the same file system into words; a missing one is a ConfigError on the key's line", () => {
    const fs = memFs({ "/r/.ladderlintrc.yaml": "target: EM6\nconfidential:\n  words: [Bluefin]\n  file: terms.txt\n", "/r/terms.txt": "# ours\nMarlin\n" });
    assert.deepEqual(findConfig("/r/docs/cv.md", fs), { path: "/r/.ladderlintrc.yaml", layer: { target: "EM6", confidential: { words: ["Bluefin", "Marlin"] } } });
    const missing = memFs({ "/r/.ladderlintrc.yaml": "target: EM6\nconfidential:\n  file: lists/terms.txt\n" });
    assert.throws(
      () => findConfig("/r/docs/cv.md", missing),
      (e: unknown) => e instanceof ConfigError && e.message === "/r/.ladderlintrc.yaml:2: confidential.file: cannot read lists/terms.txt (a file of confidential terms, one a line, relative to the config file)",
    );
  });
});

describe("config: schema", () => {
  it("schemas/config.schema.json matches the rule registry (run `npx tsx scripts/gen-config-schema.ts` after adding a rule)", () => {
    assert.deepEqual(schemaFile, buildConfigSchema(rules));
    assert.deepEqual(Object.keys(schemaFile.properties.rules.properties).sort(), rules.map((r) => r.meta.id).sort());
  });

  it("is a valid JSON Schema that accepts a full config and rejects an unknown key", () => {
    const Ajv = (AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule;
    const validate = new Ajv({ strict: false }).compile(schemaFile);
    const ok = { target: "EM6", kind: "auto", ladders: ["a.yaml"], rules: Object.fromEntries(rules.map((r) => [r.meta.id, "off"])) };
    assert.equal(validate(ok), true, JSON.stringify(validate.errors));
    assert.equal(validate({ target: "EM6", extra: true }), false);
  });
});

describe("config: paths", () => {
  it("dirname, join and resolve without node:path", () => {
    assert.equal(dirnameOf("/a/b/c.md"), "/a/b");
    assert.equal(dirnameOf("/a"), "/");
    assert.equal(dirnameOf("c.md"), ".");
    assert.equal(dirnameOf("C:\\x\\y.md"), "C:\\x");
    assert.equal(dirnameOf("C:\\x"), "C:\\");
    assert.equal(joinPath("/a", "b"), "/a/b");
    assert.equal(resolvePath("/a/b", "../c/./d.yaml"), "/a/c/d.yaml");
    assert.equal(resolvePath("/a/b", "/etc/x"), "/etc/x");
    assert.equal(resolvePath("docs", "l/acme.yaml"), "docs/l/acme.yaml");
    assert.equal(resolvePath("C:\\r", "..\\l.yaml"), "C:\\l.yaml");
  });
});
