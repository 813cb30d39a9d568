#!/usr/bin/env bash
# Release build of the web app into dist/ (no trunk):
#   cargo build (lib, wasm32, release) -> wasm-bindgen --target web -> wasm-opt -Oz
#   -> index.html and dossiers.html (with their prerendered first views), styles/*.css, static/* staged with their plain names in
#   target/delais-stage/ -> scripts/release.mjs: content-hashed names, the service
#   worker's manifest, .br and .gz copies -> dist/
# Then prints the compressed size of every shipped file.
#
#   scripts/build.sh                 the whole build
#   scripts/build.sh --release-only  the same, without cargo and wasm-bindgen: the Wasm and
#                                    glue already staged, the static files copied afresh
# Needs the tools from scripts/setup.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"

TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
DIST="$ROOT/dist"
# The un-hashed build; e2e/release.spec.ts derives a second release from it.
STAGE="$TARGET_DIR/delais-stage"
WASM_IN="$TARGET_DIR/wasm32-unknown-unknown/release/delais_web.wasm"
WASM_OPT="$ROOT/node_modules/.bin/wasm-opt"
# shellcheck source=wasm.sh
source "$ROOT/scripts/wasm.sh"

say() { printf 'build: %s\n' "$*"; }
[ -x "$WASM_OPT" ] || { echo "build: error: $WASM_OPT missing; run scripts/setup.sh" >&2; exit 1; }

start=$SECONDS
if [ "${1:-}" != --release-only ]; then
  rm -rf "$STAGE"
  mkdir -p "$STAGE"
  # Two invocations, not one: in one, cargo would unify `delais`'s features and put the
  # app (Yew) into the engine's Wasm too.
  say "cargo build --release: the app and widget (web), the JavaScript API's engine (engine-js), the caseload page (caseload-web)"
  # Only these two builds get the flags: the native prerender below keeps its own.
  rustflags="$(wasm_rustflags)"
  for package in delais-web delais-engine delais-caseload; do
    CARGO_ENCODED_RUSTFLAGS="$rustflags" \
      cargo build --lib --target wasm32-unknown-unknown --release -p "$package" ${DELAIS_CARGO_LOCKED:+--locked}
  done
  say "wasm-bindgen, wasm-opt -Oz (scripts/wasm.sh)"
  wasm_ship "$WASM_IN" "$STAGE" delais
  wasm_ship "$TARGET_DIR/wasm32-unknown-unknown/release/delais_engine.wasm" "$STAGE" engine
  wasm_ship "$TARGET_DIR/wasm32-unknown-unknown/release/delais_caseload.wasm" "$STAGE" caseload
else
  [ -f "$STAGE/delais_bg.wasm" ] || { echo "build: error: no $STAGE/delais_bg.wasm; run scripts/build.sh first" >&2; exit 1; }
fi

say "static files"
mkdir -p "$STAGE/styles" "$STAGE/examples"
# index.html and dossiers.html with their first views, rendered by the app's own
# components (natively, in the dev profile `cargo test` builds: src/bin/prerender.rs).
cargo run --quiet --bin prerender ${DELAIS_CARGO_LOCKED:+--locked} -- index.html "$STAGE/index.html"
cargo run --quiet --bin prerender ${DELAIS_CARGO_LOCKED:+--locked} -- --caseload dossiers.html "$STAGE/dossiers.html"
cp embed.html "$STAGE/"
# The stylesheets minified (esbuild, no lowering: the browsers Délais supports read them as written).
for sheet in main.css print.css caseload.css; do
  "$ROOT/node_modules/.bin/esbuild" "styles/$sheet" --minify --log-level=warning --outfile="$STAGE/styles/$sheet"
done
cp -R static/. "$STAGE/"
# The page's and the embed's entry scripts, minified like the glue (their comments stay in
# static/); the service worker too, but for syntax: its placeholders must stay as written
# for scripts/release.mjs.
for script in main.js embed.js dossiers.js; do
  "$ROOT/node_modules/.bin/esbuild" "static/$script" --minify --format=esm --log-level=warning \
    --outfile="$STAGE/$script" --allow-overwrite
done
"$ROOT/node_modules/.bin/esbuild" static/sw.js --minify-whitespace --minify-identifiers --log-level=warning \
  --outfile="$STAGE/sw.js" --allow-overwrite
cp examples/* "$STAGE/examples/"
# The widget's stylesheet: its shadow-root shell, then the app's styles with rem turned
# into em (rem is the host page's root size, which the host may have changed).
{ cat styles/widget.css; sed -e 's/\([0-9.]\)rem\b/\1em/g' styles/main.css; } \
  | "$ROOT/node_modules/.bin/esbuild" --loader=css --minify --log-level=warning >"$STAGE/delais-widget.css"

say "release: hashed names, service worker manifest, precompressed copies (scripts/release.mjs)"
node "$ROOT/scripts/release.mjs" "$STAGE" "$DIST"

say "done in $((SECONDS - start)) s; shipped files (bytes; each also has its .br and .gz, not listed):"
have_br=0; command -v brotli >/dev/null && have_br=1
total_raw=0; total_gz=0; total_br=0
printf '  %-34s %9s %9s %9s\n' file raw gzip-9 brotli
while IFS= read -r f; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  if [ "$have_br" = 1 ]; then br=$(brotli -q 11 -c "$f" | wc -c); else br=0; fi
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '  %-34s %9d %9d %9s\n' "${f#"$DIST"/}" "$raw" "$gz" "$([ "$have_br" = 1 ] && echo "$br" || echo -)"
done < <(find "$DIST" -type f ! -name '*.gz' ! -name '*.br' | sort)
printf '  %-34s %9d %9d %9s\n' TOTAL "$total_raw" "$total_gz" "$([ "$have_br" = 1 ] && echo "$total_br" || echo -)"
