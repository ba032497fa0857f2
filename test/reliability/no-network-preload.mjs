// Preload for the no-network test: `node --import ./no-network-preload.mjs …`. Every way a Node
// program opens a connection, resolves a name or listens is replaced by a function that records the
// attempt (one JSON line appended to $LADDERLINT_NONET_LOG) and throws. Worker threads inherit the
// --import flag, so the CLI's lint workers run patched too (each appends "preload" at start).
import { createRequire, syncBuiltinESMExports } from "node:module";
import { appendFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

const require = createRequire(import.meta.url);
const log = process.env.LADDERLINT_NONET_LOG;

function record(what) {
  if (log) appendFileSync(log, JSON.stringify({ attempt: what, pid: process.pid, main: isMainThread }) + "\n");
}
if (log) appendFileSync(log, JSON.stringify({ preload: true, pid: process.pid, main: isMainThread }) + "\n");

function blocker(what) {
  return function blocked() {
    record(what);
    const err = new Error(`ladderlint no-network test: ${what} was called`);
    err.code = "ENONET_TEST";
    throw err;
  };
}

const targets = {
  net: ["connect", "createConnection", "createServer"],
  tls: ["connect", "createServer"],
  http: ["request", "get", "createServer"],
  https: ["request", "get", "createServer"],
  http2: ["connect", "createServer", "createSecureServer"],
  dns: ["lookup", "lookupService", "resolve", "resolve4", "resolve6", "resolveAny", "resolveCname", "resolveMx", "resolveNs", "resolveTxt", "resolveSrv", "reverse"],
  dgram: ["createSocket"],
};
for (const [mod, fns] of Object.entries(targets)) {
  const m = require(mod);
  for (const fn of fns) if (typeof m[fn] === "function") m[fn] = blocker(`${mod}.${fn}`);
}
const net = require("net");
net.Socket.prototype.connect = blocker("net.Socket.prototype.connect");
net.Server.prototype.listen = blocker("net.Server.prototype.listen");
const dnsPromises = require("dns").promises;
for (const fn of Object.keys(dnsPromises)) if (typeof dnsPromises[fn] === "function" && /^(lookup|resolve|reverse)/.test(fn)) dnsPromises[fn] = blocker(`dns.promises.${fn}`);
const dgram = require("dgram");
dgram.Socket.prototype.send = blocker("dgram.Socket.prototype.send");
// Make `import { request } from "node:http"` and friends see the patched functions.
syncBuiltinESMExports();

for (const g of ["fetch", "WebSocket", "EventSource", "XMLHttpRequest"]) {
  Object.defineProperty(globalThis, g, { configurable: true, writable: true, value: blocker(`globalThis.${g}`) });
}
if (globalThis.navigator) {
  try {
    Object.defineProperty(globalThis.navigator, "sendBeacon", { configurable: true, value: blocker("navigator.sendBeacon") });
  } catch {
    /* read-only navigator in this Node version */
  }
}
