// Persisted diagnostics, the pure part (src/extension/persist.ts): the key material, the strict
// reading of a stored file, eviction. The vscode side is tested in test/vscode (restart.test.ts).
import * as assert from "node:assert/strict";
import { createHash } from "node:crypto";
import {
  MAX_ENTRY_CHARS,
  STORE_FORMAT,
  canonicalJson,
  entryFileName,
  ENTRY_FILE_RE,
  keyMaterial,
  parseEntry,
  pickEvictions,
  usableEngineId,
  type KeyInputs,
  type StoredEntry,
} from "../../src/extension/persist.js";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const ENGINE = sha("engine");
const URI = "file:///w/resume.md";

function entry(over: Partial<StoredEntry> = {}): StoredEntry {
  return {
    format: STORE_FORMAT,
    engine: ENGINE,
    uri: URI,
    key: sha("k"),
    deps: [["file:///w/.ladderlintrc.json", null], ["file:///w/ladders/acme.yaml", sha("ladder")]],
    diagnostics: [
      { r: [3, 2, 3, 9], m: "“significantly” is vague", s: 1, src: "ladderlint", c: { v: "vague-quantity", t: "https://example.org/vague-quantity.md" } },
      { r: [0, 0, 0, 0], m: "Configuration problem", s: 0, src: "ladderlint", c: "config", tags: [1], rel: [{ u: null, r: [5, 2, 5, 5], m: "here" }, { u: "file:///w/x.md", r: [1, 0, 1, 3], m: "there" }] },
    ],
    savedAt: 1,
    ...over,
  };
}

const base: KeyInputs = { engine: ENGINE, uri: URI, languageId: "markdown", folders: ["file:///w"], settings: { target: "", rules: { a: "off" }, files: ["**/*cv*.md"] }, session: null, text: "# Jo\n" };

describe("extension: persisted diagnostics (pure helpers)", () => {
  it("canonicalJson sorts keys at every level and drops undefined members", () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } }), '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
    assert.equal(canonicalJson({ a: 1, b: 2 }), canonicalJson({ b: 2, a: 1 }));
  });

  it("the key material changes with every input, and only with them", () => {
    const m = keyMaterial(base);
    assert.equal(keyMaterial({ ...base, settings: { files: ["**/*cv*.md"], rules: { a: "off" }, target: "" } }), m, "key order does not matter");
    const changed: KeyInputs[] = [
      { ...base, engine: sha("other") },
      { ...base, uri: "file:///w/other.md" },
      { ...base, languageId: "plaintext" },
      { ...base, folders: ["file:///v"] },
      { ...base, folders: [] },
      { ...base, settings: { ...(base.settings as object), target: "EM6" } },
      { ...base, settings: { ...(base.settings as object), rules: { a: "error" } } },
      { ...base, session: "checked:" },
      { ...base, session: "checked:EM6" },
      { ...base, text: "# Jo\n\n" },
      { ...base, text: "# jo\n" },
    ];
    const all = new Set([m, ...changed.map(keyMaterial)]);
    assert.equal(all.size, changed.length + 1);
  });

  it("parseEntry accepts a well-formed entry for this engine and URI", () => {
    const e = entry();
    assert.deepEqual(parseEntry(JSON.stringify(e), { engine: ENGINE, uri: URI }), e);
  });

  it("parseEntry rejects another engine, another URI, another format", () => {
    const text = JSON.stringify(entry());
    assert.equal(parseEntry(text, { engine: sha("new build"), uri: URI }), undefined);
    assert.equal(parseEntry(text, { engine: ENGINE, uri: "file:///w/other.md" }), undefined);
    assert.equal(parseEntry(JSON.stringify(entry({ format: STORE_FORMAT + 1 })), { engine: ENGINE, uri: URI }), undefined);
  });

  it("parseEntry rejects corrupt files: truncated, not JSON, wrong shapes, bad ranges, too large", () => {
    const good = JSON.stringify(entry());
    const expect = { engine: ENGINE, uri: URI };
    const bad: string[] = [
      "",
      "\u0000\u0000\u0000",
      good.slice(0, good.length - 1),
      good.slice(0, 100),
      "null",
      "[]",
      '"text"',
      JSON.stringify({ ...entry(), key: "short" }),
      JSON.stringify({ ...entry(), deps: [["file:///a"]] }),
      JSON.stringify({ ...entry(), deps: [["file:///a", "nothex"]] }),
      JSON.stringify({ ...entry(), diagnostics: {} }),
      JSON.stringify({ ...entry(), diagnostics: [{ r: [1, 0, 0, 0], m: "end before start", s: 1 }] }),
      JSON.stringify({ ...entry(), diagnostics: [{ r: [0, 0, 0], m: "3 numbers", s: 1 }] }),
      JSON.stringify({ ...entry(), diagnostics: [{ r: [0, -1, 0, 2], m: "negative", s: 1 }] }),
      JSON.stringify({ ...entry(), diagnostics: [{ r: [0, 0.5, 0, 2], m: "fraction", s: 1 }] }),
      JSON.stringify({ ...entry(), diagnostics: [{ r: [0, 0, 0, 2], m: "severity 4", s: 4 }] }),
      JSON.stringify({ ...entry(), diagnostics: [{ r: [0, 0, 0, 2], m: 5, s: 1 }] }),
      JSON.stringify({ ...entry(), diagnostics: [{ r: [0, 0, 0, 2], m: "tag 7", s: 1, tags: [7] }] }),
      JSON.stringify({ ...entry(), diagnostics: [{ r: [0, 0, 0, 2], m: "code object", s: 1, c: { v: "x" } }] }),
      JSON.stringify({ ...entry(), diagnostics: [{ r: [0, 0, 0, 2], m: "related", s: 1, rel: [{ u: 3, r: [0, 0, 0, 1], m: "" }] }] }),
      JSON.stringify({ ...entry(), savedAt: "yesterday" }),
      JSON.stringify(entry({ diagnostics: [{ r: [0, 0, 0, 1], m: "x".repeat(MAX_ENTRY_CHARS), s: 1 }] })),
    ];
    for (const [i, t] of bad.entries()) assert.equal(parseEntry(t, expect), undefined, `case ${i}: ${t.slice(0, 80)}`);
  });

  it("usableEngineId: only a hex build id (a watch build's slot is not one)", () => {
    assert.ok(usableEngineId(ENGINE));
    assert.ok(!usableEngineId(undefined));
    assert.ok(!usableEngineId(""));
    assert.ok(!usableEngineId("ladderlint-engine-id-slot-0000000000000000000000000000000000000000"));
  });

  it("pickEvictions keeps the newest files within both limits", () => {
    const files = [
      { name: "a", mtimeMs: 1, size: 10 },
      { name: "b", mtimeMs: 4, size: 10 },
      { name: "c", mtimeMs: 3, size: 10 },
      { name: "d", mtimeMs: 2, size: 10 },
    ];
    assert.deepEqual(pickEvictions(files, 10, 1000), []);
    assert.deepEqual(pickEvictions(files, 2, 1000).sort(), ["a", "d"]);
    assert.deepEqual(pickEvictions(files, 10, 25).sort(), ["a", "d"]);
    assert.deepEqual(pickEvictions([{ name: "big", mtimeMs: 9, size: 100 }, ...files], 10, 40).sort(), ["big"]);
    assert.deepEqual(pickEvictions(files, 0, 1000).sort(), ["a", "b", "c", "d"]);
  });

  it("entry file names are hex, so no path or name of the user's appears in the store", () => {
    const n = entryFileName(sha(URI));
    assert.match(n, ENTRY_FILE_RE);
    assert.ok(!n.includes("resume"));
  });
});

describe("extension: sha256Hex (the web host's synchronous hash)", () => {
  it("equals node:crypto on empty, ASCII, non-ASCII, emoji and every length around the block edges", async () => {
    const { sha256Hex } = await import("../../src/extension/sha256.js");
    const texts = ["", "abc", "résumé — 🚀 Café", "a".repeat(1000), "x\u0000y"];
    for (let n = 50; n <= 130; n++) texts.push("é".repeat(n % 7) + "b".repeat(n));
    for (const t of texts) assert.equal(sha256Hex(t), sha(t), JSON.stringify(t.slice(0, 20)) + ` (${t.length})`);
    assert.equal(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
