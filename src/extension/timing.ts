// When the extension's own work happened (performance.now() in the extension host): bundle
// evaluation start (esbuild banner in esbuild.js), the end of activate(), and the first lint.
// Read by the integration tests and `npm run bench` to time activation; nothing else uses it.
declare const __ladderlintLoadStart: number | undefined;

export interface Timings {
  /** The first line of the bundle ran (undefined outside the bundles, e.g. under tsx). */
  loadStart?: number;
  /** activate() returned. */
  activated?: number;
  /**
   * The first lint: when lintNow() started (the document reached the linter), how long lint() took,
   * and when its diagnostics were published.
   */
  firstLint?: { startedAt: number; lintMs: number; publishedAt: number };
}

export const timings: Timings = {
  loadStart: typeof __ladderlintLoadStart === "number" ? __ladderlintLoadStart : undefined,
};
