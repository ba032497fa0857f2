// The web extension (vscode.dev) is built from the same core with no file system: bundling
// src/extension/web.ts for the browser must need nothing from Node.
import * as assert from "node:assert/strict";
import * as esbuild from "esbuild";

describe("extension: web bundle", () => {
  it("bundles for the browser with no Node built-ins (only `vscode` external)", async function () {
    this.timeout(60000);
    const out = await esbuild.build({
      entryPoints: ["src/extension/web.ts"],
      bundle: true,
      write: false,
      platform: "browser",
      format: "cjs",
      external: ["vscode"],
      mainFields: ["browser", "module", "main"],
      conditions: ["worker"],
      loader: { ".json": "json" },
      logLevel: "silent",
      metafile: true,
    });
    const inputs = Object.keys(out.metafile.inputs);
    assert.ok(inputs.some((i) => i.endsWith("src/engine/index.ts")), "the core is in the web bundle");
    assert.ok(!inputs.some((i) => /src\/cli\/(?!generated\/)/.test(i)), "no CLI code (only the generated rule docs)");
    const text = out.outputFiles[0]!.text;
    // Web extensions run in a web worker: nothing may touch the DOM.
    assert.ok(!inputs.some((i) => i.endsWith(".dom.js")), inputs.filter((i) => i.endsWith(".dom.js")).join(", "));
    assert.ok(!/\bdocument\.createElement\b|\bwindow\.document\b/.test(text), "no DOM access");
    const required = [...text.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);
    assert.deepEqual([...new Set(required.filter((r) => !r.startsWith("ajv/dist/runtime/")))], ["vscode"]);
  });
});
