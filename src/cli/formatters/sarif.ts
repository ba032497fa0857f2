// `--format sarif`: SARIF 2.1.0 (one run; rules with help text and helpUri; results with regions in
// UTF-16 code units and fixes as artifact changes). Snippet fixes carry placeholders and are left out.
import type { Log, ReportingDescriptor, Result, Fix as SarifFix, Region } from "sarif";
import type { CliEdit, Formatter, RuleInfo } from "../types.js";
import { ENGINE_RULE_INFO } from "../rules-info.js";
import { partialFingerprints } from "../../engine/baseline.js";

const LEVEL = { error: "error", warning: "warning", info: "note", hint: "note" } as const;

function uriOf(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

function region(e: { line: number; column: number; endLine: number; endColumn: number }): Region {
  return { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn };
}

function rootUri(cwd: string): string {
  const p = cwd.replace(/\\/g, "/");
  const withSlash = p.endsWith("/") ? p : p + "/";
  return "file://" + (withSlash.startsWith("/") ? "" : "/") + withSlash.split("/").map(encodeURIComponent).join("/");
}

export const sarif: Formatter = (results, options) => {
  const ruleInfos: RuleInfo[] = [...options.rules];
  if (!ruleInfos.some((r) => r.id === ENGINE_RULE_INFO.id)) ruleInfos.push(ENGINE_RULE_INFO);
  const index = new Map(ruleInfos.map((r, i) => [r.id, i]));
  const rules: ReportingDescriptor[] = ruleInfos.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|[-/])(\w)/g, (_m, _s, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    help: r.markdown ? { text: r.help, markdown: r.markdown } : { text: r.help },
    helpUri: r.helpUri,
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
  }));
  const out: Result[] = [];
  for (const f of results) {
    // Built as the baseline's keys are (file, rule, the bullet's normalised text), plus the
    // occurrence: code scanning follows a finding across commits while lines move.
    const fingerprints = partialFingerprints(f.path, f.diagnostics);
    f.diagnostics.forEach((d, k) => {
      const artifactLocation = { uri: uriOf(f.path), uriBaseId: "%SRCROOT%" };
      const r: Result = {
        ruleId: d.ruleId,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(d) } }],
      };
      const ri = index.get(d.ruleId);
      if (ri !== undefined) r.ruleIndex = ri;
      const fixes: SarifFix[] = d.fixes
        .filter((x) => x.kind !== "snippet")
        .map((x) => ({
          description: { text: x.title },
          artifactChanges: [
            {
              artifactLocation,
              replacements: x.edits.map((e: CliEdit) => ({ deletedRegion: region(e), insertedContent: { text: e.text } })),
            },
          ],
        }));
      if (fixes.length) r.fixes = fixes;
      if (d.competency) r.properties = { competency: d.competency };
      const fp = fingerprints[k];
      if (fp) r.partialFingerprints = { "ladderlintBullet/v1": fp };
      out.push(r);
    });
  }
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ladderlint",
            version: options.version,
            semanticVersion: options.version,
            informationUri: "https://github.com/ladderlint/ladderlint",
            rules,
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: rootUri(options.cwd) } },
        columnKind: "utf16CodeUnits",
        results: out,
        ...(options.baseline ? { properties: { baselined: options.baseline.baselined, staleBaselineEntries: options.baseline.stale.reduce((n, e) => n + e.count, 0) } } : {}),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};
