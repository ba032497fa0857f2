// The node extension's entry (dist/extension.cjs, what VS Code evaluates on activation) stays small:
// none of the engine is in it; the engine is the separate dist/engine.cjs, required when first needed.
import * as assert from "node:assert/strict";
import * as esbuild from "esbuild";

describe("extension: node entry bundle", () => {
  it("bundles src/extension/node.ts without the core, rules, ladders, config loader or report", async function () {
    this.timeout(60000);
    const out = await esbuild.build({
      entryPoints: ["src/extension/node.ts"],
      bundle: true,
      write: false,
      minify: true,
      platform: "node",
      format: "cjs",
      external: ["vscode", "./engine.cjs"],
      logLevel: "silent",
      metafile: true,
    });
    const inputs = Object.keys(out.metafile.inputs);
    assert.deepEqual(inputs.filter((i) => /^(node_modules|src\/(core|rules|ladders|config|report|cli))\//.test(i)), []);
    assert.deepEqual(
      inputs.filter((i) => i.startsWith("src/extension/")).sort(),
      ["src/extension/boot.ts", "src/extension/node.ts", "src/extension/timing.ts"],
    );
    const text = out.outputFiles[0]!.text;
    assert.ok(text.length < 8 * 1024, `entry bundle is ${text.length} bytes`);
    assert.ok(text.includes('require("./engine.cjs")'), "the engine is loaded from dist/engine.cjs at run time, not bundled");
  });
});
