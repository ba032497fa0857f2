// Entry of dist/lsp.cjs: `ladderlint lsp --stdio` (bin/ladderlint.js) and `ladderlint-ls` (bin/ladderlint-ls.js).
// The protocol runs over stdin/stdout, so nothing else may write to stdout: console output goes to
// stderr. The server exits when the client asks (shutdown, exit), when stdin closes, or when the
// client's process (initialize's processId) is gone (vscode-languageserver's watchdog, every 3 s).
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./server.js";

const USAGE = "usage: ladderlint lsp --stdio (or ladderlint-ls --stdio): the ladderlint language server over standard input and output";

const args = process.argv.slice(2).filter((a) => a !== "lsp");
const unknown = args.filter((a) => a !== "--stdio" && !a.startsWith("--clientProcessId"));
if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(USAGE + "\n");
} else if (unknown.length && !/^\d+$/.test(unknown[0]!)) {
  process.stderr.write(`ladderlint-ls: unknown option '${unknown[0]}'; only --stdio is supported\n${USAGE}\n`);
  process.exitCode = 2;
} else {
  console.log = console.info = console.warn = console.error;
  // An unexpected error in a callback is logged; the server keeps serving.
  process.on("uncaughtException", (err) => process.stderr.write(`ladderlint-ls: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`));
  process.on("unhandledRejection", (err) => process.stderr.write(`ladderlint-ls: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`));
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // The client went away without shutdown/exit: nothing left to serve.
  process.stdin.on("end", () => process.exit(1));
  startServer(connection);
}
