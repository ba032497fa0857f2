// When the extension's own work happened (performance.now() in the extension host): bundle
// evaluation start (esbuild banner in esbuild.js), the end of activate(), the engine loaded, and the
// first lint. Read by the integration tests and `npm run bench` to time activation; nothing else uses it. One object per extension host, shared by the entry bundle and the
// lazily loaded engine bundle (both evaluate this module).
declare const __ladderlintLoadStart: number | undefined;

export interface Timings {
  /** The first line of the (entry) bundle ran (undefined outside the bundles, e.g. under tsx). */
  loadStart?: number;
  /** activate() was called (boot() started): the time before it is the bundle's evaluation. */
  activateStart?: number;
  /** activate() returned. */
  activated?: number;
  /** The engine bundle was required (start) and started (end: its Linter exists). */
  engineLoad?: { start: number; end?: number; reason: string };
  /** The first lint: when lintNow() started, how long lint() took, when its diagnostics were published. */
  firstLint?: { startedAt: number; lintMs: number; publishedAt: number };
}

const KEY = "__ladderlintTimings";
const g = globalThis as unknown as Record<string, Timings | undefined>;

export const timings: Timings = (g[KEY] ??= {
  loadStart: typeof __ladderlintLoadStart === "number" ? __ladderlintLoadStart : undefined,
});
