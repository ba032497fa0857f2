// --share-check and the confidential terms of the config (words and a terms file), in-process and
// through the built bundle.
import assert from "node:assert/strict";
import { MODES, removeDir, run, tempDir } from "./helpers.js";

const promo = `# Promotion packet: Jane Doe

## Impact

This half I led the Bluefin migration for 4 teams (PLAT-4821); the plan is at go/bluefin-plan.
I wrote the runbook the on-call rotation uses every week, with the 6 engineers of the team.

- Worked on many small fixes.
`;

const resume = `# Jane Doe

jane@janedoe.dev

## Experience

### Acme — Engineering Manager (2020–Present)
- Led the Marlin launch for 3 teams, cutting checkout errors by 40%.
`;

type Json = { files: { kind: string; diagnostics: { ruleId: string; severity: string; message: string; line: number; column: number }[] }[]; summary: { errors: number } };

function withDir<T>(files: Record<string, string>, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = tempDir(files);
  return fn(dir).finally(() => removeDir(dir));
}

for (const mode of MODES) {
  describe(`cli --share-check (${mode})`, function () {
    this.timeout(60_000);

    it("a promo packet: no confidential finding by default; --share-check reports only that rule, as errors, exit 1", () =>
      withDir({ "packet.md": promo, ".ladderlintrc.yaml": "confidential:\n  words: [Bluefin]\n" }, async (dir) => {
        const plain = await run(mode, ["packet.md", "--format", "json"], { cwd: dir });
        const before = JSON.parse(plain.stdout) as Json;
        assert.equal(before.files[0]!.kind, "promo");
        assert.deepEqual(before.files[0]!.diagnostics.filter((d) => d.ruleId === "confidential"), []);
        assert.ok(before.files[0]!.diagnostics.some((d) => d.ruleId === "weak-opener"), "other rules report on the packet");

        const r = await run(mode, ["packet.md", "--share-check", "--format", "json"], { cwd: dir });
        assert.equal(r.code, 1, r.stderr);
        const out = JSON.parse(r.stdout) as Json;
        const d = out.files[0]!.diagnostics;
        assert.deepEqual(
          d.map((x) => [x.ruleId, x.severity, x.line, x.column]),
          [
            ["confidential", "error", 5, 21],
            ["confidential", "error", 5, 52],
            ["confidential", "error", 5, 79],
          ],
        );
        assert.match(d[0]!.message, /term on your confidential list "Bluefin"/);
        assert.match(d[1]!.message, /issue key "PLAT-4821"/);
        assert.match(d[2]!.message, /go\/ short link "go\/bluefin-plan"/);
      }));

    it("a clean document passes the share check (exit 0)", () =>
      withDir({ "cv.md": resume }, async (dir) => {
        const r = await run(mode, ["cv.md", "--share-check"], { cwd: dir });
        assert.equal(r.code, 0, r.stdout + r.stderr);
        assert.equal(r.stdout, "");
      }));

    it("terms from a terms file next to the nearest config, and from --config (its file relative to it)", () =>
      withDir(
        {
          "docs/cv.md": resume,
          "docs/.ladderlintrc.json": '{"confidential": {"file": "lists/terms.txt"}}',
          "docs/lists/terms.txt": "# codenames\nMarlin\n",
          "conf/share.yaml": "confidential:\n  file: ../terms-b.txt\n",
          "terms-b.txt": "Acme\n",
        },
        async (dir) => {
          const near = JSON.parse((await run(mode, ["docs/cv.md", "--format", "json"], { cwd: dir })).stdout) as Json;
          assert.deepEqual(near.files[0]!.diagnostics.filter((d) => d.ruleId === "confidential").map((d) => [d.line, d.column]), [[8, 11]]);
          const explicit = await run(mode, ["docs/cv.md", "--share-check", "--config", "conf/share.yaml", "--format", "json"], { cwd: dir });
          assert.equal(explicit.code, 1, explicit.stderr);
          assert.deepEqual((JSON.parse(explicit.stdout) as Json).files[0]!.diagnostics.map((d) => [d.line, d.column]), [[7, 5]]);
        },
      ));

    it("an unreadable terms file is a config error naming the file (exit 2, nothing on stdout)", () =>
      withDir({ "cv.md": resume, ".ladderlintrc.yaml": "target: EM6\nconfidential:\n  file: missing.txt\n" }, async (dir) => {
        const r = await run(mode, ["cv.md", "--share-check"], { cwd: dir });
        assert.equal(r.code, 2);
        assert.equal(r.stdout, "");
        assert.equal(r.stderr, "ladderlint: .ladderlintrc.yaml:2: confidential.file: cannot read missing.txt (a file of confidential terms, one a line, relative to the config file)\n");
      }));

    it("--share-check with --rule is a usage error", () =>
      withDir({ "cv.md": resume }, async (dir) => {
        const r = await run(mode, ["cv.md", "--share-check", "--rule", "long-bullet=off"], { cwd: dir });
        assert.equal(r.code, 2);
        assert.equal(r.stderr, "ladderlint: --share-check runs the confidential rule alone; it cannot be combined with --rule\n");
      }));
  });
}
