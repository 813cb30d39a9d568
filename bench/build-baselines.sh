#!/usr/bin/env bash
# Builds the benchmark's two baselines into bench/out/ (run after scripts/build.sh):
#   empty-app/  the smallest Yew 0.23 app (framework floor), through the same release
#               profile and the same scripts/wasm.sh as the app, in the repository's
#               one target/ directory (shared dependencies are compiled once).
#   The static copy of a result page (physical floor) is saved by bench/measure.mjs
#   from the rendered app, since it needs a browser.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"
# shellcheck source=../scripts/wasm.sh
source "$ROOT/scripts/wasm.sh"

say() { printf 'bench: %s\n' "$*"; }
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
APP="$ROOT/bench/empty-app"
OUT="$ROOT/bench/out/empty-app"

# The floor is only a floor if it is built like the app.
profile() { awk '/^\[/{on = ($0 == "[profile.release]")} on && /^[a-z]/' "$1"; }
if [ "$(profile Cargo.toml)" != "$(profile "$APP/Cargo.toml")" ]; then
  echo "bench: error: [profile.release] differs between Cargo.toml and bench/empty-app/Cargo.toml:" >&2
  diff <(profile Cargo.toml) <(profile "$APP/Cargo.toml") >&2 || true
  exit 1
fi

start=$SECONDS
say "empty Yew app: cargo build --release --target wasm32-unknown-unknown"
CARGO_ENCODED_RUSTFLAGS="$(wasm_rustflags)" cargo build --manifest-path "$APP/Cargo.toml" --target-dir "$TARGET_DIR" \
  --lib --target wasm32-unknown-unknown --release ${DELAIS_CARGO_LOCKED:+--locked}

rm -rf "$OUT"
mkdir -p "$OUT"
wasm_ship "$TARGET_DIR/wasm32-unknown-unknown/release/delais_empty_app.wasm" "$OUT" empty
cp "$APP/index.html" "$APP/main.js" "$OUT/"
say "empty Yew app built in $((SECONDS - start)) s"
