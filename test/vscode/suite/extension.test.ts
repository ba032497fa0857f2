// Integration tests in a real VS Code extension host (code-server's VS Code server, or Electron VS
// Code through @vscode/test-electron). The workspace is a temporary copy of test/vscode/fixtures.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as vscode from "vscode";
import type { LadderlintApi } from "../../../src/extension/boot.js";
import type { CheckSummary } from "../../../src/extension/commands.js";
import type { ShareSummary } from "../../../src/extension/shareCheck.js";
import { ruleDocUrl } from "../../../src/core/rule.js";
import { lint } from "../../../src/engine/index.js";
import {
  codeActionsUntil,
  describeDiags,
  fixtureUri,
  measureActivation,
  nextEvent,
  offsetOf,
  open,
  ours,
  ruleOf,
  waitForDiagnostics,
} from "./helpers.js";

let api: LadderlintApi;

describe("ladderlint in VS Code", () => {
  before(async function () {
    this.timeout(120000);
    // Cold activation: the first launch (scripts/vscode-test.sh); the engine loads and lints.
    // restart.test.ts times the next launch on the same user data.
    const m = await measureActivation<LadderlintApi>();
    api = m.api;
    await api.ready;
    const t = api.timings;
    const record = {
      ...m.record,
      firstLintMs: t.firstLint ? Math.round(t.firstLint.lintMs) : null,
      engineLoadMs: t.engineLoad?.end !== undefined ? Math.round(t.engineLoad.end - t.engineLoad.start) : null,
      // The extension's own work: the entry bundle and activate(), loading the engine, the first lint.
      ownMs:
        t.loadStart !== undefined && t.activated !== undefined && t.engineLoad?.end !== undefined && t.firstLint
          ? Math.round(t.activated - t.loadStart + (t.engineLoad.end - t.engineLoad.start) + t.firstLint.lintMs)
          : null,
    };
    // Then a file from the workspace, opened in an editor (what the tests below use).
    const uri = fixtureUri("resume.md");
    const tOpen0 = performance.now();
    await open(uri);
    await waitForDiagnostics(uri, (ds) => ds.length > 0, "first diagnostics on resume.md");
    const openToDiagnosticsMs = Math.round(performance.now() - tOpen0);
    const line = { ...record, mode: "cold", openToDiagnosticsMs };
    console.log(`activation to first diagnostics (cold): ${line.activationMs} ms ${JSON.stringify(line)} (vscode ${vscode.version}, ${vscode.env.appName}, host ${api.host})`);
    const out = process.env.LADDERLINT_ACTIVATION_FILE;
    if (out) fs.writeFileSync(out, JSON.stringify(line));
  });

  describe("diagnostics", () => {
    it("flags the résumé with rule ids, ranges, source and a code that links to the rule doc", async () => {
      const uri = fixtureUri("resume.md");
      const { doc } = await open(uri);
      const ds = await waitForDiagnostics(uri, (d) => api.linter.current(doc) !== undefined && d.some((x) => ruleOf(x) === "first-person"), "first-person on resume.md");
      for (const d of ds) assert.equal(d.source, "ladderlint");

      const pronoun = ds.find((d) => ruleOf(d) === "first-person");
      assert.ok(pronoun, describeDiags(ds));
      const iAt = offsetOf(doc, "- I led") + 2;
      assert.equal(doc.offsetAt(pronoun.range.start), iAt, "first-person covers the pronoun");
      assert.equal(doc.getText(pronoun.range), "I");
      const code = pronoun.code as { value: string; target: vscode.Uri };
      assert.equal(code.value, "first-person");
      assert.equal(code.target.toString(), vscode.Uri.parse(ruleDocUrl("first-person")).toString());

      const vague = ds.find((d) => ruleOf(d) === "vague-quantity");
      assert.ok(vague, `vague-quantity expected; got ${describeDiags(ds)}`);
      assert.equal(doc.getText(vague.range).toLowerCase(), "significantly");

      const weak = ds.find((d) => ruleOf(d) === "weak-opener");
      assert.ok(weak, `weak-opener expected; got ${describeDiags(ds)}`);
      assert.equal(weak.range.start.line, doc.positionAt(offsetOf(doc, "Responsible for managing")).line);
      assert.equal(weak.range.start.character, doc.positionAt(offsetOf(doc, "Responsible for managing")).character);

      // Nothing in the Skills section (not an experience section).
      const skillsLine = doc.positionAt(offsetOf(doc, "## Skills")).line;
      assert.deepEqual(ds.filter((d) => d.range.start.line > skillsLine && ruleOf(d) !== "ladderlint").map(ruleOf), []);
    });

    it("carries related information (repeated-opener points at each bullet)", async () => {
      const uri = fixtureUri("repeat-cv.md");
      const { doc } = await open(uri);
      const ds = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === "repeated-opener"), "repeated-opener");
      const d = ds.find((x) => ruleOf(x) === "repeated-opener")!;
      assert.equal(d.range.start.line, doc.positionAt(offsetOf(doc, "### Pied Piper")).line, "on the role's title line");
      const rel = d.relatedInformation ?? [];
      assert.equal(rel.length, 3);
      for (const [i, r] of rel.entries()) {
        assert.equal(r.location.uri.toString(), uri.toString());
        assert.equal(doc.getText(r.location.range), "Led");
        assert.equal(r.location.range.start.line, doc.positionAt(offsetOf(doc, "- Led", i)).line);
      }
    });

    it("lints a document with a ladderlint front-matter block whatever its name", async () => {
      const uri = fixtureUri("notes.md");
      await open(uri);
      const ds = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === "ladder-coverage"), "ladder-coverage on notes.md (target EM6 in front matter)");
      assert.ok(ds.some((d) => ruleOf(d) === "vague-quantity"), describeDiags(ds));
    });

    it("reads the nearest .ladderlintrc.json (target and rule severities) above VS Code settings", async () => {
      const uri = fixtureUri("team", "brag-doc.md");
      const { doc } = await open(uri);
      const ds = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === "ladder-coverage"), "ladder-coverage from the rc target");
      assert.equal(api.linter.current(doc)?.result.target, "TL6");
      assert.ok(!ds.some((d) => ruleOf(d) === "weak-opener"), `weak-opener is off in the rc: ${describeDiags(ds)}`);
      const vague = ds.find((d) => ruleOf(d) === "vague-quantity");
      assert.ok(vague, describeDiags(ds));
      assert.equal(vague.severity, vscode.DiagnosticSeverity.Error, "rc severity applies");
      // A setting is below the rc: ladderlint.target EM5 does not win over the rc's TL6.
      const settings = vscode.workspace.getConfiguration("ladderlint");
      await settings.update("target", "EM5", vscode.ConfigurationTarget.Workspace);
      try {
        const entry = await api.linter.lintNow(doc);
        assert.equal(entry?.result.target, "TL6");
        // …but applies where there is no rc and no front matter.
        const other = await vscode.workspace.openTextDocument(fixtureUri("save-cv.md"));
        assert.equal((await api.linter.lintNow(other))?.result.target, "EM5");
      } finally {
        await settings.update("target", undefined, vscode.ConfigurationTarget.Workspace);
      }
    });

    it("an untitled document takes the .ladderlintrc of the first workspace folder", async () => {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      assert.ok(folder, "a workspace folder is open");
      const rc = vscode.Uri.joinPath(folder, ".ladderlintrc.json");
      await vscode.workspace.fs.writeFile(rc, new TextEncoder().encode(JSON.stringify({ target: "TL6", rules: { "vague-quantity": "error" } })));
      try {
        const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: "---\nladderlint: {}\n---\n# Jo Doe\n\n## Experience\n\n### Acme — Engineering Manager (2020–Present)\n\n- Shipped many features for several teams.\n" });
        const entry = await api.linter.lintNow(doc);
        assert.equal(entry?.result.target, "TL6", "the rc's target applies to the untitled document");
        const vague = entry?.result.findings.find((f) => f.ruleId === "vague-quantity");
        assert.equal(vague?.severity, "error", `the rc's severity applies: ${JSON.stringify(entry?.result.findings.map((f) => f.ruleId))}`);
      } finally {
        await vscode.workspace.fs.delete(rc);
      }
    });

    it("leaves a README and other Markdown alone", async () => {
      for (const name of ["README.md", "docs/plain.md"]) {
        const uri = fixtureUri(...name.split("/"));
        const { doc } = await open(uri);
        assert.equal(api.linter.reason(doc), undefined, `${name} is not selected`);
        assert.equal(await api.linter.lintNow(doc), undefined, `${name} is not linted`);
        assert.deepEqual(ours(uri), [], `${name} has no ladderlint diagnostics`);
      }
      // The README would have findings if it were linted: a Check command opts it in.
      const uri = fixtureUri("README.md");
      const summary = await vscode.commands.executeCommand<CheckSummary>("ladderlint.checkAgainst.EM5", uri);
      assert.ok(summary && summary.findings.length > 0, "README has findings once checked");
      const ds = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === "ladder-coverage"), "ladder-coverage on README.md after a Check");
      // Its "many", "significantly", "various": vague-quantity's once the first-person README reads as a
      // brag document (DESIGN §2: kinds), prose/weasel's otherwise; one finding per word (issue 26).
      assert.ok(ds.some((d) => ruleOf(d) === "prose/weasel" || ruleOf(d) === "vague-quantity"), describeDiags(ds));
      assert.deepEqual(ds.filter((d) => ruleOf(d) === "ladderlint").map((d) => d.message), [], "no engine errors");
    });

    it("updates as the user types and drops stale results (debounced)", async () => {
      const uri = fixtureUri("resume.md");
      const { doc, editor } = await open(uri);
      const before = ours(uri).filter((d) => ruleOf(d) === "vague-quantity").length;
      const at = doc.offsetAt(doc.lineAt(doc.positionAt(offsetOf(doc, "- Mentored four")).line).range.start);
      // Five quick edits: the diagnostics that arrive must match the final text.
      let typed = 0;
      for (const w of ["- Grew ", "revenue ", "greatly ", "across ", "regions.\n"]) {
        await editor.edit((b) => b.insert(doc.positionAt(at + typed), w));
        typed += w.length;
      }
      assert.equal(doc.getText().slice(at, at + typed), "- Grew revenue greatly across regions.\n");
      // Intermediate versions may be linted when the machine is slow; wait for the final one.
      const ds = await waitForDiagnostics(uri, (d) => api.linter.current(doc) !== undefined && d.filter((x) => ruleOf(x) === "vague-quantity").length === before + 1, "vague-quantity for the typed bullet");
      const greatly = ds.find((d) => ruleOf(d) === "vague-quantity" && doc.getText(d.range).toLowerCase() === "greatly");
      assert.ok(greatly, `the new finding covers "greatly": ${describeDiags(ds)}`);
      assert.equal(greatly.range.start.line, doc.positionAt(at).line);
      const entry = api.linter.entry(uri);
      assert.equal(entry?.version, doc.version, "the stored result is for the current version");
      // The editor re-parsed only the edited blocks (its block cache); the result must be exactly
      // what a lint of the whole text from scratch gives.
      assert.deepStrictEqual(entry!.result.findings, lint(doc.getText(), entry!.options).findings);
      await vscode.commands.executeCommand("workbench.action.files.revert");
      await waitForDiagnostics(uri, (d) => api.linter.current(doc) !== undefined && d.filter((x) => ruleOf(x) === "vague-quantity").length === before, "diagnostics after revert");
    });
  });

  describe("ladderlint.run = onSave", () => {
    it("does not lint while typing, and lints on save", async () => {
      const settings = vscode.workspace.getConfiguration("ladderlint");
      await settings.update("run", "onSave", vscode.ConfigurationTarget.Workspace);
      try {
        const uri = fixtureUri("save-cv.md");
        const { doc, editor } = await open(uri);
        await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === "first-person"), "save-cv.md linted");
        const before = ours(uri).filter((d) => ruleOf(d) === "vague-quantity").length;
        await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, "\n- Improved onboarding greatly."));
        assert.equal(api.linter.pending(uri), false, "no lint scheduled while typing");
        assert.equal(api.linter.current(doc), undefined, "the stored result is for an older version");
        const saved = waitForDiagnostics(uri, (d) => api.linter.current(doc) !== undefined && d.filter((x) => ruleOf(x) === "vague-quantity").length === before + 1, "vague-quantity after save");
        await doc.save();
        await saved;
        assert.equal(api.linter.current(doc)?.version, doc.version);
      } finally {
        await settings.update("run", undefined, vscode.ConfigurationTarget.Workspace);
        const uri = fixtureUri("save-cv.md");
        const doc = await vscode.workspace.openTextDocument(uri);
        const ed = await vscode.window.showTextDocument(doc);
        const i = doc.getText().indexOf("\n- Improved onboarding greatly.");
        if (i >= 0) {
          await ed.edit((b) => b.delete(new vscode.Range(doc.positionAt(i), doc.positionAt(i + "\n- Improved onboarding greatly.".length))));
          await doc.save();
        }
      }
    });
  });

  describe("code actions", () => {
    it("offers the fix, disable-for-line and documentation actions, and applies the fix", async () => {
      const uri = fixtureUri("resume.md");
      const { doc } = await open(uri);
      const ds = await waitForDiagnostics(uri, (d) => api.linter.current(doc) !== undefined && d.some((x) => ruleOf(x) === "first-person"), "first-person");
      const diag = ds.find((d) => ruleOf(d) === "first-person")!;
      const actions = await codeActionsUntil(
        uri,
        diag.range,
        (as) => as.some((a) => a.title.startsWith("Disable first-person")) && as.some((a) => a.kind?.value === "quickfix" && !!a.edit && !a.title.startsWith("Disable")),
        "first-person quick fixes",
      );
      assert.ok(actions.some((a) => a.title === "Show documentation for first-person" && a.command?.command === "ladderlint.showRuleDocumentation"));
      const shown = await vscode.commands.executeCommand<string>("ladderlint.showRuleDocumentation", "first-person");
      assert.equal(shown, "ladderlint-rule:/first-person.md", "the bundled rule page opens offline");
      const page = await vscode.workspace.openTextDocument(vscode.Uri.parse(shown));
      assert.match(page.getText(), /first-person/);
      assert.match(page.getText(), /## Why/);
      await open(uri);
      const fix = actions.find((a) => a.kind?.value === "quickfix" && a.edit && !a.title.startsWith("Disable") && !a.title.startsWith("Fix all"))!;
      assert.ok(await vscode.workspace.applyEdit(fix.edit!), "edit applied");
      const line = doc.lineAt(diag.range.start.line).text;
      assert.match(line, /^- Led a team of seven engineers/, "pronoun dropped and verb capitalised");
      await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === "first-person" && x.range.start.line === diag.range.start.line), "first-person to clear");
      await vscode.commands.executeCommand("workbench.action.files.revert");
    });

    it("applies a snippet fix as a snippet: placeholders become editable text, not ${…}", async () => {
      const uri = fixtureUri("resume.md");
      const { doc } = await open(uri);
      const ds = await waitForDiagnostics(uri, (d) => api.linter.current(doc) !== undefined && d.some((x) => ruleOf(x) === "quantified-impact" && x.range.start.line === doc.positionAt(offsetOf(doc, "Improved deployment")).line), "quantified-impact");
      const diag = ds.find((d) => ruleOf(d) === "quantified-impact" && d.range.start.line === doc.positionAt(offsetOf(doc, "Improved deployment")).line)!;
      const finding = api.linter.current(doc)!.result.findings.find((f) => f.ruleId === "quantified-impact" && doc.positionAt(f.start).line === diag.range.start.line)!;
      const snippet = finding.fixes.find((f) => f.kind === "snippet");
      assert.ok(snippet, "quantified-impact offers a snippet");
      assert.match(snippet.edits[0]!.text, /\$\{\d+:/, "the snippet has placeholders");
      const actions = await codeActionsUntil(uri, diag.range, (as) => as.some((a) => a.title === snippet.title), `snippet action "${snippet.title}"`);
      const action = actions.find((a) => a.title === snippet.title)!;
      const before = doc.getText();
      assert.ok(await vscode.workspace.applyEdit(action.edit!));
      const after = doc.getText();
      assert.notEqual(after, before);
      assert.ok(!after.includes("${"), "no raw placeholders in the document");
      const expected = snippet.edits[0]!.text.replace(/\$\{\d+:([^}]*)\}/g, "$1");
      assert.ok(after.includes(expected), `inserted ${JSON.stringify(expected)}`);
      await vscode.commands.executeCommand("workbench.action.files.revert");
    });

    it("offers \"Fix all <rule> problems\" when a rule has several fixable findings, and applies them all", async () => {
      const uri = fixtureUri("pronoun-cv.md");
      const { doc } = await open(uri);
      const ds = await waitForDiagnostics(uri, (d) => api.linter.current(doc) !== undefined && d.filter((x) => ruleOf(x) === "first-person").length === 2, "two first-person findings");
      const diag = ds.find((d) => ruleOf(d) === "first-person")!;
      const actions = await codeActionsUntil(uri, diag.range, (as) => as.some((a) => a.title === "Fix all first-person problems (2)"), "fix-all for first-person");
      const all = actions.find((a) => a.title === "Fix all first-person problems (2)")!;
      assert.ok(await vscode.workspace.applyEdit(all.edit!));
      assert.match(doc.getText(), /^- Grew the data team/m);
      assert.match(doc.getText(), /^- Ran the weekly incident review/m);
      assert.match(doc.getText(), /^- Led the migration/m, "other lines untouched");
      await waitForDiagnostics(uri, (d) => api.linter.current(doc) !== undefined && !d.some((x) => ruleOf(x) === "first-person"), "first-person cleared");
      // With a single fixable finding left, no fix-all is offered for the rule.
      await vscode.commands.executeCommand("workbench.action.files.revert");
      await waitForDiagnostics(uri, (d) => api.linter.current(doc) !== undefined && d.filter((x) => ruleOf(x) === "first-person").length === 2, "reverted");
      const one = ours(uri).filter((d) => ruleOf(d) === "first-person")[0]!;
      const fixOne = (await codeActionsUntil(uri, one.range, (as) => as.some((a) => a.title.startsWith("Disable first-person")), "first-person actions")).find(
        (a) => a.edit && !a.title.startsWith("Disable") && !a.title.startsWith("Fix all"),
      )!;
      assert.ok(await vscode.workspace.applyEdit(fixOne.edit!));
      const rest = await waitForDiagnostics(uri, (d) => api.linter.current(doc) !== undefined && d.filter((x) => ruleOf(x) === "first-person").length === 1, "one left");
      const left = rest.find((d) => ruleOf(d) === "first-person")!;
      const after = await codeActionsUntil(uri, left.range, (as) => as.some((a) => a.title.startsWith("Disable first-person")), "actions on the last one");
      assert.ok(!after.some((a) => a.title.startsWith("Fix all first-person")), after.map((a) => a.title).join(" | "));
      await vscode.commands.executeCommand("workbench.action.files.revert");
    });

    it("inserts a disable-next-line comment that silences the rule on that line", async () => {
      const uri = fixtureUri("resume.md");
      const { doc } = await open(uri);
      const ds = await waitForDiagnostics(uri, (d) => api.linter.current(doc) !== undefined && d.some((x) => ruleOf(x) === "vague-quantity"), "vague-quantity");
      const diag = ds.find((d) => ruleOf(d) === "vague-quantity")!;
      const actions = await codeActionsUntil(uri, diag.range, (as) => as.some((a) => a.title === "Disable vague-quantity for this line"), "disable action");
      const disable = actions.find((a) => a.title === "Disable vague-quantity for this line")!;
      assert.ok(await vscode.workspace.applyEdit(disable.edit!));
      assert.equal(doc.lineAt(diag.range.start.line).text, "<!-- ladderlint-disable-next-line vague-quantity -->");
      await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === "vague-quantity" && x.range.start.line === diag.range.start.line + 1), "vague-quantity silenced");
      await vscode.commands.executeCommand("workbench.action.files.revert");
    });

    it("offers source.fixAll.ladderlint only when something is fixable", async () => {
      const clean = fixtureUri("fixall-cv.md");
      const { doc } = await open(clean);
      await waitForDiagnostics(clean, () => api.linter.current(doc) !== undefined, "fixall-cv.md linted");
      assert.ok(!api.linter.current(doc)!.result.findings.some((f) => f.fixes.some((x) => x.kind === "fix")), "fixture has nothing fixable");
      const none = (await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", clean, new vscode.Range(0, 0, 0, 0), "source.fixAll.ladderlint")) ?? [];
      assert.deepEqual(none.filter((a) => a.title.includes("ladderlint")).map((a) => a.title), []);

      const resume = fixtureUri("resume.md");
      await open(resume);
      const some = await codeActionsUntil(resume, new vscode.Range(0, 0, 0, 0), (as) => as.some((a) => a.kind?.value === "source.fixAll.ladderlint"), "source.fixAll.ladderlint", "source.fixAll.ladderlint");
      assert.match(some.find((a) => a.kind?.value === "source.fixAll.ladderlint")!.title, /Fix all auto-fixable ladderlint problems \(\d+\)/);
    });

    it("fixes on save through editor.codeActionsOnSave", async () => {
      const editorConfig = vscode.workspace.getConfiguration("editor", { languageId: "markdown" });
      await editorConfig.update("codeActionsOnSave", { "source.fixAll.ladderlint": "explicit" }, vscode.ConfigurationTarget.Workspace, true);
      try {
        const uri = fixtureUri("save-cv.md");
        const { doc, editor } = await open(uri);
        await waitForDiagnostics(uri, (d) => api.linter.current(doc) !== undefined && d.some((x) => ruleOf(x) === "first-person"), "first-person before save");
        // Make it dirty with a second pronoun bullet (and a repeated word), then save explicitly.
        const end = doc.lineAt(doc.lineCount - 1).range.end;
        await editor.edit((b) => b.insert(end, "\n- I wrote the the runbook for on-call."));
        assert.ok(doc.isDirty);
        const saved = nextEvent(vscode.workspace.onDidSaveTextDocument, (d) => d.uri.toString() === uri.toString(), "save");
        await vscode.commands.executeCommand("workbench.action.files.save");
        await saved;
        const text = doc.getText();
        assert.ok(!/^- I /m.test(text), `the pronouns were dropped on save:\n${text}`);
        assert.match(text, /^- Led a team of six engineers/m);
        assert.match(text, /^- Wrote the runbook for on-call\./m, "fix-all re-lints: pronoun and repeated word both fixed");
        // Suggestions and snippets are never applied on save.
        assert.match(text, /^- Responsible for managing the hiring plan/m);
        assert.equal(fs.readFileSync(uri.fsPath, "utf8"), text, "saved to disk");
      } finally {
        await editorConfig.update("codeActionsOnSave", undefined, vscode.ConfigurationTarget.Workspace, true);
      }
    });
  });

  describe("check against a level", () => {
    it("ladderlint.checkAgainst.EM6 sets the session target, reports coverage and updates the status bar", async () => {
      const uri = fixtureUri("fixall-cv.md");
      await open(uri);
      const summary = await vscode.commands.executeCommand<CheckSummary>("ladderlint.checkAgainst.EM6");
      assert.ok(summary, "the command returns a summary");
      assert.equal(summary.target, "EM6");
      assert.ok(summary.coverage, "coverage present");
      assert.equal(summary.coverage.axes.length, 5);
      const met = summary.coverage.axes.filter((a) => a.met).length;
      assert.equal(summary.status, `$(checklist) EM6 · ${met}/5`);
      const unmet = summary.coverage.axes.filter((a) => !a.met);
      assert.ok(unmet.length > 0, "a short CV does not meet every EM6 axis");
      const ds = await waitForDiagnostics(uri, (d) => d.filter((x) => ruleOf(x) === "ladder-coverage").length >= unmet.length, "ladder-coverage diagnostics");
      const cov = ds.filter((d) => ruleOf(d) === "ladder-coverage");
      for (const axis of unmet) assert.ok(cov.some((d) => d.message.includes(axis.axis)), `a finding names ${axis.axis}: ${cov.map((d) => d.message).join(" | ")}`);
      assert.equal(api.linter.sessionTarget(uri), "EM6");
      assert.equal(api.status.text, summary.status);
    });

    it("opens the report on Check when ladderlint.openReportOnCheck is set", async () => {
      const uri = fixtureUri("pronoun-cv.md");
      await open(uri);
      assert.equal(api.report.htmlFor(uri), undefined, "no report yet");
      const settings = vscode.workspace.getConfiguration("ladderlint");
      await settings.update("openReportOnCheck", true, vscode.ConfigurationTarget.Workspace);
      try {
        const summary = await vscode.commands.executeCommand<CheckSummary>("ladderlint.checkAgainst.EM7");
        assert.equal(summary?.target, "EM7");
        const html = api.report.htmlFor(uri);
        assert.ok(html, "the report opened");
        assert.match(html, /checked against <strong>EM7 - Engineering Manager 7<\/strong>/);
      } finally {
        await settings.update("openReportOnCheck", undefined, vscode.ConfigurationTarget.Workspace);
      }
    });

    it("Set target level writes the front matter", async () => {
      const uri = fixtureUri("docs", "plain.md");
      const { doc } = await open(uri);
      const summary = await vscode.commands.executeCommand<CheckSummary>("ladderlint.setTarget", "tl5");
      assert.equal(summary?.target, "TL5");
      assert.match(doc.getText(), /^---\nladderlint:\n {2}target: TL5\n---\n\n# Meeting notes/);
      await vscode.commands.executeCommand("workbench.action.files.revert");
    });
  });

  describe("check before sharing", () => {
    const settings = () => vscode.workspace.getConfiguration("ladderlint");
    afterEach(async () => {
      await settings().update("confidential", undefined, vscode.ConfigurationTarget.Workspace);
    });

    it("runs the confidential rule alone at error on a promo packet, with the ladderlint.confidential terms; an edit clears its findings", async () => {
      const uri = fixtureUri("share-promo.md");
      const { doc, editor } = await open(uri);
      const entry = await api.linter.whenCurrent(doc);
      assert.equal(entry?.result.kind, "promo", "the packet is linted as a promo packet");
      assert.deepEqual(ours(uri).filter((d) => ruleOf(d) === "confidential"), [], "off in a promo packet by default");
      await settings().update("confidential", ["Bluefin"], vscode.ConfigurationTarget.Workspace);
      const summary = await vscode.commands.executeCommand<ShareSummary>("ladderlint.checkBeforeSharing", uri);
      assert.ok(summary, "the command returns a summary");
      assert.deepEqual(summary.findings.map((f) => `${f.line}:${f.text}`), ["5:Bluefin", "5:PLAT-4821", "5:go/plan"]);
      assert.deepEqual(summary.problems, []);
      const ds = await waitForDiagnostics(uri, (d) => d.filter((x) => ruleOf(x) === "confidential").length === 3, "three confidential diagnostics");
      for (const d of ds.filter((x) => ruleOf(x) === "confidential")) assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
      await editor.edit((e) => e.insert(new vscode.Position(5, 0), "More.\n"));
      await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === "confidential"), "the share findings cleared by the edit");
      await vscode.commands.executeCommand("workbench.action.files.revert");
    });
  });

  describe("custom ladders", () => {
    const settings = () => vscode.workspace.getConfiguration("ladderlint");
    afterEach(async () => {
      await settings().update("ladders", undefined, vscode.ConfigurationTarget.Workspace);
    });

    it("loads ladders from the ladderlint.ladders setting: their levels can be checked against", async () => {
      const uri = fixtureUri("fixall-cv.md");
      await open(uri);
      await settings().update("ladders", ["ladders/acme.yaml"], vscode.ConfigurationTarget.Workspace);
      const summary = await vscode.commands.executeCommand<CheckSummary>("ladderlint.checkAgainstLevel", "mgr2", { uri });
      assert.ok(summary, "checked against a custom level");
      assert.equal(summary.target, "MGR2");
      assert.ok(summary.coverage && summary.coverage.axes.length > 0);
      assert.match(summary.status, /^\$\(checklist\) MGR2 · \d+\/\d+$/);
      assert.ok(summary.findings.some((f) => f.ruleId === "ladder-coverage"), "coverage findings for the custom level");
      assert.ok(!summary.findings.some((f) => f.ruleId === "ladderlint" || f.message.startsWith("Configuration problem")), JSON.stringify(summary.findings));
    });

    it("a broken ladder file is reported on that file (line and key) and on the document, never a crash", async () => {
      const uri = fixtureUri("fixall-cv.md");
      await open(uri);
      await settings().update("ladders", ["ladders/bad.yaml"], vscode.ConfigurationTarget.Workspace);
      const ladderUri = fixtureUri("ladders", "bad.yaml");
      const onLadder = await waitForDiagnostics(ladderUri, (d) => d.length > 0, "diagnostic on bad.yaml");
      assert.equal(onLadder[0]!.range.start.line, 32, "line 33 of bad.yaml");
      assert.match(onLadder[0]!.message, /bad\.yaml:33: axes\[0\]\.steps\[1\]\.name: must be a string/);
      const ds = await waitForDiagnostics(uri, (d) => d.some((x) => x.message.startsWith("Configuration problem")), "configuration problem on the document");
      assert.ok(ds.some((d) => d.message.includes("bad.yaml:33")), describeDiags(ds));
      // Built-in levels still work.
      const summary = await vscode.commands.executeCommand<CheckSummary>("ladderlint.checkAgainst.TL5", uri);
      assert.equal(summary?.target, "TL5");
      // Fixing the setting clears the problem from the ladder file and the document.
      await settings().update("ladders", undefined, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(ladderUri, (d) => d.length === 0, "bad.yaml diagnostics cleared");
      await waitForDiagnostics(uri, (d) => !d.some((x) => x.message.startsWith("Configuration problem")), "document problem cleared");
    });
  });

  describe("baseline", () => {
    it("hides what a baseline named in .ladderlintrc accepts; a rewritten bullet's findings come back; a bad baseline is a configuration problem", async () => {
      // baselined/ladderlint-baseline.json was written by `ladderlint accepted-resume.md --baseline-write ladderlint-baseline.json`.
      const uri = fixtureUri("baselined", "accepted-resume.md");
      const { doc, editor } = await open(uri);
      const original = doc.getText();
      const entry = await api.linter.lintNow(doc);
      assert.deepEqual(entry?.result.findings.map((f) => f.ruleId), [], "every finding is in the baseline");
      assert.deepEqual(describeDiags(ours(uri)), "(none)");
      // The same document without the baseline has findings: the baseline is what hides them.
      assert.ok(lint(doc.getText(), {}).findings.length >= 3);
      try {
        // Lines moving does not matter; rewriting a bullet does.
        const at = offsetOf(doc, "- Significantly improved the on-call experience");
        await editor.edit((e) => {
          e.insert(doc.positionAt(offsetOf(doc, "## Experience")), "Intro line.\n\n");
          e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + "- Significantly improved the on-call experience".length)), "- Greatly improved the on-call rota");
        });
        const ds = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === "vague-quantity"), "the rewritten bullet's findings");
        assert.deepEqual([...new Set(ds.map((d) => d.range.start.line))], [8], `only the rewritten bullet (line 9): ${describeDiags(ds)}`);
        // A baseline that does not parse: shown as a configuration problem, and nothing is hidden.
        const file = fixtureUri("baselined", "ladderlint-baseline.json");
        const good = await vscode.workspace.fs.readFile(file);
        await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('{"version": 9, "files": {}}'));
        try {
          const bad = await waitForDiagnostics(uri, (d) => d.some((x) => x.message.startsWith("Configuration problem")), "the baseline problem on the document");
          assert.ok(bad.some((d) => /ladderlint-baseline\.json: written by a newer ladderlint/.test(d.message)), describeDiags(bad));
          assert.ok(bad.some((d) => ruleOf(d) === "weak-opener"), "nothing hidden by a bad baseline");
        } finally {
          await vscode.workspace.fs.writeFile(file, good);
        }
        await waitForDiagnostics(uri, (d) => !d.some((x) => x.message.startsWith("Configuration problem")) && !d.some((x) => ruleOf(x) === "weak-opener"), "the baseline read again");
      } finally {
        // Back to the text on disk (a whole-document edit, then saved: the same bytes).
        const back = new vscode.WorkspaceEdit();
        back.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
        await vscode.workspace.applyEdit(back);
        await doc.save();
      }
      assert.equal(doc.getText(), original);
      await waitForDiagnostics(uri, (d) => api.linter.current(doc) !== undefined && d.length === 0, "restored: all baselined again");
    });
  });

  describe("hover, CodeLens and report", () => {
    it("hover on a bullet names the competencies it evidences", async () => {
      const uri = fixtureUri("resume.md");
      const { doc } = await open(uri);
      await waitForDiagnostics(uri, () => api.linter.current(doc) !== undefined, "resume linted");
      const pos = doc.positionAt(offsetOf(doc, "Mentored four engineers") + 3);
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", uri, pos)) ?? [];
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
      assert.match(text, /Ladderlint/);
      assert.match(text, /Evidences:[\s\S]*People/, text);
      assert.match(text, /matched/);
      assert.match(text, /Reads as: .*people/);
    });

    it("CodeLens on each role shows balance and quantification", async () => {
      const uri = fixtureUri("resume.md");
      const { doc } = await open(uri);
      await waitForDiagnostics(uri, () => api.linter.current(doc) !== undefined, "resume linted");
      const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", uri)) ?? [];
      const ours = lenses.filter((l) => /quantified/.test(l.command?.title ?? ""));
      assert.equal(ours.length, 2, "one lens per role");
      assert.equal(ours[0]!.range.start.line, doc.positionAt(offsetOf(doc, "### Acme")).line);
      assert.match(ours[0]!.command!.title, /^technical \d+ · people \d+ · delivery \d+ · communication \d+ · \d+\/5 quantified$/);
      assert.match(ours[1]!.command!.title, /· \d+\/2 quantified$/);
    });

    it("the report webview has a strict CSP with a nonce, no remote resources, and updates live", async () => {
      const uri = fixtureUri("fixall-cv.md");
      const { doc, editor } = await open(uri);
      await vscode.commands.executeCommand("ladderlint.checkAgainst.EM6", uri);
      const title = await vscode.commands.executeCommand<string>("ladderlint.showReport", uri);
      assert.equal(title, "Ladderlint report: fixall-cv.md");
      const html = api.report.htmlFor(uri)!;
      assert.ok(html, "report rendered");
      let csp = /<meta[^>]+http-equiv="Content-Security-Policy"[^>]+content="([^"]+)"/i.exec(html)?.[1];
      assert.ok(csp, "CSP meta present");
      csp = csp.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
      assert.match(csp, /default-src 'none'/);
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      assert.ok(nonce && nonce.length >= 16, "script nonce");
      for (const m of html.matchAll(/<script\b[^>]*>/gi)) assert.ok(m[0].includes(`nonce="${nonce}"`), `every script carries the nonce: ${m[0]}`);
      // Only our two media files are referenced (as webview resource URIs); nothing else is loaded.
      const refs = [...html.matchAll(/\b(?:src|href)="([^"]*)"/gi)].map((m) => m[1]!);
      assert.deepEqual(refs.map((r) => r.replace(/^.*\/media\//, "media/")).sort(), ["media/report.css", "media/report.js"], refs.join(" "));
      assert.ok(!/url\(\s*['"]?https?:/i.test(html) && !/@import/i.test(html), "no remote CSS");
      // Click-to-reveal: the evidence items carry their source range; the message selects it in the editor.
      const li = /<li[^>]*data-line="(\d+)" data-start="(\d+)" data-end="(\d+)"/.exec(html);
      assert.ok(li, "evidence items carry data-line/data-start/data-end");
      const revealed = await api.report.handleMessage(uri, { type: "reveal", line: Number(li[1]), start: Number(li[2]), end: Number(li[3]) });
      assert.ok(revealed, "an editor was shown");
      assert.equal(revealed.document.uri.toString(), uri.toString());
      assert.equal(revealed.selection.start.line + 1, Number(li[1]));
      assert.equal(doc.offsetAt(revealed.selection.start), Number(li[2]));
      assert.equal(doc.offsetAt(revealed.selection.end), Number(li[3]));
      assert.equal(await api.report.handleMessage(uri, { type: "reveal", line: 99999 }), undefined, "out-of-range lines are ignored");
      // Live: an edit re-renders the report.
      const lint = nextEvent(api.linter.onDidLint, (e) => e.uri.toString() === uri.toString() && "result" in e, "relint");
      await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, "\n- Mentored three engineers to senior <b>roles</b>."));
      await lint;
      assert.ok(api.report.htmlFor(uri)!.includes("Mentored three engineers"), "the report shows the new bullet");
      assert.ok(!api.report.htmlFor(uri)!.includes("<b>roles</b>"), "document text is escaped");
      await vscode.commands.executeCommand("workbench.action.files.revert");
    });
  });

  describe("JSON Resume (issue 23)", () => {
    it("lints resume.json in the JSON language; the quick fix keeps it valid JSON; Check against EM6 works", async () => {
      const uri = fixtureUri("jsonresume", "resume.json");
      const { doc } = await open(uri);
      assert.equal(doc.languageId, "json");
      const ds = await waitForDiagnostics(uri, (d) => api.linter.current(doc) !== undefined && d.some((x) => ruleOf(x) === "first-person"), "first-person on resume.json");
      const diag = ds.find((d) => ruleOf(d) === "first-person")!;
      assert.equal(doc.getText(diag.range), "I", "the range is the word inside the JSON string");
      const actions = await codeActionsUntil(uri, diag.range, (as) => as.some((a) => a.kind?.value === "quickfix" && !!a.edit && !a.title.startsWith("Disable")), "first-person quick fix");
      const fix = actions.find((a) => a.kind?.value === "quickfix" && a.edit && !a.title.startsWith("Disable") && !a.title.startsWith("Fix all"))!;
      assert.ok(await vscode.workspace.applyEdit(fix.edit!), "edit applied");
      const data = JSON.parse(doc.getText()) as { work: { highlights: string[] }[] };
      assert.equal(data.work[0]!.highlights[0], 'Led a team of seven engineers through the "Harbor" migration');
      const hover = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", uri, diag.range.start);
      assert.ok(Array.isArray(hover));
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", uri);
      assert.ok(lenses.some((l) => l.range.start.line === doc.positionAt(doc.getText().indexOf("Engineering Manager")).line), "a CodeLens on the work entry's position");
      const summary = await vscode.commands.executeCommand<CheckSummary>("ladderlint.checkAgainst.EM6");
      assert.equal(summary?.target, "EM6");
      assert.equal(summary?.coverage?.axes.length, 5);
      await vscode.commands.executeCommand("workbench.action.files.revert");
    });
  });

  describe("lifecycle", () => {
    it("clears diagnostics when the document is closed", async () => {
      const uri = fixtureUri("notes.md");
      const { doc } = await open(uri);
      await waitForDiagnostics(uri, (d) => d.length > 0, "notes.md diagnostics");
      // Changing the language closes the markdown document (onDidCloseTextDocument) and opens a
      // plaintext one, which is not linted.
      const closed = nextEvent(vscode.workspace.onDidCloseTextDocument, (d) => d.uri.toString() === uri.toString(), "close");
      await vscode.languages.setTextDocumentLanguage(doc, "plaintext");
      await closed;
      await waitForDiagnostics(uri, (d) => d.length === 0, "diagnostics cleared on close");
      assert.equal(api.linter.entry(uri), undefined);
    });
  });
});
