// A minimal LSP client over stdio for the protocol tests: spawns the built server (bin/ladderlint-ls.js,
// i.e. dist/lsp.cjs) and talks JSON-RPC to it with vscode-jsonrpc.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";

export const root = fileURLToPath(new URL("../..", import.meta.url));

export interface Published {
  uri: string;
  version?: number;
  diagnostics: any[];
}

export class TestClient {
  readonly child: ChildProcess;
  readonly rpc: MessageConnection;
  readonly published: Published[] = [];
  private waiters: { pred: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];
  stderr = "";
  readonly exited: Promise<number | null>;
  /** Answers the server's workspace/configuration requests. */
  settings: Record<string, unknown> | null = null;

  constructor(args: string[] = ["--stdio"], bin = "bin/ladderlint-ls.js") {
    if (!existsSync(`${root}dist/lsp.cjs`)) throw new Error("dist/lsp.cjs is missing: run npm run build first");
    this.child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    this.child.stderr!.on("data", (d) => (this.stderr += String(d)));
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
    this.rpc = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.rpc.onNotification("textDocument/publishDiagnostics", (p: Published) => {
      this.published.push(p);
      for (const w of [...this.waiters]) if (w.pred(p)) (this.waiters.splice(this.waiters.indexOf(w), 1), w.resolve(p));
    });
    this.rpc.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.rpc.onRequest("client/registerCapability", () => null);
    this.rpc.onRequest("workspace/diagnostic/refresh", () => null);
    this.rpc.onError(() => undefined);
    this.rpc.listen();
  }

  /** The next publishDiagnostics for `uri` that satisfies `pred` (already received ones after `since` count). */
  diagnostics(uri: string, pred: (p: Published) => boolean = () => true, since = 0): Promise<Published> {
    const hit = this.published.slice(since).find((p) => p.uri === uri && pred(p));
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve) => this.waiters.push({ pred: (p) => p.uri === uri && pred(p), resolve }));
  }

  async initialize(capabilities: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Promise<any> {
    const r = await this.rpc.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null, ...extra });
    await this.rpc.sendNotification("initialized", {});
    return r;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.rpc.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version, text } });
  }

  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) {
      await this.rpc.sendRequest("shutdown").catch(() => undefined);
      await this.rpc.sendNotification("exit").catch(() => undefined);
    }
    const code = await this.exited;
    this.rpc.dispose();
    return code;
  }
}
