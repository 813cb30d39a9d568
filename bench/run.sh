#!/usr/bin/env bash
# `make bench`: build the release and the baselines, then measure everything
# in one run and write bench/results.md and bench/results.json. About 6 minutes on
# 2 cores when target/ is warm, 9 cold. Needs the tools from scripts/setup.sh (and, for the
# wasm breakdown, twiggy: `cargo install twiggy`; skipped with a note when absent).
#
#   1. scripts/build.sh               the app, into dist/
#   2. bench/build-baselines.sh       the empty Yew app, into bench/out/empty-app/
#   3. cargo run --release --example engine   the engine natively -> bench/out/engine.jsonl;
#      then tests/fuzz.rs with PROPTEST_CASES=100000 (no panic, bounded output)
#   4. twiggy top -n 25               on each shipped wasm's twin with names -> bench/out/twiggy.txt
#   5. node bench/measure.mjs         sizes, cold loads (app, empty app, static copy of a
#                                     result page, saved from the app in this run), traced
#                                     loads, input to answer, Lighthouse; writes the results
#                                     (results.md from bench/results.template.md)
#   then node bench/caseload.mjs      the caseload page from a file chosen to the table shown
#
# Arguments are passed to bench/measure.mjs as they are (--loads, --samples, --traces,
# --no-lighthouse, --lighthouse-runs, --port: see bench/README.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
say() { printf 'bench: %s\n' "$*"; }
start=$SECONDS
OUT="$ROOT/bench/out"
mkdir -p "$OUT"

say "1/5 release build (scripts/build.sh), each wasm also kept with its names for twiggy"
rm -rf "$OUT/twiggy"
WASM_SHIP_NAMES_DIR="$OUT/twiggy" scripts/build.sh

say "2/5 baselines (bench/build-baselines.sh)"
bench/build-baselines.sh

say "3/5 engine, natively (cargo run --release --example engine)"
cargo run ${DELAIS_CARGO_LOCKED:+--locked} --release --example engine >"$OUT/engine.jsonl"

say "3/5 fuzzing: 100,000 cases each of the address decoder and the JSON request parser (tests/fuzz.rs)"
PROPTEST_CASES="${PROPTEST_CASES:-100000}" cargo test ${DELAIS_CARGO_LOCKED:+--locked} --release --test fuzz

say "4/5 twiggy"
rm -f "$OUT/twiggy.txt"
if command -v twiggy >/dev/null; then
  for wasm in "$OUT"/twiggy/*_bg.wasm; do
    [ -f "$wasm" ] || continue
    { echo "== $(basename "$wasm") ($(wc -c <"$wasm") bytes with its name section)"
      twiggy top -n 25 "$wasm"; echo; } >>"$OUT/twiggy.txt"
    twiggy top -n 1000000 -f csv "$wasm" >"${wasm%.wasm}.csv"  # every item, for the summary by crate
  done
else
  say "  twiggy not installed (cargo install twiggy): no wasm breakdown in the results"
fi

say "5/5 browser: sizes, loads, input, Lighthouse (node bench/measure.mjs)"
node bench/measure.mjs "$@"

say "caseload page: 10,000, 20,000 and 100,000 rows (node bench/caseload.mjs -> bench/out/caseload.json)"
node bench/caseload.mjs

say "done in $((SECONDS - start)) s: bench/results.md"
