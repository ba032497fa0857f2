#!/usr/bin/env node
// Memory of the language server over many edits of one document, run by bench/run.mjs in a fresh child:
//   node --expose-gc bench/lsp-memory.mjs '{"work": dir, "edits": 10000}'
// The server (src/lsp/server.ts, bundled here with esbuild) and a vscode-jsonrpc client run in this
// process over in-memory streams, so the heap can be measured after a full GC. The client declares
// pull diagnostics and asks for them after every edit, so every version is linted (as VS Code does);
// each edit types one character of a phrase into a bullet of examples/resume.md and, once typed,
// deletes it again character by character, at the next bullet each time (the text stays ~4 KB).
// Prints one JSON object on stdout: heap and RSS after GC every 1 000 edits, and the growth.
import { PassThrough } from "node:stream";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { engineBundleOptions } from "../scripts/esbuild-plugins.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const opts = JSON.parse(process.argv[2] ?? "{}");
const edits = opts.edits ?? 10_000;
const every = opts.every ?? 1000;
if (typeof globalThis.gc !== "function") throw new Error("run with node --expose-gc");

const bundle = join(opts.work ?? join(root, "bench/.tools"), "lsp-server.mjs");
await esbuild.build(engineBundleOptions(join(root, "src/lsp/server.ts"), bundle));
const { startServer } = await import(pathToFileURL(bundle).href);

const toServer = new PassThrough();
const toClient = new PassThrough();
startServer(createConnection(ProposedFeatures.all, toServer, toClient));
const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
client.onRequest("client/registerCapability", () => null);
client.listen();

const uri = pathToFileURL(join(root, "bench/resume.md")).href;
let text = readFileSync(join(root, "examples/resume.md"), "utf8");
const lines = () => text.split("\n");
await client.sendRequest("initialize", { processId: null, rootUri: null, capabilities: { textDocument: { diagnostic: {} } } });
await client.sendNotification("initialized", {});
await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
const first = await client.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
if (!first.items.length) throw new Error("no diagnostics on the benchmark résumé: it is not linted");

const bulletLines = lines().flatMap((l, i) => (/^\s*[-*] /.test(l) ? [i] : []));
const phrase = "Cut p95 latency 40% ";
let version = 1;
let bullet = 0;
let typed = 0; // characters of the phrase currently in the text
let deleting = false;
const samples = [];
const measure = (n) => {
  globalThis.gc();
  globalThis.gc();
  const m = process.memoryUsage();
  samples.push({ edits: n, heapMB: +(m.heapUsed / 2 ** 20).toFixed(2), rssMB: +(m.rss / 2 ** 20).toFixed(1) });
};
measure(0);
const t0 = performance.now();
let findings = 0;
for (let n = 1; n <= edits; n++) {
  const line = bulletLines[bullet % bulletLines.length];
  const col = lines()[line].indexOf(" ") + 1;
  let change;
  if (!deleting) {
    const ch = phrase[typed];
    change = { range: { start: { line, character: col + typed }, end: { line, character: col + typed } }, text: ch };
    typed++;
    if (typed === phrase.length) deleting = true;
  } else {
    typed--;
    change = { range: { start: { line, character: col + typed }, end: { line, character: col + typed + 1 } }, text: "" };
    if (typed === 0) (deleting = false), bullet++;
  }
  const ls = lines();
  ls[line] = ls[line].slice(0, change.range.start.character) + change.text + ls[line].slice(change.range.end.character);
  text = ls.join("\n");
  version++;
  await client.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [change] });
  const report = await client.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
  findings = report.items.length;
  if (n % every === 0) measure(n);
}
const ms = performance.now() - t0;
await client.sendRequest("shutdown");
const base = samples.find((s) => s.edits === every) ?? samples[0];
const last = samples[samples.length - 1];
console.log(
  JSON.stringify({
    edits,
    chars: text.length,
    findingsAtEnd: findings,
    ms,
    msPerEdit: ms / edits,
    samples,
    heapGrowthMB: +(last.heapMB - base.heapMB).toFixed(2),
    rssGrowthMB: +(last.rssMB - base.rssMB).toFixed(1),
    maxHeapMB: Math.max(...samples.map((s) => s.heapMB)),
  }),
);
process.exit(0);
