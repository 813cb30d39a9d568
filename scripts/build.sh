#!/usr/bin/env bash
# Release build of the web app into dist/ (no trunk):
#   cargo build (lib, wasm32, release) -> wasm-bindgen --target web -> wasm-opt -Oz
#   -> index.html, styles/*.css -> dist/styles/, static/* -> dist/
# Then prints the compressed size of every shipped file.
# Needs the tools from scripts/setup.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"

TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
DIST="$ROOT/dist"
WASM_IN="$TARGET_DIR/wasm32-unknown-unknown/release/delais.wasm"
WASM_OPT="$ROOT/node_modules/.bin/wasm-opt"
# shellcheck source=wasm.sh
source "$ROOT/scripts/wasm.sh"

say() { printf 'build: %s\n' "$*"; }
[ -x "$WASM_OPT" ] || { echo "build: error: $WASM_OPT missing; run scripts/setup.sh" >&2; exit 1; }

start=$SECONDS
say "cargo build --lib --target wasm32-unknown-unknown --release"
cargo build --lib --target wasm32-unknown-unknown --release ${DELAIS_CARGO_LOCKED:+--locked}

rm -rf "$DIST"
mkdir -p "$DIST/styles"

say "wasm-bindgen --target web, wasm-opt -Oz (scripts/wasm.sh)"
wasm_ship "$WASM_IN" "$DIST" delais

say "static files"
cp index.html "$DIST/"
cp styles/*.css "$DIST/styles/"
if [ -d static ] && [ -n "$(ls -A static)" ]; then
  cp -R static/. "$DIST/"
fi

say "done in $((SECONDS - start)) s; shipped files (bytes):"
have_br=0; command -v brotli >/dev/null && have_br=1
total_raw=0; total_gz=0; total_br=0
printf '  %-28s %9s %9s %9s\n' file raw gzip-9 brotli
while IFS= read -r f; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  if [ "$have_br" = 1 ]; then br=$(brotli -q 11 -c "$f" | wc -c); else br=0; fi
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '  %-28s %9d %9d %9s\n' "${f#"$DIST"/}" "$raw" "$gz" "$([ "$have_br" = 1 ] && echo "$br" || echo -)"
done < <(find "$DIST" -type f | sort)
printf '  %-28s %9d %9d %9s\n' TOTAL "$total_raw" "$total_gz" "$([ "$have_br" = 1 ] && echo "$total_br" || echo -)"
